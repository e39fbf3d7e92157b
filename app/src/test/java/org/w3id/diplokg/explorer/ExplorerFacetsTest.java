package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.diplokg.explorer.ExplorerClient.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.ontology.Ontology;
import org.w3id.diplokg.server.KgServer;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.ITSRDF;

/**
 * The filters (year, year range, role, document, speaker, relation type), several-word search,
 * the lists per year and per outlet, and the self-contained Turtle downloads, over HTTP on the
 * seeds. Every count is checked against an independent query at the SPARQL endpoint; the facts
 * (who asked what) were read in the seed transcripts.
 */
class ExplorerFacetsTest {
    private static final String ID = "https://w3id.org/diplokg/id/";
    private static final String CHINA = ID + "country/CN";
    private static final String RUSSIA = ID + "country/RU";
    private static final String UKRAINE = ID + "country/UA";
    private static final String UNITED_STATES = ID + "country/US";
    private static final String EU = ID + "organization/EU";
    private static final String TAIWAN = ID + "region/taiwan";

    private static KgServer server;
    private static ExplorerClient client;

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataDir(SeedsDataset.folder()).port(0).build().start();
        client = new ExplorerClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static int count(String query) {
        return ExplorerClient.countAt(server.sparqlEndpoint(), query);
    }

    /** Statements naming {@code entity} (a SPARQL pattern binding ?s), for the independent counts. */
    private static String naming(String entity) {
        return "?m itsrdf:taIdentRef <" + entity + "> ; nif:referenceContext ?s . ?s dkg:date ?d . ";
    }

    private static List<Element> statements(Document page) {
        return page.select("ol.statements > li.statement");
    }

    @Test
    void theYearFacetCountsEveryYearFromTheFirstDocumentToTheLastZerosIncluded() {
        QuerySolution span = ExplorerClient.select(server.sparqlEndpoint(),
                "SELECT (MIN(YEAR(?d)) AS ?first) (MAX(YEAR(?d)) AS ?last) WHERE { ?doc a dkg:Document ; dkg:date ?d }").get(0);
        int first = span.getLiteral("first").getInt();
        int last = span.getLiteral("last").getInt();
        Document page = client.page("/explore/entity?iri=" + encode(UKRAINE));
        Elements bars = page.select("section.facets .facet-year ul.bars > li");
        assertEquals(last - first + 1, bars.size(), "one bar a year from " + first + " to " + last);
        int zeros = 0;
        for (int i = 0; i < bars.size(); i++) {
            int year = first + i;
            int expected = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(UKRAINE) + "FILTER (YEAR(?d) = " + year + ") }");
            assertEquals(Integer.toString(year), bars.get(i).selectFirst(".bar-label").text());
            assertEquals(expected + " statements", bars.get(i).selectFirst(".bar-value").text(), "Ukraine in " + year);
            zeros += expected == 0 ? 1 : 0;
        }
        assertTrue(zeros > 0, "the seeds name Ukraine in 2022 only: the other years show 0");

        Document in2021 = client.page(bars.get(2021 - first).selectFirst("a").attr("href"));
        assertEquals(0, statements(in2021).size());
        assertTrue(in2021.selectFirst("#statements-title").text().startsWith("0 statements naming it (2021)"));
    }

    @Test
    void aYearOrARangeOfYearsNarrowsTheStatementsAndTheQueriesShown() {
        int in2022 = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(EU) + "FILTER (YEAR(?d) = 2022) }");
        int from2020to2021 = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(EU) + "FILTER (?d < \"2022-01-01\"^^xsd:date) }");
        Document page = client.page("/explore/entity?iri=" + encode(EU) + "&year=2022");
        assertEquals(in2022, statements(page).size());
        assertTrue(page.selectFirst("#statements-title").text().startsWith(in2022 + " statements naming it (2022)"));
        statements(page).forEach(li -> assertEquals("2022-03-07", li.selectFirst(".date").text()));
        Document range = client.page("/explore/entity?iri=" + encode(EU) + "&from=2020&to=2021");
        assertEquals(from2020to2021, statements(range).size());
        statements(range).forEach(li -> assertTrue(li.selectFirst(".date").text().compareTo("2022") < 0));
        assertTrue(range.select("section.facets .facet-year li.current").stream().map(li -> li.selectFirst(".bar-label").text())
                .toList().equals(List.of("2020", "2021")), "the years chosen are marked");

        // The query shown is the one that ran: it holds the filter, and the endpoint gives the same rows.
        String shown = shownQuery(page, "statements naming it (this page)");
        assertTrue(shown.contains("YEAR(?statementDate) = 2022"), shown);
        assertEquals(in2022, ExplorerClient.rows(server.sparqlEndpoint(), shown).size());
    }

    /** The text of the query a page shows under {@code name}. */
    private static String shownQuery(Document page, String name) {
        for (Element details : page.select("details.query")) {
            if (details.selectFirst("summary").ownText().equals(name)) {
                return details.selectFirst("pre code").wholeText();
            }
        }
        throw new AssertionError("no query named " + name);
    }

    @Test
    void theRoleFacetComparesTheCountriesOfTheMinistersAnswersYearByYear() {
        Document page = client.page("/explore/entities?kind=country&role=answer");
        List<String> years = page.select("table.per-year thead th.number").eachText();
        assertEquals(List.of("2020", "2021", "2022", "total"), years);
        for (String country : List.of(UNITED_STATES, RUSSIA, UKRAINE)) {
            Element row = page.select("table.per-year tbody tr").stream()
                    .filter(tr -> tr.selectFirst("td a").attr("href").contains(encode(country))).findFirst().orElseThrow();
            for (int column = 0; column < 3; column++) {
                int expected = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(country) + "?s dkg:answers ?question . "
                        + "FILTER (YEAR(?d) = " + years.get(column) + ") }");
                assertEquals(Integer.toString(expected), row.select("td").get(column + 1).text(), country + " in " + years.get(column));
            }
        }
        // A cell links to those statements: each an answer of that year.
        Element russia2022 = page.select("table.per-year tbody tr").stream()
                .filter(tr -> tr.selectFirst("td a").attr("href").contains(encode(RUSSIA))).findFirst().orElseThrow().select("td").get(3);
        Document answers = client.page(russia2022.selectFirst("a").attr("href"));
        assertEquals(Integer.parseInt(russia2022.text()), statements(answers).size());
        statements(answers).forEach(li -> assertTrue(li.select(".meta a").eachText().stream().anyMatch(t -> t.startsWith("answers")), li.text()));

        // The overview narrowed the same way ranks China by the answers of 2022 that name it.
        Document overview = client.page("/explore/?year=2022&role=answer");
        int china2022 = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(CHINA) + "?s dkg:answers ?question . FILTER (YEAR(?d) = 2022) }");
        assertEquals(Integer.toString(china2022), overview.select(".kind-country li").first().selectFirst(".count").text());
        assertTrue(overview.selectFirst("p.filters").text().startsWith("Showing "
                + count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s dkg:answers ?question ; dkg:date ?d FILTER (YEAR(?d) = 2022) }")
                + " statements: 2022 · 回答"), overview.selectFirst("p.filters").text());
    }

    @Test
    void roleDocumentAndSpeakerFacetsCountWithTheOtherFiltersApplied() {
        Document page = client.page("/explore/entity?iri=" + encode(RUSSIA) + "&year=2021");
        for (Element item : page.select("section.facets .facet-role li")) {
            String condition = switch (item.child(0).text()) {
                case "回答" -> "FILTER EXISTS { ?s dkg:answers ?q }";
                case "提问" -> "FILTER EXISTS { ?s dkg:partOf ?q }";
                default -> "FILTER NOT EXISTS { { ?s dkg:answers ?q } UNION { ?s dkg:partOf ?q } }";
            };
            assertEquals(Integer.toString(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(RUSSIA)
                    + "FILTER (YEAR(?d) = 2021) " + condition + " }")), item.selectFirst(".count").text(), item.text());
        }
        List<QuerySolution> byDocument = ExplorerClient.select(server.sparqlEndpoint(), "SELECT ?file (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                + naming(RUSSIA) + "FILTER (YEAR(?d) = 2021) ?s dkg:inDocument ?document . ?document dkg:sourceFile ?file } GROUP BY ?file");
        Elements documents = page.select("section.facets .facet-document li");
        assertEquals(byDocument.size(), documents.size(), documents.text());
        for (QuerySolution row : byDocument) {
            Element item = documents.stream().filter(li -> li.text().contains(row.getLiteral("file").getString())).findFirst().orElseThrow();
            assertEquals(Integer.toString(row.getLiteral("n").getInt()), item.selectFirst(".count").text(), item.text());
        }
        Document questions = client.page("/explore/entity?iri=" + encode(RUSSIA) + "&year=2021&role=question");
        assertFalse(statements(questions).isEmpty());
        statements(questions).forEach(li -> assertTrue(li.select(".meta a").eachText().stream().anyMatch(t -> t.startsWith("asked")), li.text()));
        Element speaker = page.selectFirst("section.facets .facet-speaker li a");
        Document bySpeaker = client.page(speaker.attr("href"));
        assertEquals(speaker.parent().selectFirst(".count").text(), Integer.toString(statements(bySpeaker).size()));
        statements(bySpeaker).forEach(li -> assertEquals(speaker.text(), li.selectFirst(".speaker").text()));
    }

    @Test
    void severalWordsFindTheStatementsHoldingEveryOneInAnyOrder() {
        int both = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t "
                + "FILTER (CONTAINS(?t, \"中美\") && CONTAINS(?t, \"竞争\")) }");
        assertTrue(both > 0);
        for (String words : List.of("中美 竞争", "竞争  中美")) {
            Document page = client.page("/explore/search?q=" + encode(words));
            assertEquals(both, statements(page).size(), words);
            assertTrue(page.text().contains(both + " statements contain every word of " + String.join(" ", SearchView.words(words))), words);
            for (Element li : statements(page)) {
                String text = li.selectFirst("p.text").text();
                assertTrue(text.contains("中美") && text.contains("竞争"), text);
                assertTrue(li.select("mark.hit").eachText().containsAll(List.of("中美", "竞争")));
            }
        }
        // A word of one character is read in the statements' text; the other goes through the index.
        int russiaAndCooperation = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t "
                + "FILTER (CONTAINS(?t, \"俄\") && CONTAINS(?t, \"合作\")) }");
        Document mixed = client.page("/explore/search?q=" + encode("俄 合作") + "&all=1");
        assertEquals(russiaAndCooperation, statements(mixed).size());
        // With a range of years.
        int in2022 = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t ; dkg:date ?d "
                + "FILTER (CONTAINS(?t, \"俄\") && CONTAINS(?t, \"合作\") && YEAR(?d) >= 2022) }");
        Document recent = client.page("/explore/search?q=" + encode("俄 合作") + "&from=2022&all=1");
        assertEquals(in2022, statements(recent).size());
        assertTrue(in2022 < russiaAndCooperation);
    }

    @Test
    void everythingSaidAboutTheEuWithDatesAndTheAskingOutlets() {
        int total = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(EU) + "}");
        Document page = client.page("/explore/entity?iri=" + encode(EU) + "&all=1");
        assertEquals(total, statements(page).size(), "all on one page");
        assertTrue(page.select("nav.pager").isEmpty());
        statements(page).forEach(li -> assertTrue(li.selectFirst(".date").text().matches("\\d{4}-\\d\\d-\\d\\d")));
        Set<String> outlets = ExplorerClient.select(server.sparqlEndpoint(), "SELECT DISTINCT ?outlet WHERE { " + naming(EU)
                        + "?s dkg:answers ?q . ?q dkg:askedBy/skos:prefLabel ?outlet FILTER (lang(?outlet) = \"zh\") }").stream()
                .map(r -> r.getLiteral("outlet").getString()).collect(Collectors.toCollection(TreeSet::new));
        // (an interview's questions have no outlet: "answers a question")
        Set<String> shown = page.select("li.statement .meta a").eachText().stream()
                .filter(t -> t.startsWith("answers ") && !t.startsWith("answers a question"))
                .map(t -> t.substring("answers ".length()).replaceAll(" \\(\\d{3}\\)$", "")).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(outlets.isEmpty());
        assertEquals(outlets, shown, "each answer names the outlet that asked");
    }

    @Test
    void theTaiwanStatementsInDateOrderWithTheirOutlets() {
        Document page = client.page("/explore/entity?iri=" + encode(TAIWAN) + "&all=1&order=oldest");
        List<String> dates = statements(page).stream().map(li -> li.selectFirst(".date").text()).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + naming(TAIWAN) + "}"), dates.size());
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
        // Read in the seeds: 澎湃新闻 asked about 涉台 in 2020 (003); 凤凰卫视 about the US's Taiwan policy in 2021 (000, 001).
        assertAskedBy(page, "中方是否担心涉台问题将对中美关系产生进一步负面影响？", "2020-05-24", "澎湃新闻");
        assertAskedBy(page, "中方如何看待美国对台政策？", "2021-03-07", "凤凰卫视");
    }

    private static void assertAskedBy(Document page, String question, String date, String outlet) {
        Element li = statements(page).stream().filter(s -> s.selectFirst("p.text").text().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + question));
        assertEquals(date, li.selectFirst(".date").text());
        assertTrue(li.select(".meta a").eachText().stream().anyMatch(t -> t.startsWith("asked by " + outlet)), li.text());
    }

    @Test
    void whichOutletsAskedAboutWhichCountries() {
        Document page = client.page("/explore/asked?kind=country");
        Element phoenix = row(page, "凤凰卫视");
        String outlet = phoenix.selectFirst("td a").attr("href").replaceAll(".*iri=", "");
        outlet = java.net.URLDecoder.decode(outlet, java.nio.charset.StandardCharsets.UTF_8);
        int aboutUs = count("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q dkg:askedBy <" + outlet + "> . ?s dkg:partOf ?q . "
                + "?m nif:referenceContext ?s ; itsrdf:taIdentRef <" + UNITED_STATES + "> }");
        assertTrue(aboutUs > 0, "read in seed 001: 凤凰卫视 asked about the US's Taiwan policy");
        assertEquals(Integer.toString(aboutUs), named(phoenix, "美国"));
        assertEquals(Integer.toString(count("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q dkg:askedBy <" + outlet + "> }")),
                phoenix.select("td").get(1).text());
        // Read in seed 002: Reuters asked about Russia's operation in Ukraine.
        Element reuters = row(page, "路透社");
        assertEquals("1", named(reuters, "俄罗斯"));
        assertEquals("1", named(reuters, "乌克兰"));
        Element reuters2020 = row(client.page("/explore/asked?kind=country&year=2020"), "路透社");
        assertTrue(reuters2020.select("td").get(2).select("a").eachText().stream().noneMatch(t -> t.equals("乌克兰")), "not in 2020");
    }

    private static Element row(Document page, String outlet) {
        return page.select("table.asked tbody tr").stream().filter(tr -> tr.selectFirst("td a").text().equals(outlet)).findFirst()
                .orElseThrow(() -> new AssertionError(outlet + " not listed"));
    }

    /** The count beside {@code entity} in an outlet's row. */
    private static String named(Element row, String entity) {
        Element link = row.select("td").get(2).select("a").stream().filter(a -> a.text().equals(entity)).findFirst()
                .orElseThrow(() -> new AssertionError(entity + " not in " + row.text()));
        return link.nextElementSibling().text();
    }

    @Test
    void whatChinaOpposedIn2022() {
        int expected = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r dkg:relationType dkg:Opposition ; dkg:party|dkg:object <"
                + CHINA + "> ; dkg:evidence ?s . ?s dkg:date ?d FILTER (YEAR(?d) = 2022) }");
        Document page = client.page("/explore/entity?iri=" + encode(CHINA) + "&year=2022");
        Element opposition = page.select("ul.relation-types li a").stream().filter(a -> a.text().equals("反对")).findFirst().orElseThrow();
        assertEquals(Integer.toString(expected), opposition.nextElementSibling().text());
        Document opposed = client.page(opposition.attr("href"));
        Elements rows = opposed.select("table.relations tbody tr");
        assertEquals(expected, rows.size());
        for (Element row : rows) {
            assertTrue(row.child(0).text().startsWith("2022"), row.text());
            assertEquals("反对", row.child(1).text());
        }
        // Read in seed 002: 反对霸权强权，反对集团政治.
        assertTrue(rows.stream().anyMatch(r -> r.child(3).text().contains("霸权强权")), rows.text());
        assertTrue(opposed.selectFirst("ul.relation-types li.current").text().startsWith("反对"));
    }

    @Test
    void theTurtleOfAllStatementsStandsAloneAndPassesTheShapes() {
        List<String> naming = ExplorerClient.select(server.sparqlEndpoint(), "SELECT DISTINCT ?s WHERE { " + naming(CHINA) + "}")
                .stream().map(r -> r.getResource("s").getURI()).toList();
        Model page = turtle("/explore/entity?iri=" + encode(CHINA) + "&format=ttl");
        Model all = turtle("/explore/entity?iri=" + encode(CHINA) + "&all=1&format=ttl");
        List<QuerySolution> onPage = ExplorerClient.rows(server.sparqlEndpoint(),
                shownQuery(client.page("/explore/entity?iri=" + encode(CHINA)), "statements naming it (this page)"));
        assertEquals(EntityView.PAGE_SIZE, onPage.size());
        onPage.forEach(r -> assertTrue(page.contains(r.getResource("statement"), RDF.type, DKG.Statement), "a page's download holds its statements"));
        assertEquals(naming.size(), naming.stream().filter(s -> all.contains(all.createResource(s), RDF.type, DKG.Statement)).count(),
                "all=1 holds every statement naming China");
        for (Model model : List.of(page, all)) {
            assertStandsAlone(model);
            ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), model.getGraph());
            assertTrue(report.conforms(), () -> report.getEntries().stream().limit(5).map(Object::toString).toList().toString());
        }
    }

    private static Model turtle(String url) {
        var response = client.get(url);
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        return model;
    }

    /** Every statement's spans with their documents and offsets, every outlet's and entity's labels are in the file. */
    private static void assertStandsAlone(Model model) {
        List<Resource> statements = model.listSubjectsWithProperty(RDF.type, DKG.Statement).toList();
        assertFalse(statements.isEmpty());
        for (Resource statement : statements) {
            assertNotNull(statement.getProperty(org.w3id.diplokg.vocab.NIF.isString), statement.getURI());
            List<Resource> spans = model.listObjectsOfProperty(statement, DKG.span).mapWith(n -> n.asResource()).toList();
            assertFalse(spans.isEmpty(), statement.getURI());
            for (Resource span : spans) {
                assertTrue(span.hasProperty(DKG.beginOffset) && span.hasProperty(DKG.endOffset), span.getURI());
                assertTrue(span.getPropertyResourceValue(DKG.document).hasProperty(DKG.sourceFile), span.getURI());
            }
        }
        List<Resource> named = new ArrayList<>();
        model.listObjectsOfProperty(DKG.askedBy).forEachRemaining(n -> named.add(n.asResource()));
        model.listObjectsOfProperty(ITSRDF.taIdentRef).forEachRemaining(n -> named.add(n.asResource()));
        assertFalse(named.isEmpty());
        for (Resource entity : named) {
            assertTrue(entity.hasProperty(SKOS.prefLabel), entity.getURI() + " has its label in the file");
        }
    }

    @Test
    void badFilterParametersAreBadRequests() {
        String entity = "/explore/entity?iri=" + encode(RUSSIA);
        for (String query : List.of("&year=20x2", "&year=99", "&year=2022&from=2020", "&from=2022&to=2020", "&role=speech",
                "&document=not+an+iri", "&speaker=%3Cscript%3E", "&relation=Friendship", "&order=random", "&all=yes")) {
            var response = client.get(entity + query);
            assertEquals(400, response.statusCode(), query);
            Document page = Jsoup.parse(response.body());
            assertFalse(page.select("p.message[role=alert]").isEmpty(), query + ": a page that says why");
            assertTrue(page.select("script").isEmpty(), query + ": the bad value is shown as text");
        }
        assertEquals(400, client.get("/explore/entities?kind=planet").statusCode());
        assertEquals(400, client.get("/explore/?year=abc").statusCode());
        assertEquals(400, client.get("/explore/search?q=x&role=nobody").statusCode());
        assertEquals(200, client.get(entity + "&from=&to=2021").statusCode(), "an empty form field is no filter");
    }
}
