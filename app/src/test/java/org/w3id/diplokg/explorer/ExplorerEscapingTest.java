package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.server.KgServer;
import org.w3id.diplokg.store.DatasetBuilder;

/** A transcript whose sentences hold {@code <script>} elements: every page, read with an HTML parser, shows them as text. */
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

    /** The statements' text on a page (lists and transcripts alike), as a reader sees it. */
    private static List<String> statementTexts(Document page) {
        return page.select("li.statement p.text, p.statement span.text").eachText();
    }

    @Test
    void statementsHoldingMarkupAreShownAsTextOnEveryPage() {
        String china = "https://w3id.org/diplokg/id/country/CN";
        String document = "https://w3id.org/diplokg/id/document/unsafe_markup";
        List<Document> pages = List.of(
                client.page("/explore/"),
                client.page("/explore/search?q=" + ExplorerClient.encode("反对")),
                client.page("/explore/search?q=script"),
                client.page("/explore/entity?iri=" + ExplorerClient.encode(china)),
                client.page("/explore/document?iri=" + ExplorerClient.encode(document)),
                client.page("/explore/graph?iri=" + ExplorerClient.encode(china)),
                client.page("/explore/search?q=" + ExplorerClient.encode("反对 script") + "&role=answer"),
                client.page("/explore/entity?iri=" + ExplorerClient.encode(china) + "&all=1&year=" + year()
                        + "&document=" + ExplorerClient.encode(document)),
                client.page("/explore/?role=narration"),
                client.page("/explore/entities?kind=country"),
                client.page("/explore/asked?kind=country"));
        for (Document page : pages) {
            for (Element script : page.select("script")) {
                assertTrue(script.attr("src").startsWith("/explore/assets/") && script.data().isEmpty(),
                        "only the explorer's own script files: " + script.outerHtml());
            }
            assertTrue(page.select("p.text script, span.text script, mark script").isEmpty(), page.location());
        }
        // (the normaliser widens some brackets: alert(1）)
        assertTrue(statementTexts(pages.get(4)).stream().anyMatch(t -> t.contains("坚决反对<script>alert(") && t.contains("</script>这种做法")),
                "the transcript shows the markup as text");
        assertTrue(statementTexts(pages.get(1)).stream().anyMatch(t -> t.contains("<script>")), "the search hit shows the markup as text");
        assertTrue(pages.get(6).select("li.statement p.text").stream()
                        .anyMatch(p -> p.text().contains("<script>") && p.select("mark.hit").eachText().contains("script")),
                "two words, the markup among them, shown as text and marked");
        assertTrue(statementTexts(pages.get(7)).stream().anyMatch(t -> t.contains("<script>")), "a filtered entity page shows the markup as text");
    }
}
