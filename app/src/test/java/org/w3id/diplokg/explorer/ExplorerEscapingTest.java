package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.server.KgServer;
import org.w3id.diplokg.store.DatasetBuilder;

/** A transcript whose sentences hold {@code <script>} elements: every page shows them as text. */
class ExplorerEscapingTest {
    private static final Path FIXTURE = SeedsDataset.projectRoot().resolve("app/src/test/resources/explorer-fixture");
    private static KgServer server;
    private static ExplorerClient client;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-datasets")), "unsafe").resolve("data");
        Extraction extraction = Extraction.builder().manifest(FIXTURE.resolve("manifest.tsv")).build();
        DatasetBuilder.into(data).build(sink -> extraction.run(List.of(FIXTURE.resolve("unsafe_markup.txt")), sink),
                r -> !r.documents().isEmpty());
        server = KgServer.builder().dataDir(data).port(0).build().start();
        client = new ExplorerClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The fixture's year, as its manifest gives it. */
    private static String year() {
        try {
            return Files.readAllLines(FIXTURE.resolve("manifest.tsv")).stream().filter(l -> l.startsWith("unsafe_markup"))
                    .map(l -> l.split("\t")[1].substring(0, 4)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void statementsHoldingMarkupAreShownAsTextOnEveryPage() {
        List<String> pages = List.of(
                client.get("/explore/").body(),
                client.get("/explore/search", "q", "反对").body(),
                client.get("/explore/search", "q", "script").body(),
                client.get("/explore/entity", "iri", "https://w3id.org/diplokg/id/country/CN").body(),
                client.get("/explore/document", "iri", "https://w3id.org/diplokg/id/document/unsafe_markup").body(),
                client.get("/explore/graph", "iri", "https://w3id.org/diplokg/id/country/CN").body(),
                client.get("/explore/search?q=" + ExplorerClient.encode("反对 script") + "&role=answer").body(),
                client.get("/explore/entity?iri=https://w3id.org/diplokg/id/country/CN&all=1&year=" + year()
                        + "&document=https://w3id.org/diplokg/id/document/unsafe_markup").body(),
                client.get("/explore/?role=narration").body(),
                client.get("/explore/entities?kind=country").body(),
                client.get("/explore/asked?kind=country").body());
        for (String page : pages) {
            assertFalse(page.contains("<script>alert"), page);
            assertFalse(page.contains("</script>说法") || page.contains("</script>这种"), page);
        }
        // (the normaliser widens some brackets: alert(1）)
        assertTrue(pages.get(4).contains("坚决反对&lt;script&gt;alert(") && pages.get(4).contains("&lt;/script&gt;这种做法"), pages.get(4));
        assertTrue(pages.get(1).contains("&lt;script&gt;"), "the search hit shows the markup as text");
        assertTrue(pages.get(6).contains("&lt;<mark class=\"hit\">script</mark>&gt;"), "two words, the markup among them, shown as text");
        assertTrue(pages.get(7).contains("&lt;script&gt;"), "a filtered entity page shows the markup as text");
        assertEquals(200, client.get("/explore/document", "iri", "https://w3id.org/diplokg/id/document/unsafe_markup").statusCode());
    }
}
