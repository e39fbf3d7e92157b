package org.w3id.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;

/**
 * The cache of SPARQL answers in a real server over the seeds: a repeated request is answered from
 * memory with the same bytes (seen in the cache's counters, not in times), each format and
 * parameter apart, errors and timeouts never kept, the bounds held, and none with a bound of 0.
 */
class ResultCacheTest {
    private static final String JSON = "application/sparql-results+json";
    private static final String XML = "application/sparql-results+xml";
    private static final String CSV = "text/csv";
    private static final String DOCUMENTS = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/diplokg/ontology#Document> }";
    /** Headers of the response, not of the answer. */
    private static final Set<String> PER_RESPONSE = Set.of("date", "fuseki-request-id", "content-length", "transfer-encoding");

    private final HttpClient http = HttpClient.newHttpClient();
    private KgServer server;

    /** One server at a time: the seeds' dataset is opened by one server in this JVM at once. */
    private ResultCache serve(long cacheBytes) {
        server = KgServer.builder().dataDir(SeedsDataset.folder()).port(0).timeoutMillis(2_000)
                .queryCacheBytes(cacheBytes).build().start();
        return server.queryCache().orElse(null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameStatusHeadersAndBytes() throws Exception {
        ResultCache cache = serve(1 << 20);
        HttpResponse<byte[]> first = get(DOCUMENTS, JSON);
        assertEquals(200, first.statusCode());
        assertEquals(List.of(0L, 1L), List.of(cache.hits(), cache.misses()), "the first is run");
        HttpResponse<byte[]> again = get(DOCUMENTS, JSON);
        assertEquals(List.of(1L, 1L), List.of(cache.hits(), cache.misses()), "the second is not run again");
        assertEquals(200, again.statusCode());
        assertArrayEquals(first.body(), again.body());
        assertTrue(new String(again.body(), StandardCharsets.UTF_8).contains("\"5\""), "five documents");
        assertEquals(answerHeaders(first), answerHeaders(again));
        assertTrue(answerHeaders(again).get("content-type").get(0).startsWith(JSON), answerHeaders(again).toString());

        // The query POSTed, as a form and as its own body: each its own entry, each answered again from it.
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(first.body(), postForm(DOCUMENTS, JSON).body());
            assertArrayEquals(first.body(), postQuery(DOCUMENTS, JSON).body());
        }
        assertEquals(List.of(3L, 3L, 3), List.of(cache.hits(), cache.misses(), cache.size()));
        get(DOCUMENTS, JSON);
        send(HttpRequest.newBuilder(uri("/kg/query?query=" + encode(DOCUMENTS))).header("Accept", JSON).build());
        assertEquals(List.of(4L, 4L), List.of(cache.hits(), cache.misses()), "/kg/query is cached too, apart from /kg/sparql");
    }

    @Test
    void eachFormatAndEachDatasetParameterIsCachedApart() throws Exception {
        ResultCache cache = serve(1 << 20);
        Map<String, HttpResponse<byte[]>> firsts = new TreeMap<>();
        for (String format : List.of(JSON, XML, CSV)) {
            firsts.put(format, get(DOCUMENTS, format));
        }
        assertEquals(3, cache.misses());
        for (String format : List.of(JSON, XML, CSV)) {
            HttpResponse<byte[]> again = get(DOCUMENTS, format);
            assertTrue(again.headers().firstValue("Content-Type").orElseThrow().startsWith(format), format);
            assertArrayEquals(firsts.get(format).body(), again.body(), format);
        }
        assertEquals(List.of(3L, 3L), List.of(cache.hits(), cache.misses()));
        assertNotEquals(new String(firsts.get(JSON).body(), StandardCharsets.UTF_8), new String(firsts.get(XML).body(), StandardCharsets.UTF_8));

        // The same text over one document's graph: another answer, not the cached one.
        String graph = "https://w3id.org/diplokg/id/graph/002_14f217126f1f39bb";
        String statements = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> union = get(statements, JSON);
        HttpResponse<byte[]> one = send(HttpRequest.newBuilder(uri("/kg/sparql?query=" + encode(statements)
                + "&default-graph-uri=" + encode(graph))).header("Accept", JSON).build());
        assertEquals(200, one.statusCode());
        assertFalse(new String(one.body(), StandardCharsets.UTF_8).equals(new String(union.body(), StandardCharsets.UTF_8)),
                "one document holds fewer triples than the union");
        assertEquals(5, cache.misses());
    }

    @Test
    void errorsAndTimeoutsAreNotKeptAndStillSayWhatWentWrong() throws Exception {
        ResultCache cache = serve(1 << 20);
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> malicious = get("SELECT * WHERE { ?s ?p \" } UNION { ?s ?p ?o } #", JSON);
            assertEquals(400, malicious.statusCode());
            assertTrue(text(malicious).contains("Lexical error") || text(malicious).contains("Parse error"), text(malicious));
            HttpResponse<byte[]> runaway = get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", JSON);
            assertEquals(503, runaway.statusCode(), text(runaway));
        }
        assertEquals(List.of(0L, 4L, 0), List.of(cache.hits(), cache.misses(), cache.size()), "each was run again, none kept");
    }

    @Test
    void hugeAndMalformedQueriesGetTheSameErrorsAsWithoutTheCache() throws Exception {
        serve(1 << 20);
        List<HttpResponse<byte[]>> cached = hugeAndMalformed();
        HttpResponse<byte[]> literal = cached.get(0);
        assertEquals(400, literal.statusCode(), text(literal));
        assertTrue(text(literal).contains("line 1, column"), "says where: " + text(literal));
        for (HttpResponse<byte[]> response : cached.subList(0, 4)) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + text(response));
        }
        assertEquals(200, get(DOCUMENTS, JSON).statusCode(), "and the server still answers");
        stop();
        serve(0);
        List<HttpResponse<byte[]>> uncached = hugeAndMalformed();
        for (int i = 0; i < cached.size(); i++) {
            assertEquals(uncached.get(i).statusCode(), cached.get(i).statusCode(), "request " + i);
            assertEquals(text(uncached.get(i)), text(cached.get(i)), "request " + i);
        }
    }

    /**
     * Far above what the cache keys, so handed to Fuseki untouched: a 200 KB literal in a query
     * left open, as a body, a form and an address; 20,000 triple patterns (deep enough to overflow
     * the parser's stack: Fuseki answers 400 either way); a form that is not URL-encoded (Jetty's
     * parser throws, and Fuseki answers 500 saying so).
     */
    private List<HttpResponse<byte[]>> hugeAndMalformed() throws IOException, InterruptedException {
        String literal = "SELECT * WHERE { ?s ?p \"" + "x".repeat(200_000) + "\" ";
        String deep = "SELECT * WHERE { " + "?s ?p ?o . ".repeat(20_000) + "}";
        return List.of(postQuery(literal, JSON), postForm(literal, JSON), get(literal, JSON), postQuery(deep, JSON),
                send(HttpRequest.newBuilder(uri("/kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=%zz")).build()));
    }

    @Test
    void anAnswerAboveAnEighthOfTheBoundIsSentWholeButNotKept() throws Exception {
        ResultCache cache = serve(256 * 1024);
        String big = "SELECT * WHERE { ?s ?p ?o } LIMIT 2000";
        HttpResponse<byte[]> first = get(big, JSON);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length > cache.maxEntryBytes(), first.body().length + " bytes");
        assertArrayEquals(first.body(), get(big, JSON).body(), "sent whole both times");
        assertEquals(List.of(0L, 2L, 0), List.of(cache.hits(), cache.misses(), cache.size()));
        get(DOCUMENTS, JSON);
        assertEquals(1, cache.size(), "a small one is kept");
    }

    @Test
    void theBoundInBytesEvictsTheLeastRecentlyUsed() throws Exception {
        ResultCache cache = serve(256 * 1024);
        int queries = 40;
        for (int i = 0; i < queries; i++) {
            assertEquals(200, get(page(i), JSON).statusCode());
            assertTrue(cache.bytes() <= cache.maxBytes(), cache.bytes() + " bytes kept");
        }
        assertTrue(cache.evictions() > 0 && cache.size() < queries, cache.size() + " kept, " + cache.evictions() + " evicted");
        long misses = cache.misses();
        get(page(queries - 1), JSON);
        assertEquals(misses, cache.misses(), "the latest is still kept");
        get(page(0), JSON);
        assertEquals(misses + 1, cache.misses(), "the first was evicted and is run again");
    }

    /** Different answers of about 10 KB each. */
    private static String page(int i) {
        return "SELECT * WHERE { ?s ?p ?o } LIMIT 40 OFFSET " + (i * 40);
    }

    @Test
    void aBoundOfZeroTurnsTheCacheOff() throws Exception {
        assertTrue(serve(0) == null && server.queryCache().isEmpty());
        HttpResponse<byte[]> first = get(DOCUMENTS, JSON);
        assertEquals(200, first.statusCode());
        assertArrayEquals(first.body(), get(DOCUMENTS, JSON).body());
    }

    private HttpResponse<byte[]> get(String sparql, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/kg/sparql?query=" + encode(sparql))).header("Accept", accept).build());
    }

    private HttpResponse<byte[]> postForm(String sparql, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/kg/sparql")).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(sparql))).build());
    }

    private HttpResponse<byte[]> postQuery(String sparql, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/kg/sparql")).header("Accept", accept)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> answerHeaders(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }
}
