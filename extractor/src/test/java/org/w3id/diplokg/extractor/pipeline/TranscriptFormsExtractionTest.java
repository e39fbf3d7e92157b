package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.ontology.Ontology;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * The whole pipeline, without a manifest, on one small text of each kind the ministry publishes
 * besides the NPC press conferences (src/test/resources/transcript-forms): what `diplokg build`
 * writes for them, read back through SPARQL.
 */
class TranscriptFormsExtractionTest {
    private static final String PREFIXES = Namespaces.prologue();
    private static DatasetGraph dataset;
    private static ExtractionReport report;

    @BeforeAll
    static void extract() throws IOException, URISyntaxException {
        Path folder = Path.of(TranscriptFormsExtractionTest.class.getResource("/transcript-forms").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        dataset = DatasetGraphFactory.createTxnMem();
        report = Extraction.builder().build().run(files, StreamRDFLib.dataset(dataset));
    }

    private static List<String> select(String query) {
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(union).query(PREFIXES + query).build()) {
            execution.execSelect().forEachRemaining(row -> {
                List<String> cells = new ArrayList<>();
                row.varNames().forEachRemaining(name -> cells.add(row.get(name).isLiteral()
                        ? row.getLiteral(name).getLexicalForm() : row.getResource(name).getURI()));
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }

    @Test
    void everyTextIsBuiltAndValid() {
        assertFalse(report.hasFailures(), () -> report.failures().toString());
        ValidationReport validation = Ontology.validate(dataset.getUnionGraph());
        assertTrue(validation.conforms(), () -> validation.getEntries().toString());
    }

    @Test
    void eachTextIsDatedByItsEvent() {
        assertEquals(List.of(
                "briefing_2023-03-08.txt 2023-03-08 opening sentence",
                "interview_2023-03-07.txt 2023-03-07 header",
                "joint-press-conference_2021-03-23.txt 2021-03-23 dateline",
                "joint-statement_2023-05-19.txt 2023-05-19 event line",
                "speech_2019-02-16.txt 2019-02-16 event line"),
                select("SELECT ?file ?date ?source WHERE { ?d a dkg:Document ; dkg:sourceFile ?file ; dkg:date ?date ;"
                        + " dkg:dateSource ?source } ORDER BY ?file"));
    }

    @Test
    void speakersAreThePeopleWhoSpeakAndStatementsCountPerSpeaker() {
        assertEquals(List.of(
                "briefing_2023-03-08.txt 毛宁 7",
                "interview_2023-03-07.txt 王毅 4",
                "joint-press-conference_2021-03-23.txt 王毅 5",
                "joint-press-conference_2021-03-23.txt 谢尔盖·拉夫罗夫 2",
                "speech_2019-02-16.txt 王毅 7"),
                select("""
                        SELECT ?file ?name (COUNT(DISTINCT ?s) AS ?statements) WHERE {
                          ?s dkg:inDocument ?d ; dkg:speaker ?p . ?d dkg:sourceFile ?file .
                          ?p skos:prefLabel ?name FILTER (lang(?name) = "zh") }
                        GROUP BY ?file ?name ORDER BY ?file ?name"""));
        assertEquals(List.of("https://w3id.org/diplokg/id/person/毛宁"),
                select("SELECT DISTINCT ?p WHERE { ?s dkg:speaker ?p ; nif:isString ?t FILTER (CONTAINS(?t, \"出口管制\")) }"));
    }

    @Test
    void questionsHaveTheirOutletsAndTheirAnswers() {
        assertEquals(List.of(
                "briefing_2023-03-08.txt 3 2 3",
                "interview_2023-03-07.txt 2 2 2", // the interview given to 《金融时报》: its questions are that outlet's
                "joint-press-conference_2021-03-23.txt 2 2 2"),
                select("""
                        SELECT ?file (COUNT(DISTINCT ?q) AS ?questions) (COUNT(DISTINCT ?asked) AS ?withOutlet)
                               (COUNT(DISTINCT ?answeredQuestion) AS ?answered) WHERE {
                          ?q a dkg:Question ; dkg:inDocument ?d . ?d dkg:sourceFile ?file .
                          OPTIONAL { ?q dkg:askedBy ?o BIND (?q AS ?asked) }
                          OPTIONAL { ?a dkg:answers ?q BIND (?q AS ?answeredQuestion) } }
                        GROUP BY ?file ORDER BY ?file"""));
    }
}
