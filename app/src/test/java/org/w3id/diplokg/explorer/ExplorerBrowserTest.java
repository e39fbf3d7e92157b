package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.server.KgServer;

/**
 * The explorer in a real browser: Debian's chromium, headless, driven through its own
 * chromedriver (never one Selenium Manager would fetch). A researcher's path: search, open an
 * entity, follow a statement to its document, open the network and expand a node; each page is
 * checked for what it shows and saved as a screenshot under target/screenshots/. When no browser
 * can start, the test fails.
 */
class ExplorerBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static KgServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        server = KgServer.builder().dataDir(SeedsDataset.folder()).port(0).build().start();
        profile = Files.createTempDirectory("diplokg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot of the whole page, however long (the window grows to it, then shrinks back). */
    private static void fullPage(String name, int width) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, Math.min(4000, ((Number) height).intValue() + 120)));
        screenshot(name);
        browser.manage().window().setSize(before);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void aResearchersPathFromSearchToDocumentToNetwork() throws IOException {
        String endpoint = server.sparqlEndpoint();
        browser.get(base() + "/explore/");
        int documents = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:Document }");
        assertEquals(documents, browser.findElements(By.cssSelector("a[href^='/explore/document?iri=']")).size(), "every document");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("what the graph holds"));
        screenshot("overview");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("俄");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/explore/search"));
        WebElement russia = browser.findElement(By.xpath("//ul[@class='entities']//a[text()='俄罗斯']"));
        screenshot("search");
        russia.click();

        waiting().until(d -> d.findElement(By.tagName("h1")).getText().contains("Russia"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("俄罗斯"));
        assertTrue(browser.findElement(By.cssSelector("a[href='http://www.wikidata.org/entity/Q159']")).isDisplayed(), "Wikidata link");
        int russiaStatements = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef "
                + "<https://w3id.org/diplokg/id/country/RU> ; nif:referenceContext ?s }");
        int russiaDates = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?date) AS ?n) WHERE { ?m itsrdf:taIdentRef "
                + "<https://w3id.org/diplokg/id/country/RU> ; nif:referenceContext ?s . ?s dkg:date ?date }");
        assertEquals(russiaDates, browser.findElements(By.cssSelector("section[aria-labelledby='timeline-title'] ul.bars li")).size(),
                "a timeline bar for each date");
        List<WebElement> listed = browser.findElements(By.cssSelector("li.statement"));
        assertEquals(Math.min(russiaStatements, EntityView.PAGE_SIZE), listed.size(), "the first page of Russia's statements");
        listed.forEach(statement -> assertTrue(!statement.findElements(By.cssSelector("a.mention.focus")).isEmpty(),
                "Russia's mention is marked in " + statement.getText()));
        String background = browser.findElement(By.cssSelector("li.statement a.mention.focus")).getCssValue("background-color");
        assertTrue(!background.equals("rgba(0, 0, 0, 0)"), "the mark is visible: " + background);
        screenshot("entity");
        fullPage("entity-full", 1280);

        WebElement firstStatement = browser.findElement(By.cssSelector("li.statement"));
        String sentence = firstStatement.findElement(By.cssSelector("p.text")).getText();
        firstStatement.findElement(By.cssSelector(".source a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/explore/document"));
        WebElement target = browser.findElement(By.cssSelector("p.statement:target"));
        assertEquals(sentence, target.findElement(By.cssSelector(".text")).getText(), "the statement followed is the one in view");
        String document = browser.getCurrentUrl().replaceFirst(".*[?&]iri=([^&#]*).*", "$1");
        int questions = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a dkg:Question ; dkg:inDocument <"
                + java.net.URLDecoder.decode(document, java.nio.charset.StandardCharsets.UTF_8) + "> }");
        assertEquals(questions, browser.findElements(By.cssSelector("section.turn.question")).size(), "a turn for each question");
        assertTrue(browser.findElement(By.xpath("//section[contains(@class,'question')]//a[text()='路透社']")).isDisplayed(), "outlets");
        screenshot("document");

        browser.get(base() + "/explore/graph?iri=https://w3id.org/diplokg/id/country/RU");
        waiting().until(d -> ((Number) script("return window.diplokgGraph ? window.diplokgGraph.nodes().length : 0")).intValue() > 5);
        long before = ((Number) script("return window.diplokgGraph.nodes().length")).longValue();
        assertTrue(browser.findElement(By.id("node-panel")).getText().contains(russiaStatements + " statements"),
                "the entity's counts before expanding, as the endpoint counts them: " + russiaStatements);
        clickNode("https://w3id.org/diplokg/id/country/US");
        waiting().until(d -> d.findElement(By.id("node-panel")).getText().contains("美国"));
        WebElement expand = browser.findElement(By.id("expand-node"));
        assertTrue(expand.getText().matches("Expand \\(\\d+ of \\d+ neighbours\\)"), expand.getText());
        expand.click();
        waiting().until(d -> ((Number) script("return window.diplokgGraph.nodes().length")).longValue() > before);
        assertTrue(browser.findElement(By.id("collapse-node")).isDisplayed(), "an expanded node can be collapsed");
        assertTrue(((Number) script("return window.diplokgGraph.edges('[kind = \"co-mention\"]').length")).intValue() > 0);
        assertTrue(browser.findElement(By.id("expansions")).isDisplayed(), "the expansion's queries are shown");
        screenshot("graph");
        browser.findElement(By.id("collapse-node")).click();
        waiting().until(d -> ((Number) script("return window.diplokgGraph.nodes().length")).longValue() == before);
    }

    /**
     * A researcher's filters: the overview narrowed to 2022 and to the minister's answers, the
     * countries named there; the Taiwan statements over a range of years, oldest first; a search
     * for two words; and the Turtle download of every statement naming Russia. Each count is the
     * endpoint's.
     */
    @Test
    void aResearcherNarrowsByYearAndRoleSearchesTwoWordsAndDownloadsEveryStatement() throws IOException {
        String endpoint = server.sparqlEndpoint();
        browser.get(base() + "/explore/");
        browser.findElement(By.xpath("//div[contains(@class,'facet-year')]//a[text()='2022']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("year=2022"));
        int in2022 = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; dkg:date ?d FILTER (YEAR(?d) = 2022) }");
        assertTrue(browser.findElement(By.cssSelector("p.filters")).getText().startsWith("Showing " + in2022 + " statements: 2022"));
        browser.findElement(By.xpath("//div[contains(@class,'facet-role')]//a[text()='回答']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("role=answer") && d.getCurrentUrl().contains("year=2022"));
        int answers2022 = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s dkg:answers ?q ; dkg:date ?d FILTER (YEAR(?d) = 2022) }");
        assertTrue(browser.findElement(By.cssSelector("p.filters")).getText().startsWith("Showing " + answers2022 + " statements: 2022 · 回答"));
        assertTrue(browser.findElement(By.cssSelector(".facet-role li.current")).getText().startsWith("回答"), "the role chosen is marked");
        fullPage("facets", 1280);

        browser.findElement(By.cssSelector(".kind-country p a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/explore/entities?kind=country"));
        WebElement russiaRow = browser.findElement(By.xpath("//table[contains(@class,'per-year')]//tr[td/a[text()='俄罗斯']]"));
        int russiaAnswers2022 = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <"
                + "https://w3id.org/diplokg/id/country/RU> ; nif:referenceContext ?s . ?s dkg:answers ?q ; dkg:date ?d FILTER (YEAR(?d) = 2022) }");
        assertEquals(List.of("俄罗斯", Integer.toString(russiaAnswers2022), Integer.toString(russiaAnswers2022)),
                russiaRow.findElements(By.tagName("td")).stream().map(WebElement::getText).toList(), "one column: 2022, and the total");
        screenshot("countries-per-year");

        browser.get(base() + "/explore/entity?iri=https://w3id.org/diplokg/id/region/taiwan");
        browser.findElement(By.cssSelector("form.year-range input[name=from]")).sendKeys("2020");
        browser.findElement(By.cssSelector("form.year-range input[name=to]")).sendKeys("2021");
        browser.findElement(By.cssSelector("form.year-range button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("from=2020") && d.getCurrentUrl().contains("to=2021"));
        browser.findElement(By.linkText("oldest first")).click();
        waiting().until(d -> d.getCurrentUrl().contains("order=oldest"));
        List<String> dates = browser.findElements(By.cssSelector("li.statement .date")).stream().map(WebElement::getText).toList();
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef "
                + "<https://w3id.org/diplokg/id/region/taiwan> ; nif:referenceContext ?s . ?s dkg:date ?d FILTER (YEAR(?d) <= 2021) }"), dates.size());
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
        assertTrue(dates.stream().allMatch(d -> d.compareTo("2022") < 0), dates.toString());

        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("中美 竞争");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/explore/search"));
        List<WebElement> found = browser.findElements(By.cssSelector("li.statement p.text"));
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:Statement ; nif:isString ?t "
                + "FILTER (CONTAINS(?t, \"中美\") && CONTAINS(?t, \"竞争\")) }"), found.size());
        found.forEach(p -> assertTrue(p.getText().contains("中美") && p.getText().contains("竞争"), p.getText()));
        screenshot("search-two-words");

        browser.get(base() + "/explore/entity?iri=https://w3id.org/diplokg/id/country/RU");
        WebElement download = browser.findElement(By.partialLinkText("as Turtle"));
        int russia = ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef "
                + "<https://w3id.org/diplokg/id/country/RU> ; nif:referenceContext ?s }");
        assertEquals("all " + russia + " as Turtle", download.getText());
        // The browser fetches the file as a click would, from the same origin.
        String turtle = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", download.getAttribute("href"));
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(model);
        List<org.apache.jena.query.QuerySolution> statements = ExplorerClient.select(endpoint, "SELECT DISTINCT ?s WHERE { ?m itsrdf:taIdentRef "
                + "<https://w3id.org/diplokg/id/country/RU> ; nif:referenceContext ?s }");
        statements.forEach(r -> assertTrue(model.contains(r.getResource("s"), org.apache.jena.vocabulary.RDF.type,
                org.w3id.diplokg.vocab.DKG.Statement), "every statement naming Russia: " + r));
    }

    /**
     * Issue 12's research tasks beyond the countries per year: everything said about the EU with
     * dates and the asking outlet; the Taiwan statements in date order, its questions with their
     * outlets; which outlets asked about which countries; an entity's statements as Turtle that
     * passes the shapes and keeps the spans; what China opposed in 2022. Each count is the endpoint's.
     */
    @Test
    void theResearchTasksWalkedInTheBrowser() throws IOException {
        String endpoint = server.sparqlEndpoint();
        String eu = "https://w3id.org/diplokg/id/organization/EU";
        browser.get(base() + "/explore/entity?iri=" + eu + "&all=1");
        List<WebElement> euStatements = browser.findElements(By.cssSelector("li.statement"));
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <" + eu
                + "> ; nif:referenceContext ?s }"), euStatements.size(), "everything said about the EU");
        euStatements.forEach(li -> assertTrue(li.findElement(By.cssSelector(".date")).getText().matches("\\d{4}-\\d{2}-\\d{2}.*"),
                "a date: " + li.getText()));
        assertTurnsNameTheirOutlets(endpoint, eu, euStatements);
        fullPage("eu-statements", 1280);

        String taiwan = "https://w3id.org/diplokg/id/region/taiwan";
        browser.get(base() + "/explore/entity?iri=" + taiwan + "&order=oldest&all=1");
        List<WebElement> taiwanStatements = browser.findElements(By.cssSelector("li.statement"));
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <" + taiwan
                + "> ; nif:referenceContext ?s }"), taiwanStatements.size(), "every Taiwan statement");
        List<String> dates = taiwanStatements.stream().map(li -> li.findElement(By.cssSelector(".date")).getText()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        int questions = assertTurnsNameTheirOutlets(endpoint, taiwan, taiwanStatements);
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m itsrdf:taIdentRef <" + taiwan
                + "> ; nif:referenceContext ?s . ?s dkg:partOf ?q . ?q a dkg:Question }"), questions, "Taiwan's questions listed");
        assertTrue(questions > 0, "the Taiwan questions");
        fullPage("taiwan-in-date-order", 1280);

        browser.get(base() + "/explore/asked?kind=country");
        java.util.Map<String, String> cells = new java.util.TreeMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.asked tbody tr"))) {
            List<WebElement> tds = row.findElements(By.tagName("td"));
            String outlet = iriOf(tds.get(0).findElement(By.tagName("a")));
            for (WebElement country : tds.get(2).findElements(By.tagName("a"))) {
                cells.put(outlet + " " + iriOf(country), country.findElement(By.xpath("following-sibling::span[1]")).getText());
            }
        }
        java.util.Map<String, String> atEndpoint = new java.util.TreeMap<>();
        ExplorerClient.select(endpoint, "SELECT ?o ?e (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q dkg:askedBy ?o . ?s dkg:partOf ?q . "
                + "?m nif:referenceContext ?s ; itsrdf:taIdentRef ?e . ?e a dkg:Country } GROUP BY ?o ?e").forEach(r -> atEndpoint.put(
                r.getResource("o").getURI() + " " + r.getResource("e").getURI(), Integer.toString(r.getLiteral("n").getInt())));
        assertTrue(!cells.isEmpty());
        assertEquals(atEndpoint, cells, "each outlet's questions per country");
        fullPage("outlets-countries", 1280);

        String us = "https://w3id.org/diplokg/id/country/US";
        browser.get(base() + "/explore/entity?iri=" + us);
        WebElement download = browser.findElement(By.partialLinkText("as Turtle"));
        assertTrue(download.isDisplayed());
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].style.outline = '3px solid #c00';", download);
        screenshot("entity-turtle-download");
        String turtle = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", download.getAttribute("href"));
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(model);
        org.apache.jena.shacl.ValidationReport report = org.apache.jena.shacl.ShaclValidator.get()
                .validate(org.w3id.diplokg.ontology.Ontology.shapes(), model.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(5).map(Object::toString).toList().toString());
        List<org.apache.jena.query.QuerySolution> spans = ExplorerClient.select(endpoint, "SELECT DISTINCT ?s ?span ?b ?e WHERE { "
                + "?m itsrdf:taIdentRef <" + us + "> ; nif:referenceContext ?s . ?s dkg:span ?span . ?span dkg:beginOffset ?b ; dkg:endOffset ?e }");
        assertTrue(!spans.isEmpty());
        for (org.apache.jena.query.QuerySolution r : spans) {
            org.apache.jena.rdf.model.Resource span = r.getResource("span");
            assertTrue(model.contains(r.getResource("s"), org.w3id.diplokg.vocab.DKG.span, span), "the span of " + r);
            assertTrue(model.contains(span, org.w3id.diplokg.vocab.DKG.beginOffset, r.getLiteral("b"))
                    && model.contains(span, org.w3id.diplokg.vocab.DKG.endOffset, r.getLiteral("e")), "the offsets of " + r);
        }

        String china = "https://w3id.org/diplokg/id/country/CN";
        browser.get(base() + "/explore/entity?iri=" + china);
        browser.findElement(By.xpath("//div[contains(@class,'facet-year')]//a[text()='2022']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("year=2022"));
        browser.findElement(By.xpath("//ul[@class='relation-types']//a[text()='反对']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("relation=Opposition"));
        List<WebElement> opposed = browser.findElements(By.cssSelector("table.relations tbody tr"));
        assertEquals(ExplorerClient.countAt(endpoint, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r dkg:relationType dkg:Opposition ; "
                + "dkg:party|dkg:object <" + china + "> ; dkg:evidence ?s . ?s dkg:date ?d FILTER (YEAR(?d) = 2022) }"), opposed.size());
        assertTrue(!opposed.isEmpty());
        for (WebElement row : opposed) {
            List<WebElement> tds = row.findElements(By.tagName("td"));
            assertTrue(tds.get(0).getText().startsWith("2022"), row.getText());
            assertEquals("反对", tds.get(1).getText());
        }
        script("document.getElementById('relations-title').scrollIntoView();");
        screenshot("china-opposed-2022");
    }

    /** The IRI a link to an entity's or outlet's page names. */
    private static String iriOf(WebElement link) {
        return java.net.URLDecoder.decode(link.getAttribute("href").replaceFirst(".*[?&]iri=([^&#]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Each listed statement naming {@code entity} that asks or answers a question names the outlet
     * that asked, as the endpoint has it; the number of question statements listed is returned.
     */
    private static int assertTurnsNameTheirOutlets(String endpoint, String entity, List<WebElement> listed) {
        List<org.apache.jena.query.QuerySolution> turns = ExplorerClient.select(endpoint, "SELECT DISTINCT ?s ?text ?role ?label WHERE { "
                + "?m itsrdf:taIdentRef <" + entity + "> ; nif:referenceContext ?s . ?s nif:isString ?text . "
                + "{ ?s dkg:partOf ?q BIND (\"asked by \" AS ?role) } UNION { ?s dkg:answers ?q BIND (\"answers \" AS ?role) } "
                + "?q a dkg:Question ; dkg:askedBy ?o . ?o skos:prefLabel ?label FILTER (lang(?label) = \"zh\") }");
        assertTrue(!turns.isEmpty(), "statements of questions and answers naming " + entity);
        java.util.Set<String> questions = new java.util.HashSet<>();
        for (org.apache.jena.query.QuerySolution turn : turns) {
            String text = turn.getLiteral("text").getString();
            String words = turn.getLiteral("role").getString() + turn.getLiteral("label").getString();
            assertTrue(listed.stream().anyMatch(li -> li.findElement(By.cssSelector("p.text")).getText().equals(text)
                    && li.findElements(By.cssSelector("p.meta a")).stream().anyMatch(a -> a.getText().startsWith(words))),
                    "listed with its outlet (" + words + "): " + text);
            if (turn.getLiteral("role").getString().startsWith("asked")) {
                questions.add(turn.getResource("s").getURI());
            }
        }
        return questions.size();
    }

    /** Clicks a node where Cytoscape drew it on the canvas, as a person would. */
    private static void clickNode(String id) {
        WebElement canvas = browser.findElement(By.id("cy"));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> at = (java.util.Map<String, Number>) script(
                "var p = window.diplokgGraph.getElementById(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", id);
        int x = at.get("x").intValue() - canvas.getSize().getWidth() / 2;
        int y = at.get("y").intValue() - canvas.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
    }

    @Test
    void theLabelSwitchTheKeyboardAndANarrowScreen() throws IOException {
        browser.get(base() + "/explore/entity?iri=https://w3id.org/diplokg/id/country/CN");
        browser.findElement(By.id("lang-switch")).click();
        waiting().until(d -> d.getCurrentUrl().contains("lang=en"));
        assertTrue(browser.findElement(By.cssSelector("aside .together")).getText().contains("United States"), "English labels");
        assertEquals("中文 labels", browser.findElement(By.id("lang-switch")).getText());

        browser.get(base() + "/explore/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("a", focused.getTagName(), "links are reached with the keyboard");
        String outline = focused.getCssValue("outline-style");
        assertEquals("solid", outline, "focus is visible");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/explore/", "/explore/entity?iri=https://w3id.org/diplokg/id/country/CN",
                    "/explore/document?iri=https://w3id.org/diplokg/id/document/003_110b0fdd1e2310aa",
                    "/explore/search?q=%E4%B8%80%E5%B8%A6%E4%B8%80%E8%B7%AF")) {
                browser.get(base() + page);
                long overflow = ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                assertTrue(overflow <= 1, page + " scrolls sideways by " + overflow + " px on a narrow screen");
            }
            screenshot("narrow-search");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
