package org.w3id.diplokg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A successful SPARQL answer as the query engine sent it: its headers, content type and bytes. */
record CachedResponse(String contentType, Map<String, List<String>> headers, byte[] body) {
    long size() {
        long size = body.length + (contentType == null ? 0 : contentType.length());
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length();
            }
        }
        return size;
    }

    /** Sends it again: status 200, the same headers and content type, the same bytes. */
    void replay(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        headers.forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
        });
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
