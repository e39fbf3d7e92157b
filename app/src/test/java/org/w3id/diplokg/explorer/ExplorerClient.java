package org.w3id.diplokg.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3id.diplokg.vocab.Namespaces;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client for the explorer's routes, for the tests that need no browser. */
final class ExplorerClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    ExplorerClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET {@code path} with one parameter, its value percent-encoded. */
    HttpResponse<String> get(String path, String parameter, String value) {
        return get(path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET {@code pathAndQuery}, answered 200, parsed as a browser would. */
    Document page(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), base + pathAndQuery);
    }

    /** The rows a SELECT gives at a SPARQL endpoint (the common prefixes predeclared), to check a page against. */
    static List<QuerySolution> select(String endpoint, String query) {
        try (QueryExecution execution = QueryExecution.service(endpoint).query(Namespaces.parseQuery(query)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The rows a query a page shows (its prefixes declared) gives at a SPARQL endpoint. */
    static List<QuerySolution> rows(String endpoint, String query) {
        return select(endpoint, query);
    }

    /** The number {@code ?n} a SELECT gives at a SPARQL endpoint. */
    static int countAt(String endpoint, String query) {
        return select(endpoint, query).get(0).getLiteral("n").getInt();
    }

    /** A URL parameter's value, percent-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
