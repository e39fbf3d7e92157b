package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.server.KgServer;

/** The explorer's routes over plain HTTP on the seeds: what each page holds, downloads, and hostile input. */
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

    @Test
    void theOverviewListsTheDocumentsTheMostNamedEntitiesAndTheYears() {
        String page = ok(client.get("/explore/"));
        int documents = countAtEndpoint("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:Document }");
        assertEquals(documents, ExplorerClient.count(page, "href=\"/explore/document\\?iri="), "one link per document");
        assertTrue(page.contains("2020-05-24") && page.contains("2022-03-07"), "document dates");
        assertTrue(page.matches("(?s).*>中国</a> <span class=\"count\">" + chinaStatements + "</span>.*"),
                "China named in " + chinaStatements + " statements");
        assertTrue(page.contains("<h3>协定</h3>") && page.contains(">联合国宪章</a>"), "agreements, most named first");
        assertTrue(page.matches("(?s).*<div class=\"facet facet-year\"><h3>Year</h3>.*>2021</a>.*"), "statements per year, each a filter");
        assertTrue(page.contains("<form class=\"search\""), "a search box");
        assertEquals(302, client.get("/explore").statusCode(), "/explore redirects to /explore/");
    }

    @Test
    void anOutletsPageListsTheQuestionsItAskedAndWhatTheyName() {
        String reuters = "https://w3id.org/diplokg/id/outlet/REUTERS";
        String page = ok(client.get("/explore/outlet", "iri", reuters));
        // Read in the seeds: Reuters asks once in 2020 (003, on the Hong Kong security law) and once in 2022 (002, on Ukraine).
        int questions = countAtEndpoint("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a dkg:Question ; dkg:askedBy <" + reuters + "> }");
        assertEquals(questions, ExplorerClient.count(page, "<li class=\"question\">"), page);
        assertTrue(page.indexOf("2020-05-24") < page.indexOf("2022-03-07"), "in date order");
        assertTrue(page.contains("中国决定推进涉港国家安全立法") && page.contains("俄军在乌行动已经扩展到非军事设施"), "the questions' text");
        assertTrue(page.matches("(?s).*It asks about: .*>香港</a>.*"), "涉港 names Hong Kong");
        String overview = ok(client.get("/explore/"));
        assertTrue(overview.matches("(?s).*Who asks: outlets by questions.*>路透社</a> <span class=\"count\">" + questions + "</span>.*"),
                "the overview ranks outlets by questions");
        assertEquals(404, client.get("/explore/outlet", "iri", CHINA).statusCode(), "a country is no outlet");
    }

    @Test
    void searchFindsEntitiesByOneCharacterAbbreviationAndStatementsByPhrase() {
        String russia = ok(client.get("/explore/search", "q", "俄"));
        assertTrue(russia.contains("href=\"/explore/entity?iri=" + java.net.URLEncoder.encode(RUSSIA, java.nio.charset.StandardCharsets.UTF_8) + "\">俄罗斯</a>"),
                "俄 finds Russia");
        assertTrue(russia.matches("(?s).*<p>([1-9][0-9]+) statements contain <q>俄</q>.*"), "one character finds statements too");
        assertTrue(russia.contains("<mark class=\"hit\">俄</mark>"), "and marks it");
        String phrase = ok(client.get("/explore/search", "q", "多边主义"));
        int multilateralism = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t FILTER (CONTAINS(?t, \"多边主义\")) }");
        assertTrue(phrase.contains("<p>" + multilateralism + " statements contain <q>多边主义</q>"), "as many as hold the phrase: " + multilateralism);
        assertTrue(phrase.contains("<mark class=\"hit\">多边主义</mark>"), "the match is marked");
        assertTrue(phrase.contains("class=\"speaker\""), "speakers are shown");
        String english = ok(client.get("/explore/search", "q", "russia"));
        assertTrue(english.contains("俄罗斯</a>"), "English labels match, ignoring case");
    }

    @Test
    void theChinaPageShowsLabelsWikidataTimelineStatementsNeighboursAndRelations() {
        String page = ok(client.get("/explore/entity", "iri", CHINA));
        assertTrue(page.contains("<h1><span lang=\"zh\">中国</span> <span class=\"en\" lang=\"en\">China</span></h1>"));
        assertTrue(page.contains("http://www.wikidata.org/entity/Q148"), "Wikidata link");
        assertTrue(page.contains(chinaStatements + " statements naming it"));
        assertEquals(EntityView.PAGE_SIZE, ExplorerClient.count(page, "<li class=\"statement\">"), "one page of statements");
        assertTrue(page.contains("page 1 of " + chinaPages()), "paged: " + chinaStatements + " statements at 50 a page");
        assertTrue(page.contains("class=\"mention focus\""), "China's mentions are marked");
        assertTrue(page.matches("(?s).*>answers (?!a question)[^<]+</a>.*"), "links to the question answered, naming its outlet");
        assertTrue(page.contains("Most often named with") && page.contains(">美国</a>"), "co-mentioned entities");
        assertTrue(page.contains("<td>伙伴关系</td>") && page.contains("<td>反对</td>"), "relations by type");
        String second = ok(client.get("/explore/entity?iri=" + CHINA + "&page=" + chinaPages()));
        assertEquals(chinaStatements - (chinaPages() - 1) * EntityView.PAGE_SIZE, ExplorerClient.count(second, "<li class=\"statement\">"), "the last page");
        String english = ok(client.get("/explore/entity?iri=" + CHINA + "&lang=en"));
        assertTrue(english.contains(">United States</a>"), "the en switch shows English labels");
    }

    @Test
    void theDocumentPageFollowsTheSourceOrderWithQuestionsOutletsAnswersAndSpans() {
        String page = ok(client.get("/explore/document", "iri", DOCUMENT_2022));
        int reuters = page.indexOf(">路透社</a>");
        int cctv = page.indexOf(">央视</a>");
        assertTrue(cctv > 0 && reuters > cctv, "questions in file order: CCTV's first, Reuters' later");
        assertTrue(page.contains("<section class=\"turn question\" id=\"q-"), "question turns, with anchors");
        assertTrue(page.contains("<section class=\"turn answer\""), "answer turns");
        List<Integer> begins = ExplorerClient.count(page, "<span class=\"span\"") > 0 ? spans(page) : List.of();
        int spans = countAtEndpoint("SELECT (COUNT(DISTINCT ?span) AS ?n) WHERE { ?s dkg:span ?span . ?span dkg:document <" + DOCUMENT_2022 + "> }");
        assertEquals(spans, begins.size(), "every statement of 002 with its span");
        for (int i = 1; i < begins.size(); i++) {
            assertTrue(begins.get(i) >= begins.get(i - 1), "spans ascend");
        }
        assertTrue(page.contains("class=\"mention\" href=\"/explore/entity?iri="), "mentions linked");
    }

    @Test
    void theDocumentPageShowsTheSourcesFaultsWhereTheyAre() {
        String page = ok(client.get("/explore/document", "iri", DOCUMENT_2022));
        assertTrue(page.contains("<dd class=\"fault-note\">breaks off at (下转第四版)</dd>"), "the manifest's note");
        assertTrue(page.contains("<dd class=\"fault truncated\">breaks off"), "the text breaks off");
        int jumps = countAtEndpoint("SELECT (COUNT(DISTINCT ?jump) AS ?n) WHERE { <" + DOCUMENT_2022 + "> dkg:pageJump ?jump }");
        assertEquals(jumps, ExplorerClient.count(page, "<p class=\"page-jump\">"), "the photo and the jump line, in the transcript");
        assertTrue(page.indexOf("page jump at [3592") < page.indexOf("合各方需要"), "the photo's jump before the text from elsewhere");
        assertTrue(page.contains("continues on page 4"), "the jump line's page");
        assertTrue(page.contains("<span class=\"cut\">cut out of the sentence at [1781–1835), a photo caption"), "the caption cut out");
        assertTrue(page.contains("<section class=\"turn answer uncertain\""), "answers after the jump under an uncertain question");
        // Their count in the header is the one the overview gives.
        java.util.regex.Matcher uncertain = java.util.regex.Pattern.compile("<dd class=\"fault uncertain\">(\\d+) ").matcher(page);
        assertTrue(uncertain.find());
        String overview = ok(client.get("/explore/"));
        assertTrue(overview.contains(uncertain.group(1) + " answer sentences after a jump: their question uncertain"), overview);
        assertTrue(overview.contains("breaks off: what follows its last jump line is missing"));
        assertTrue(overview.contains("another rendition: 001_91b48a67ea093576.txt (shared statements counted once)"));
    }

    @Test
    void aRenditionsPageNamesTheOtherAndItsOwnWordingOfSharedStatements() {
        String document = "https://w3id.org/diplokg/id/document/000_d9d0ae3ca28eebeb";
        String other = "https://w3id.org/diplokg/id/document/001_91b48a67ea093576";
        String inBoth = "?s a dkg:Statement ; dkg:inDocument <" + document + "> , <" + other + "> .";
        int shared = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + inBoth + " }");
        int worded = countAtEndpoint("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + inBoth + " ?s dkg:span/dkg:variantText ?variant }");
        String page = ok(client.get("/explore/document", "iri", document));
        assertTrue(page.contains("001_91b48a67ea093576.txt</a>: " + shared + " statements in both (counted once), " + worded
                + " of them worded otherwise"), page);
        assertTrue(page.contains("this file words it: <span lang=\"zh\">世界越是动荡不宁，中俄合作越要坚定前行。</span>"));
        assertFalse(page.contains("turn answer uncertain"), "001's page jump does not make 000's answers uncertain");
    }

    private static List<Integer> spans(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("source span: code points in the file\">\\[(\\d+)–(\\d+)\\)").matcher(page);
        List<Integer> begins = new java.util.ArrayList<>();
        while (m.find()) {
            begins.add(Integer.parseInt(m.group(1)));
        }
        return begins;
    }

    @Test
    void theGraphPageEmbedsItsNeighbourhoodAndLoadsCytoscapeFromTheServer() {
        String page = ok(client.get("/explore/graph", "iri", RUSSIA));
        assertTrue(page.contains("<script src=\"/explore/assets/cytoscape.min.js\"></script>"));
        assertFalse(page.matches("(?s).*<script src=\"(https?:)?//.*"), "no script from elsewhere");
        assertTrue(page.contains("id=\"graph-data\""));
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
        String page = ok(client.get("/explore/entity", "iri", RUSSIA));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre><code>(.*?)</code></pre>", java.util.regex.Pattern.DOTALL).matcher(page);
        int queries = 0;
        while (m.find()) {
            String sparql = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            QueryFactory.create(sparql);
            if (queries == 1) {
                HttpResponse<String> run = client.get("/kg/sparql", "query", sparql);
                assertEquals(200, run.statusCode(), run.body());
                assertTrue(run.body().contains("2022-03-07"), "the timeline query answers at /kg/sparql as on the page");
            }
            queries++;
        }
        assertTrue(queries >= 6, "about, timeline, statements, details, mentions, neighbours, relations, labels");
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
            String page = ok(client.get("/explore/search", "q", text));
            assertEquals(0, ExplorerClient.count(page, "<ul class=\"entities\">"), text + ": no entity matches");
            assertEquals(0, ExplorerClient.count(page, "<li class=\"statement\">"), text + ": no statement matches");
            assertTrue(page.contains("class=\"message\""), text + ": a message says why");
            assertFalse(page.contains("<script>alert"), text + ": shown as text");
        }
        assertTrue(ok(client.get("/explore/search", "q", "<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(400, client.get("/explore/search?q=x&page=" + java.net.URLEncoder.encode(INJECTION, java.nio.charset.StandardCharsets.UTF_8)).statusCode());
        assertEquals(200, client.get("/explore/search", "q", "x".repeat(SearchView.MAX_LENGTH + 1)).statusCode());
    }

    @Test
    void malformedIrisAreBadRequestsAndUnknownOnesAreNotFound() {
        for (String route : List.of("/explore/entity", "/explore/document", "/explore/graph")) {
            for (String iri : List.of(INJECTION, "\"", "*", "<script>", "not an iri", "relative/path", CHINA + "> ?p ?o . <x")) {
                HttpResponse<String> response = client.get(route, "iri", iri);
                assertEquals(400, response.statusCode(), route + " " + iri);
                assertTrue(response.body().contains("role=\"alert\""), "a page that says why");
                assertFalse(response.body().contains("<script>"), "the bad value is escaped");
            }
            assertEquals(400, client.get(route).statusCode(), route + " without iri");
            assertEquals(404, client.get(route, "iri", "https://w3id.org/diplokg/id/country/XX").statusCode(), route);
        }
        assertEquals(404, client.get("/explore/graph?format=json&iri=https://w3id.org/diplokg/id/country/XX").statusCode());
        assertEquals(404, client.get("/explore/nothing-here").statusCode());
    }
}
