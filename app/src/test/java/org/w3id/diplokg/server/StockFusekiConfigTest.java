package org.w3id.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.store.TextIndexDefinition;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * A stock Fuseki 5.6.0 server (the jena-fuseki-server jar, in its own JVM) started from
 * fuseki-config/config.ttl serves a dataset that the build wrote, with its text index.
 */
class StockFusekiConfigTest {
    private static final Path CONFIG = SeedsDataset.projectRoot().resolve("fuseki-config/config.ttl");
    private static final Path STOCK_JAR = Path.of("target/stock-fuseki/jena-fuseki-server.jar");

    @TempDir
    Path project;

    @Test
    void theConfigDescribesTheSameTextIndexAsTheCode() {
        Model config = RDFDataMgr.loadModel(CONFIG.toUri().toString());
        String text = "http://jena.apache.org/text#";
        List<String> mapped = config.listObjectsOfProperty(config.createProperty(text + "predicate")).toList().stream()
                .map(RDFNode::toString).sorted().toList();
        List<String> expected = TextIndexDefinition.entityDefinition().fields().stream().distinct()
                .flatMap(field -> TextIndexDefinition.entityDefinition().getPredicates(field).stream())
                .map(Object::toString).sorted().toList();
        assertEquals(expected, mapped);
        assertTrue(config.contains(null, config.createProperty(text + "entityField"), TextIndexDefinition.ENTITY_FIELD));
        assertTrue(config.contains(null, config.createProperty(text + "defaultField"), TextIndexDefinition.TEXT_FIELD));
        assertTrue(config.contains(null, config.createProperty(text + "langField"), TextIndexDefinition.LANG_FIELD));
        assertTrue(config.contains(null, config.createProperty("http://jena.apache.org/2016/tdb#unionDefaultGraph"),
                config.createTypedLiteral(true)));
    }

    @Test
    void stockFusekiServesTheBuiltDatasetFromTheConfigFile() throws Exception {
        assertTrue(Files.isRegularFile(STOCK_JAR), "the build copies the stock server to " + STOCK_JAR);
        // The config's locations are relative: data/ beside fuseki-config/, as in the project.
        Files.createDirectories(project.resolve("fuseki-config"));
        Path config = Files.copy(CONFIG, project.resolve("fuseki-config/config.ttl"));
        assertEquals(Files.readString(CONFIG), Files.readString(config));
        SeedsDataset.buildInto(project.resolve("data"));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = project.resolve("fuseki.log");
        Process fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", STOCK_JAR.toAbsolutePath().toString(), "--config=fuseki-config/config.ttl", "--port=" + port)
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port + "/kg/sparql?query=";
            waitUntilUp(http, base, fuseki, log);

            String textQuery = Namespaces.prologue() + """
                    SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (nif:isString '"合作"' 1000) ; nif:isString ?t
                      FILTER(CONTAINS(?t, "合作")) }""";
            assertTrue(count(http, base, textQuery) > 100, "statements with 合作 found through the text index");

            String unionQuery = Namespaces.prologue() + """
                    SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:Document }""";
            assertEquals(5, count(http, base, unionQuery), "the default graph is the union of the five documents");

            // The graph store: the default graph is the union of the documents, as for queries; a
            // document's own graph is read at the service's unnamed endpoint.
            String root = "http://127.0.0.1:" + port;
            long distinct = count(http, base, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }");
            assertTrue(distinct > 10_000, "the seeds' union: " + distinct);
            assertEquals(distinct, graphStore(http, root + "/kg/get?default").size(), "GET /kg/get?default is the union");
            String document = "https://w3id.org/diplokg/id/graph/002_14f217126f1f39bb";
            assertEquals(count(http, base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + document + "> { ?s ?p ?o } }"),
                    graphStore(http, root + "/kg?graph=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).size(),
                    "GET /kg?graph= is one document's graph");

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() == 404 || update.statusCode() == 405, "update answered " + update.statusCode());
        } finally {
            fuseki.destroy();
            fuseki.waitFor();
        }
    }

    private static void waitUntilUp(HttpClient http, String base, Process fuseki, Path log) throws Exception {
        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 120; attempt++) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("Fuseki exited: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + ask)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Fuseki did not start within 60 s: " + Files.readString(log));
    }

    private static Model graphStore(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/n-triples").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(model);
        return model;
    }

    private static long count(HttpClient http, String base, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().get(0)
                .getAsObject().getObj("n").getString("value"));
    }
}
