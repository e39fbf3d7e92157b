package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;

/**
 * One statement per sentence across the two renditions of 2021-03-07 (seeds 000 and 001): a
 * sentence they word alike up to OCR-level differences is one statement with a span in each, the
 * span of the other wording holding it as dkg:variantText; sentences that only share words stay two.
 */
class RenditionsGraphTest {
    private static final String RENDITIONS = """
            VALUES ?document { doc:000_d9d0ae3ca28eebeb doc:001_91b48a67ea093576 }""";

    @Test
    void aNearDuplicatePairOf000And001IsOneStatementWithTwoSpans() {
        List<QuerySolution> spans = SeedsWithoutCoreNlp.select("""
                SELECT ?text ?file ?variant WHERE {
                  ?s nif:isString ?text ; dkg:span ?span .
                  ?span dkg:document/dkg:sourceFile ?file .
                  OPTIONAL { ?span dkg:variantText ?variant }
                  FILTER (STRSTARTS(?text, "世界越是动荡不"))
                } ORDER BY ?file""");
        assertEquals(2, spans.size(), spans.toString());
        assertEquals("世界越是动荡不安，中俄合作越要坚定前行。", spans.get(0).getLiteral("text").getString());
        assertEquals(spans.get(0).get("text"), spans.get(1).get("text"));
        assertEquals("000_d9d0ae3ca28eebeb.txt", spans.get(0).getLiteral("file").getString());
        assertEquals("世界越是动荡不宁，中俄合作越要坚定前行。", spans.get(0).getLiteral("variant").getString());
        assertFalse(spans.get(1).contains("variant"), "001's own wording is the statement's");
    }

    @Test
    void the2021PressConferenceCountsEachSentenceOnce() {
        // Statements of the event: those in either rendition. Before the renditions were aligned,
        // the 39 sentences worded differently by 000 and 001 were counted twice.
        int statements = SeedsWithoutCoreNlp.select("""
                SELECT DISTINCT ?s WHERE { %s ?s a dkg:Statement ; dkg:inDocument ?document }""".formatted(RENDITIONS)).size();
        int shared = SeedsWithoutCoreNlp.select("""
                SELECT ?s WHERE { ?s a dkg:Statement ; dkg:inDocument doc:000_d9d0ae3ca28eebeb , doc:001_91b48a67ea093576 }""").size();
        int reworded = SeedsWithoutCoreNlp.select("""
                SELECT DISTINCT ?s WHERE { ?s dkg:span/dkg:variantText ?variant ; dkg:inDocument doc:000_d9d0ae3ca28eebeb ,
                  doc:001_91b48a67ea093576 }""").size();
        assertEquals(39, reworded);
        assertEquals(132 + 39, shared, "identical after normalisation, and reworded");
        assertEquals(statementsIn("000") + statementsIn("001") - shared, statements);
        assertEquals(315, statements, "268 + 218 - 171 (001 has two title lines); 354 before");
        assertTrue(SeedsWithoutCoreNlp.ask("""
                ASK { doc:000_d9d0ae3ca28eebeb dkg:renditionOf doc:001_91b48a67ea093576 .
                      doc:001_91b48a67ea093576 dkg:renditionOf doc:000_d9d0ae3ca28eebeb }"""));
        assertFalse(SeedsWithoutCoreNlp.ask("ASK { doc:002_14f217126f1f39bb dkg:renditionOf ?other }"));
    }

    private static int statementsIn(String key) {
        return SeedsWithoutCoreNlp.select("""
                SELECT DISTINCT ?s WHERE { ?s a dkg:Statement ; dkg:inDocument ?d . ?d dkg:sourceFile ?file FILTER (STRSTARTS(?file, "%s")) }"""
                .formatted(key)).size();
    }

    @Test
    void aSentenceCutShortByOcrIsTheWholeSentencesStatement() {
        // 000 breaks off 越来越 at a column's end; 001 has the whole sentence.
        assertTrue(SeedsWithoutCoreNlp.ask("""
                ASK { ?s nif:isString "我们有决心继续坚持“一国两制”、“港人治港”、高度自治，也有信心让香港的明天越来越好。" ;
                         dkg:span ?span . ?span dkg:variantText ?cut FILTER (!STRENDS(?cut, "好。")) }"""));
    }

    @Test
    void twoDifferentSentencesOfTwoRenditionsThatShareTheirWordsStayTwoStatements(@TempDir Path temp) throws Exception {
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), """
                a.txt\t2021-03-07\t记者会\t王毅\tone rendition
                b.txt\t2021-03-07\t记者会\t王毅\tanother rendition
                """);
        List<Path> files = List.of(
                Files.writeString(temp.resolve("a.txt"), """
                        记者：您如何评价当前中非关系？
                        王毅：今年是中非合作论坛成立20周年。世界越是动荡不宁，中俄合作越要坚定前行。
                        """),
                Files.writeString(temp.resolve("b.txt"), """
                        记者：您如何评价当前中俄关系？
                        王毅：去年是中非合作论坛成立20周年。世界越是动荡不安，中俄合作越要坚定前行。
                        """));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        ExtractionReport report = Extraction.builder().tagger(EntityTagger.NONE).manifest(manifest).build()
                .run(files, StreamRDFLib.dataset(dataset));
        assertFalse(report.hasFailures(), () -> report.refusals().toString());
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        List<String> statements = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(union).query(SeedsWithoutCoreNlp.PREFIXES + """
                SELECT ?text (COUNT(?span) AS ?spans) WHERE { ?s nif:isString ?text ; dkg:span ?span }
                GROUP BY ?text ORDER BY ?text""").build()) {
            execution.execSelect().forEachRemaining(row ->
                    statements.add(row.getLiteral("text").getString() + " " + row.getLiteral("spans").getInt()));
        }
        // Neither rendition has OCR spaces and both name as much: the wording of the file first by name is kept.
        assertEquals(java.util.Set.of("今年是中非合作论坛成立20周年。 1", "去年是中非合作论坛成立20周年。 1",
                "世界越是动荡不宁，中俄合作越要坚定前行。 2", "您如何评价当前中俄关系？ 1", "您如何评价当前中非关系？ 1"),
                java.util.Set.copyOf(statements));
        assertEquals(5, statements.size());
    }
}
