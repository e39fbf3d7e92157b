package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question's own outlet is read with it: an Indian outlet asking about 中印关系 means India, though the text names
 * Indonesia (印度尼西亚) twice and India nowhere else; and a minister introduced with several offices joined by 兼
 * answers under his bare name.
 */
class QuestionOutletAbbreviationTest {
    private static final String CONFERENCE = """
            钱其琛副总理兼外长就中国外交政策和国际问题答中外记者问

            （1998年3月7日，北京）

            新华社记者：亚洲金融危机对中国有何影响？

            钱其琛：这场危机波及印度尼西亚、马来西亚等国家，中方向印度尼西亚提供了力所能及的援助。

            印度报业托拉斯记者：中印关系近年来有何进展？

            钱其琛：两国关系稳步发展，双方同意通过友好协商解决边界问题。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "conference_1998-03-07.txt", CONFERENCE);
    }

    @Test
    void theIndianOutletsQuestionAboutZhongYinNamesIndia() {
        assertEquals(List.of("印度"), TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?m nif:anchorOf "印" ; itsrdf:taIdentRef ?e . ?e rdfs:label ?label
                  FILTER (lang(?label) = "zh") }"""));
    }

    @Test
    void theMinisterAnswersUnderHisBareName() {
        assertEquals(List.of("钱其琛"), TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?answer dkg:answers ?q ; dkg:speaker ?p . ?p skos:prefLabel ?label FILTER (lang(?label) = "zh") }"""));
        assertEquals(List.of("2"), TranscriptGraph.labels(dataset, """
                SELECT (STR(COUNT(DISTINCT ?q)) AS ?label) WHERE { ?q a dkg:Question }"""), "the answers are no questions");
    }
}
