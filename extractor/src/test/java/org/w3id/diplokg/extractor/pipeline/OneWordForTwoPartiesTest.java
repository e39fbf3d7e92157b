package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.ontology.Ontology;

/**
 * 两伊 names Iran and Iraq with one word: the graph holds a mention of each, both anchored on 两伊 (两 alone is no
 * name of Iran), and stays valid under the shapes, which give a mention one entity.
 */
class OneWordForTwoPartiesTest {
    private static final String BRIEFING = """
            外交部发言人举行记者招待会

            （1985年4月10日）

            问：中方对两伊局势有何评论？

            答：我们希望两伊通过和平谈判解决争端。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "briefing_1985-04-10.txt", BRIEFING);
    }

    @Test
    void eachPartyHasItsMentionOnTheWholeWord() {
        List<String> named = TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?m nif:anchorOf "两伊" ; itsrdf:taIdentRef ?e . ?e skos:prefLabel ?label
                  FILTER (lang(?label) = "zh") } ORDER BY ?label""");
        assertEquals(List.of("伊拉克", "伊朗"), named);
        assertEquals(List.of(), TranscriptGraph.labels(dataset, """
                SELECT ?label WHERE { ?m nif:anchorOf ?label FILTER (?label = "两" || ?label = "伊") }"""));
    }

    @Test
    void theGraphStaysValid() {
        ValidationReport validation = Ontology.validate(dataset.getUnionGraph());
        assertTrue(validation.conforms(), () -> validation.getEntries().toString());
    }
}
