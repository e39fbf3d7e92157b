package org.w3id.diplokg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a SPARQL request from the {@link ResultCache} when the same request was answered before,
 * else hands it to Fuseki and keeps a copy of a successful answer. It sits in front of Fuseki's
 * dispatch, so the answer kept is exactly what Fuseki sent (content negotiation, the result cap
 * and the timeout included); errors, timeouts and answers cut short by a timeout set a status
 * other than 200 and are not kept.
 *
 * <p>The key is everything the answer depends on: method, path, {@code Accept}, the POST body's
 * content type, every parameter (query, default-graph-uri, named-graph-uri, output format…) and a
 * {@code application/sparql-query} body. A request it cannot key cheaply (another method, another
 * body type, a body of unknown or large size, parameters that do not parse) goes to Fuseki
 * untouched, so it gets Fuseki's own answer or error.
 */
final class ResultCacheFilter implements Filter {
    /** The longest request worth a cache entry: its body, and its key (of as many characters). */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final ResultCache cache;

    ResultCacheFilter(ResultCache cache) {
        this.cache = cache;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        long length = request.getContentLengthLong();
        if (!(get || post && length >= 0 && length <= MAX_REQUEST_BYTES)) {
            chain.doFilter(request, response);
            return;
        }
        String type = post ? mediaType(request.getContentType()) : "";
        byte[] body = new byte[0];
        if ("application/sparql-query".equals(type)) {
            body = request.getInputStream().readNBytes((int) length);
            request = new ReadBodyRequest(request, body);
        } else if (post && !"application/x-www-form-urlencoded".equals(type)) {
            chain.doFilter(request, response);
            return;
        }
        String key;
        try {
            key = key(request, type, body);
        } catch (RuntimeException unparsable) {
            chain.doFilter(request, response); // Fuseki says what is wrong with it
            return;
        }
        CachedResponse known = cache.get(key);
        if (known != null) {
            known.replay(response);
            return;
        }
        CapturingResponse capturing = new CapturingResponse(response, cache.maxEntryBytes());
        chain.doFilter(request, capturing);
        CachedResponse answer = capturing.captured();
        if (answer != null) {
            cache.put(key, answer);
        }
    }

    private static String key(HttpServletRequest request, String type, byte[] body) {
        StringBuilder key = new StringBuilder();
        field(key, request.getMethod());
        field(key, request.getRequestURI());
        field(key, String.join(",", Collections.list(request.getHeaders("Accept"))));
        field(key, type);
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            field(key, parameter.getKey());
            key.append(parameter.getValue().length).append('#');
            for (String value : parameter.getValue()) {
                field(key, value);
            }
        }
        field(key, new String(body, StandardCharsets.ISO_8859_1)); // one char a byte: no two bodies alike
        if (key.length() > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("too long to key");
        }
        return key.toString();
    }

    /** Each field with its length first (and each parameter with its number of values), so no two different requests give the same key. */
    private static void field(StringBuilder key, String value) {
        key.append(value.length()).append(':').append(value);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
