package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.server.KgServer;

/** The explorer's routes over plain HTTP on the seeds, the pages read with an HTML parser: what each holds, downloads, and hostile input. */
class ExplorerHttpTest {
    private static final String CHINA = "https://w3id.org/diplokg/id/country/CN";
    private static final String RUSSIA = "https://w3id.org/diplokg/id/country/RU";
    private static final String DOCUMENT_2022 = "https://w3id.org/diplokg/id/document/002_14f217126f1f39bb";
    private static final String INJECTION = "\" } UNION { ?s ?p ?o } #";

    private static KgServer server;
    private static ExplorerClient client;
    /** How many statements name China, counted at the SPARQL endpoint: the pages must agree with it. */
    private static int chinaStatements;

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataDir(SeedsDataset.folder()).port(0).build().start();
        client = new ExplorerClient(server.port());
        chinaStatements = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <" + CHINA + "> ; nif:referenceContext ?s }");
        assertTrue(chinaPages() > 1, "China's statements fill more than one page, so paging is tested: " + chinaStatements);
    }

    /** The number ?n a SELECT gives at the server's SPARQL endpoint. */
    private static int countAtEndpoint(String query) {
        return ExplorerClient.countAt(server.sparqlEndpoint(), query);
    }

    private static int chinaPages() {
        return (chinaStatements + EntityView.PAGE_SIZE - 1) / EntityView.PAGE_SIZE;
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The text of the {@code .count} beside the link named {@code name} among {@code items} (list items), or null. */
    private static String countBeside(Elements items, String name) {
        return items.stream().filter(li -> li.selectFirst("a") != null && li.selectFirst("a").text().equals(name))
                .map(li -> li.selectFirst(".count").text()).findFirst().orElse(null);
    }

    /** The leading number of an element's text ("12 statements …"). */
    private static int leadingNumber(Element element) {
        Matcher number = Pattern.compile("^(\\d+)").matcher(element.text());
        assertTrue(number.find(), element.outerHtml());
        return Integer.parseInt(number.group(1));
    }

    @Test
    void theOverviewListsTheDocumentsTheMostNamedEntitiesAndTheYears() {
        Document page = client.page("/explore/");
        int documents = countAtEndpoint("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:Document }");
        Elements rows = page.select("section:has(#documents-title) tbody > tr");
        assertEquals(documents, rows.size(), "one row per document");
        rows.forEach(row -> assertTrue(row.selectFirst("a").attr("href").startsWith("/explore/document?iri="), row.outerHtml()));
        List<String> dates = rows.stream().map(row -> row.child(0).text()).toList();
        assertTrue(dates.contains("2020-05-24") && dates.contains("2022-03-07"), "document dates: " + dates);
        assertEquals(Integer.toString(chinaStatements), countBeside(page.select("div.kind-country li"), "中国"),
                "China named in " + chinaStatements + " statements");
        assertTrue(page.select("div.kind:has(h3:containsOwn(协定)) a").eachText().contains("联合国宪章"), "agreements, most named first");
        assertEquals("Year", page.selectFirst("div.facet-year h3").text());
        assertTrue(page.select("div.facet-year ul.bars a").eachText().contains("2021"), "statements per year, each a filter");
        assertEquals(1, page.select("form.search input#q").size(), "a search box");
        assertEquals(302, client.get("/explore").statusCode(), "/explore redirects to /explore/");
    }

    @Test
    void anOutletsPageListsTheQuestionsItAskedAndWhatTheyName() {
        String reuters = "https://w3id.org/diplokg/id/outlet/REUTERS";
        Document page = client.page("/explore/outlet?iri=" + ExplorerClient.encode(reuters));
        // Read in the seeds: Reuters asks once in 2020 (003, on the Hong Kong security law) and once in 2022 (002, on Ukraine).
        int questions = countAtEndpoint("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a dkg:Question ; dkg:askedBy <" + reuters + "> }");
        Elements asked = page.select("ol.questions > li.question");
        assertEquals(questions, asked.size(), page.outerHtml());
        List<String> dates = asked.stream().map(li -> li.selectFirst("p.meta").text().substring(0, 10)).toList();
        assertEquals(List.of("2020-05-24", "2022-03-07"), dates, "in date order");
        String text = String.join("\n", asked.select("p.text").eachText());
        assertTrue(text.contains("中国决定推进涉港国家安全立法") && text.contains("俄军在乌行动已经扩展到非军事设施"), "the questions' text");
        assertTrue(asked.select("p.named:containsOwn(It asks about) a").eachText().contains("香港"), "涉港 names Hong Kong");
        Document overview = client.page("/explore/");
        assertEquals(Integer.toString(questions), countBeside(overview.select("ol.outlets > li"), "路透社"),
                "the overview ranks outlets by questions");
        assertEquals(404, client.get("/explore/outlet", "iri", CHINA).statusCode(), "a country is no outlet");
    }

    @Test
    void searchFindsEntitiesByOneCharacterAbbreviationAndStatementsByPhrase() {
        Document russia = client.page("/explore/search?q=" + ExplorerClient.encode("俄"));
        Element found = russia.selectFirst("ul.entities a[href=/explore/entity?iri=" + ExplorerClient.encode(RUSSIA) + "]");
        assertTrue(found != null && found.text().equals("俄罗斯"), "俄 finds Russia");
        Element summary = russia.selectFirst("section:has(#statements-title) > p");
        assertTrue(summary.text().endsWith("statements contain 俄.") && leadingNumber(summary) >= 10, "one character finds statements too");
        assertTrue(russia.select("li.statement mark.hit").eachText().contains("俄"), "and marks it");
        Document phrase = client.page("/explore/search?q=" + ExplorerClient.encode("多边主义"));
        int multilateralism = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t FILTER (CONTAINS(?t, \"多边主义\")) }");
        assertEquals(multilateralism + " statements contain 多边主义.", phrase.selectFirst("section:has(#statements-title) > p").text(),
                "as many as hold the phrase");
        assertTrue(phrase.select("li.statement mark.hit").eachText().contains("多边主义"), "the match is marked");
        assertFalse(phrase.select("li.statement .speaker a").isEmpty(), "speakers are shown");
        Document english = client.page("/explore/search?q=russia");
        assertTrue(english.select("ul.entities a").eachText().contains("俄罗斯"), "English labels match, ignoring case");
    }

    @Test
    void theChinaPageShowsLabelsWikidataTimelineStatementsNeighboursAndRelations() {
        Document page = client.page("/explore/entity?iri=" + ExplorerClient.encode(CHINA));
        assertEquals("中国", page.selectFirst("h1 > span[lang=zh]").text());
        assertEquals("China", page.selectFirst("h1 > span.en[lang=en]").text());
        assertEquals("Q148", page.selectFirst("dl.about a[href=http://www.wikidata.org/entity/Q148]").text(), "Wikidata link");
        assertEquals(chinaStatements + " statements naming it", page.selectFirst("#statements-title").text());
        assertEquals(EntityView.PAGE_SIZE, page.select("ol.statements > li.statement").size(), "one page of statements");
        assertEquals("page 1 of " + chinaPages(), page.selectFirst("nav.pager > span").text(),
                "paged: " + chinaStatements + " statements at 50 a page");
        assertFalse(page.select("li.statement a.mention.focus").isEmpty(), "China's mentions are marked");
        assertTrue(page.select("li.statement p.meta a").eachText().stream().anyMatch(t -> t.matches("answers (?!a question).+")),
                "links to the question answered, naming its outlet");
        assertTrue(page.select("ol.together a").eachText().contains("美国"), "co-mentioned entities");
        List<String> types = page.select("table.relations tbody tr").stream().map(tr -> tr.child(1).text()).toList();
        assertTrue(types.contains("伙伴关系") && types.contains("反对"), "relations by type: " + types);
        Document last = client.page("/explore/entity?iri=" + ExplorerClient.encode(CHINA) + "&page=" + chinaPages());
        assertEquals(chinaStatements - (chinaPages() - 1) * EntityView.PAGE_SIZE, last.select("ol.statements > li.statement").size(),
                "the last page");
        Document english = client.page("/explore/entity?iri=" + ExplorerClient.encode(CHINA) + "&lang=en");
        assertTrue(english.select("ol.together a").eachText().contains("United States"), "the en switch shows English labels");
    }

    @Test
    void theDocumentPageFollowsTheSourceOrderWithQuestionsOutletsAnswersAndSpans() {
        Document page = client.page("/explore/document?iri=" + ExplorerClient.encode(DOCUMENT_2022));
        List<String> askers = page.select("section.turn.question h2.turn-head a").eachText();
        assertTrue(askers.contains("央视") && askers.indexOf("路透社") > askers.indexOf("央视"),
                "questions in file order: CCTV's first, Reuters' later: " + askers);
        assertFalse(page.select("section.turn.question[id^=q-]").isEmpty(), "question turns, with anchors");
        assertFalse(page.select("section.turn.answer").isEmpty(), "answer turns");
        List<Integer> begins = spans(page);
        int spans = countAtEndpoint("SELECT (COUNT(DISTINCT ?span) AS ?n) WHERE { ?s dkg:span ?span . ?span dkg:document <" + DOCUMENT_2022 + "> }");
        assertEquals(spans, begins.size(), "every statement of 002 with its span");
        for (int i = 1; i < begins.size(); i++) {
            assertTrue(begins.get(i) >= begins.get(i - 1), "spans ascend");
        }
        assertFalse(page.select("p.statement a.mention[href^=/explore/entity?iri=]").isEmpty(), "mentions linked");
    }

    @Test
    void theDocumentPageShowsTheSourcesFaultsWhereTheyAre() {
        Document page = client.page("/explore/document?iri=" + ExplorerClient.encode(DOCUMENT_2022));
        assertEquals("breaks off at (下转第四版)", page.selectFirst("dd.fault-note").text(), "the manifest's note");
        assertTrue(page.selectFirst("dd.fault.truncated").text().startsWith("breaks off"), "the text breaks off");
        int jumps = countAtEndpoint("SELECT (COUNT(DISTINCT ?jump) AS ?n) WHERE { <" + DOCUMENT_2022 + "> dkg:pageJump ?jump }");
        assertEquals(jumps, page.select(".transcript p.page-jump").size(), "the photo and the jump line, in the transcript");
        List<String> inOrder = page.select(".transcript p.page-jump, .transcript p.statement").eachText();
        int photoJump = indexOf(inOrder, t -> t.startsWith("page jump at [3592"));
        int elsewhere = indexOf(inOrder, t -> t.contains("合各方需要"));
        assertTrue(photoJump >= 0 && photoJump < elsewhere, "the photo's jump before the text from elsewhere");
        assertTrue(page.select("p.page-jump").eachText().stream().anyMatch(t -> t.contains("continues on page 4")), "the jump line's page");
        assertTrue(page.select("span.cut").eachText().stream().anyMatch(t -> t.startsWith("cut out of the sentence at [1781–1835), a photo caption")),
                "the caption cut out");
        List<String> uncertainTurns = page.select("section.turn.answer.uncertain").eachText();
        assertTrue(uncertainTurns.stream().anyMatch(t -> t.contains("合各方需要")), "the answers after the photo's jump, under an uncertain question");
        assertTrue(uncertainTurns.stream().anyMatch(t -> t.contains("中欧双方对此都应高度警惕")),
                "the paragraphs on the EU set under 新华社's question on citizens in Ukraine, with no jump between");
        // Their count in the header is the one the overview gives.
        int uncertain = leadingNumber(page.selectFirst("dd.fault.uncertain"));
        List<String> faults = client.page("/explore/").select("td.faults").eachText();
        assertTrue(faults.stream().anyMatch(t -> t.contains(uncertain + " answer sentences the layout may have moved: their question uncertain")), faults.toString());
        assertTrue(faults.stream().anyMatch(t -> t.contains("breaks off: what follows its last jump line is missing")));
        assertTrue(faults.stream().anyMatch(t -> t.contains("another rendition: 001_91b48a67ea093576.txt (shared statements counted once)")));
    }

    private static int indexOf(List<String> texts, java.util.function.Predicate<String> test) {
        for (int i = 0; i < texts.size(); i++) {
            if (test.test(texts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aRenditionsPageNamesTheOtherAndItsOwnWordingOfSharedStatements() {
        String document = "https://w3id.org/diplokg/id/document/000_d9d0ae3ca28eebeb";
        String other = "https://w3id.org/diplokg/id/document/001_91b48a67ea093576";
        String inBoth = "?s a dkg:Statement ; dkg:inDocument <" + document + "> , <" + other + "> .";
        int shared = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + inBoth + " }");
        int worded = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + inBoth + " ?s dkg:span/dkg:variantText ?variant }");
        Document page = client.page("/explore/document?iri=" + ExplorerClient.encode(document));
        Element rendition = page.selectFirst("dd.rendition");
        assertEquals("001_91b48a67ea093576.txt", rendition.selectFirst("a").text());
        assertTrue(rendition.text().startsWith("001_91b48a67ea093576.txt: " + shared + " statements in both (counted once), " + worded
                + " of them worded otherwise"), rendition.text());
        assertTrue(page.select("span.variant > span[lang=zh]").eachText().contains("世界越是动荡不宁，中俄合作越要坚定前行。"));
        assertTrue(page.select("section.turn.answer.uncertain").isEmpty(), "001's page jump does not make 000's answers uncertain");
    }

    /** The begin offsets of the statements' source spans ("[1781–1835)"), in page order. */
    private static List<Integer> spans(Document page) {
        List<Integer> begins = new java.util.ArrayList<>();
        for (Element span : page.select("p.statement > span.span")) {
            Matcher m = Pattern.compile("\\[(\\d+)–(\\d+)\\)").matcher(span.text());
            assertTrue(m.matches(), span.text());
            begins.add(Integer.parseInt(m.group(1)));
        }
        return begins;
    }

    @Test
    void theGraphPageEmbedsItsNeighbourhoodAndLoadsCytoscapeFromTheServer() {
        Document page = client.page("/explore/graph?iri=" + ExplorerClient.encode(RUSSIA));
        assertEquals(1, page.select("script[src=/explore/assets/cytoscape.min.js]").size());
        page.select("script").forEach(script -> assertTrue(script.attr("src").startsWith("/explore/assets/"), "no script from elsewhere: " + script));
        JsonObject embedded = JSON.parse(page.selectFirst("#graph-data").attr("data-graph"));
        assertTrue(embedded.get("nodes").getAsArray().stream().anyMatch(node -> node.getAsObject().getString("id").equals(CHINA)),
                "the drawing's graph, embedded");
        HttpResponse<String> library = client.get("/explore/assets/cytoscape.min.js");
        assertEquals(200, library.statusCode());
        assertTrue(library.body().length() > 100_000 && library.body().contains("cytoscape"), "the bundled library");
        String json = ok(client.get("/explore/graph?format=json&iri=" + RUSSIA));
        JsonObject graph = JSON.parse(json);
        JsonObject china = graph.get("nodes").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(node -> node.getString("id").equals(CHINA)).findFirst().orElseThrow(() -> new AssertionError("China is Russia's neighbour: " + json));
        assertEquals("中国", china.getString("label"));
        assertEquals("country", china.getString("kind"));
        assertTrue(graph.hasKey("queries"), "an expansion brings the queries it ran");
    }

    @Test
    void everyQueryShownParsesAndRunsAtTheSparqlEndpoint() {
        Document page = client.page("/explore/entity?iri=" + ExplorerClient.encode(RUSSIA));
        List<String> queries = page.select("#sparql details.query pre > code").stream().map(Element::wholeText).toList();
        assertEquals(queries, page.select("#sparql form.run input[name=query]").eachAttr("value"), "each query shown is the one its form runs");
        queries.forEach(QueryFactory::create);
        HttpResponse<String> run = client.get("/kg/sparql", "query", queries.get(1));
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("2022-03-07"), "the timeline query answers at /kg/sparql as on the page");
        assertTrue(queries.size() >= 6, "about, timeline, statements, details, mentions, neighbours, relations, labels");
    }

    @Test
    void downloadsAreCsvPerQueryAndTurtleForTheView() {
        HttpResponse<String> csv = client.get("/explore/entity?iri=" + RUSSIA + "&format=csv&part=1");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("date,statements"), csv.body());
        int russia2022 = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <" + RUSSIA
                + "> ; nif:referenceContext ?s . ?s dkg:date \"2022-03-07\"^^xsd:date }");
        assertTrue(russia2022 > 0, "seed 002 names Russia");
        assertTrue(csv.body().contains("2022-03-07," + russia2022), csv.body());
        HttpResponse<String> turtle = client.get("/explore/entity?iri=" + RUSSIA + "&format=ttl");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(turtle.body().startsWith("# "), "the CONSTRUCT query heads the file");
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE).parse(model);
        assertTrue(model.contains(model.createResource(RUSSIA), org.apache.jena.vocabulary.SKOS.prefLabel, model.createLiteral("俄罗斯", "zh")));
        assertEquals(400, client.get("/explore/entity?iri=" + RUSSIA + "&format=csv&part=99").statusCode());
        assertEquals(400, client.get("/explore/?format=xml").statusCode());
    }

    @Test
    void hostileSearchTextNeitherWidensResultsNorBreaksThePage() {
        for (String text : List.of(INJECTION, "\"", "*", "<script>alert(1)</script>", "\\", "text:query", "俄\" OR \"中")) {
            Document page = client.page("/explore/search?q=" + ExplorerClient.encode(text));
            assertTrue(page.select("ul.entities").isEmpty(), text + ": no entity matches");
            assertTrue(page.select("li.statement").isEmpty(), text + ": no statement matches");
            assertFalse(page.select(".message").isEmpty(), text + ": a message says why");
            assertTrue(page.select("script").isEmpty(), text + ": no script element");
            assertEquals(text, page.selectFirst("h1 > q").text(), text + ": shown as text");
            assertEquals(text, page.selectFirst("input#q").val(), text + ": kept in the search box");
        }
        assertEquals(400, client.get("/explore/search?q=x&page=" + ExplorerClient.encode(INJECTION)).statusCode());
        assertEquals(200, client.get("/explore/search", "q", "x".repeat(SearchView.MAX_LENGTH + 1)).statusCode());
    }

    @Test
    void malformedIrisAreBadRequestsAndUnknownOnesAreNotFound() {
        for (String route : List.of("/explore/entity", "/explore/document", "/explore/graph")) {
            for (String iri : List.of(INJECTION, "\"", "*", "<script>", "not an iri", "relative/path", CHINA + "> ?p ?o . <x")) {
                HttpResponse<String> response = client.get(route, "iri", iri);
                assertEquals(400, response.statusCode(), route + " " + iri);
                Document page = Jsoup.parse(response.body());
                assertFalse(page.select("p.message[role=alert]").isEmpty(), "a page that says why");
                assertTrue(page.select("script").isEmpty(), "the bad value is escaped");
            }
            assertEquals(400, client.get(route).statusCode(), route + " without iri");
            assertEquals(404, client.get(route, "iri", "https://w3id.org/diplokg/id/country/XX").statusCode(), route);
        }
        assertEquals(404, client.get("/explore/graph?format=json&iri=https://w3id.org/diplokg/id/country/XX").statusCode());
        assertEquals(404, client.get("/explore/nothing-here").statusCode());
    }
}
