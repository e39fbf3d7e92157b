package org.w3id.diplokg.extractor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.model.AnnotatedDocument;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.Namespaces;

/** The emitter writes the speakers the resolve stage found; it looks nothing up itself. */
class DocumentEmitterTest {

    @Test
    void eachStatementNamesTheSpeakerTheAnnotatorResolved() {
        String text = "李小明：中方欢迎各方积极参与。\n王毅：中俄关系是新型大国关系的典范。\n";
        SourceText source = new SourceText(Path.of("briefing.txt"), "briefing.txt", text, StandardCharsets.UTF_8, "0");
        Document document = new Document(source, LocalDate.of(2023, 3, 8), "dateline", null, List.of(
                new Turn(TurnKind.REMARKS, "李小明", null, List.of(new Sentence("中方欢迎各方积极参与。", 3, 14))),
                new Turn(TurnKind.REMARKS, "王毅", null, List.of(new Sentence("中俄关系是新型大国关系的典范。", 18, 33)))));
        AnnotatedDocument annotated = DocumentAnnotator.standard(DocumentAnnotator.EntityTagger.NONE, Gazetteer.load())
                .annotate(document);
        assertEquals("https://w3id.org/diplokg/id/person/李小明", annotated.turns().get(0).speaker().iri());

        Dataset dataset = DatasetFactory.create();
        new DocumentEmitter().emit(annotated, "urn:test:build", StreamRDFLib.dataset(dataset.asDatasetGraph()));
        String query = Namespaces.prologue() + """
                SELECT ?name ?en WHERE { GRAPH ?g { ?s dkg:speaker ?p . ?p skos:prefLabel ?name FILTER (lang(?name) = "zh")
                  OPTIONAL { ?p skos:prefLabel ?en FILTER (lang(?en) = "en") } } } ORDER BY ?name""";
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            List<String> rows = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(row -> rows.add(
                    row.getLiteral("name").getString() + "/" + (row.contains("en") ? row.getLiteral("en").getString() : "-")));
            assertEquals(List.of("李小明/-", "王毅/Wang Yi"), rows);
        }
    }

    @Test
    void anEntityCarriesEveryNameTheReferenceListKnowsItByAndTheOneSeen() {
        Dataset dataset = emittedSpeech("上海世博会取得圆满成功。", LocalDate.of(2010, 11, 1));
        String query = Namespaces.prologue() + """
                SELECT ?alias WHERE { GRAPH ?g { ?e skos:prefLabel "2010年上海世界博览会"@zh ; skos:altLabel ?alias } } ORDER BY ?alias""";
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            List<String> aliases = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(row -> aliases.add(row.getLiteral("alias").getString()));
            assertTrue(aliases.contains("上海世博会"), "the name seen: " + aliases);
            assertTrue(aliases.contains("中国2010年上海世界博览会"), "the official name the reference list knows: " + aliases);
            assertEquals(aliases.size(), new java.util.HashSet<>(aliases).size(), "each once: " + aliases);
        }
    }

    @Test
    void aRelationsObjectNamedNowhereInTheTextIsDescribedToo() {
        Dataset dataset = emittedSpeech("习近平主席赴华盛顿出席了峰会。", LocalDate.of(2023, 3, 8));
        String query = Namespaces.prologue() + """
                ASK { GRAPH ?g { ?r dkg:relationType dkg:Visit ; dkg:object ?state . ?state a dkg:Entity ; skos:prefLabel "美国"@zh } }""";
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            assertTrue(execution.execAsk(), "the visit to 华盛顿 is a visit to the United States, described though the text never names it");
        }
    }

    /** The graph of a one-sentence speech by 王毅, annotated and emitted. */
    private static Dataset emittedSpeech(String sentence, LocalDate date) {
        String text = "王毅：" + sentence + "\n";
        SourceText source = new SourceText(Path.of("speech.txt"), "speech.txt", text, StandardCharsets.UTF_8, "0");
        Document document = new Document(source, date, "dateline", null, List.of(
                new Turn(TurnKind.REMARKS, "王毅", null, List.of(new Sentence(sentence, 3, 3 + sentence.length())))));
        AnnotatedDocument annotated = DocumentAnnotator.standard(DocumentAnnotator.EntityTagger.NONE, Gazetteer.load())
                .annotate(document);
        Dataset dataset = DatasetFactory.create();
        new DocumentEmitter().emit(annotated, "urn:test:build", StreamRDFLib.dataset(dataset.asDatasetGraph()));
        return dataset;
    }
}
