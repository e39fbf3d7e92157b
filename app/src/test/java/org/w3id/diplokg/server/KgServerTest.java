package org.w3id.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.vocab.Namespaces;

/** The embedded server on the seeds: SPARQL answers, updates are refused, the UI is served, limits hold. */
class KgServerTest {
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataDir(SeedsDataset.folder()).port(0).timeoutMillis(2_000).maxRows(7).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static HttpResponse<String> query(String endpoint, String sparql) throws IOException, InterruptedException {
        String url = base() + endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlWithJsonResultsOverTheUnionOfTheDocuments() throws Exception {
        HttpResponse<String> response = query("/kg/sparql", Namespaces.prologue() + """
                SELECT (COUNT(?d) AS ?documents) WHERE { ?d a dkg:Document }""");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject json = JSON.parse(response.body());
        String documents = json.getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("documents").getString("value");
        assertEquals("5", documents);
        assertEquals(200, query("/kg/query", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void theGraphStoresDefaultGraphIsTheUnionOfTheDocumentsAndEachDocumentGraphStaysReadable() throws Exception {
        Model union = graphStore("?default");
        long distinct = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }");
        assertTrue(distinct > 10_000, "the seeds' union holds tens of thousands of triples: " + distinct);
        assertEquals(distinct, union.size(), "GET ?default returns every distinct triple the union default graph holds for queries");
        String document = "https://w3id.org/diplokg/id/graph/002_14f217126f1f39bb";
        Model one = graphStore("?graph=" + URLEncoder.encode(document, StandardCharsets.UTF_8));
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + document + "> { ?s ?p ?o } }"), one.size(),
                "a document's named graph, as stored");
        assertTrue(one.size() < union.size());
    }

    private static Model graphStore(String target) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/kg/get" + target))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(model);
        return model;
    }

    private static long count(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> response = query("/kg/sparql", sparql);
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("n").getString("value"));
    }

    @Test
    void refusesUpdates() throws Exception {
        for (String endpoint : new String[] {"/kg/update", "/kg", "/kg/sparql"}) {
            // A fresh client each time: the server may close the connection after refusing, and a
            // pooled connection it closed would fail the next request before it is sent.
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // No update endpoint exists: the request is refused as a client error (404 where nothing
            // listens, 400/405/415 where only reads are taken), and the data below stays unchanged.
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, endpoint + " answered " + response.statusCode());
        }
        HttpResponse<String> unchanged = query("/kg/sparql", "ASK { <urn:a> <urn:b> <urn:c> }");
        assertTrue(unchanged.body().contains("false"), unchanged.body());
    }

    @Test
    void servesTheFusekiUiAndTheServerStatus() throws Exception {
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html") || ui.body().contains("<!DOCTYPE html"), ui.body());
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/$/server")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"), status.body());
    }

    @Test
    void capsTheNumberOfResults() throws Exception {
        assertEquals(7, rows(query("/kg/sparql", "SELECT * WHERE { ?s ?p ?o }")));
        assertEquals(7, rows(query("/kg/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 100000")));
        assertEquals(3, rows(query("/kg/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 3")));
    }

    @Test
    void stopsARunawayQueryAtTheTimeout() throws Exception {
        HttpResponse<String> response = query("/kg/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertNotEquals(200, response.statusCode(), "a cross product of the whole graph must not complete");
        assertEquals(503, response.statusCode(), response.body());
    }

    @Test
    void aMaliciousQueryStringIsAParseErrorNotAnInjection() throws Exception {
        HttpResponse<String> response = query("/kg/sparql", "SELECT * WHERE { ?s ?p \" } UNION { ?s ?p ?o } #");
        assertEquals(400, response.statusCode(), response.body());
    }

    private static int rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().size();
    }
}
