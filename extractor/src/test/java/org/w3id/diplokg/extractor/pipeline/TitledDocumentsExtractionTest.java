package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title in title marks that ends in a document's head is an agreement the gazetteer need not know; a paper named in
 * the same marks that asks a question is its outlet, though its name ends in 公报 (communiqué) too.
 */
class TitledDocumentsExtractionTest {
    private static final String BRIEFING = """
            1994年4月20日外交部发言人吴建民举行记者招待会

            菲律宾《马尼拉公报》记者：中国何时恢复关贸总协定缔约国地位？

            吴建民：本月15日，中国代表在马拉喀什签署了《乌拉圭回合多边贸易谈判结果最后文件》。我们注意到《马尼拉公报》的有关报道。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "briefing_1994-04-20.txt", BRIEFING);
    }

    @Test
    void theTitledDocumentIsAnAgreementAndThePaperIsNone() {
        List<String> agreements = TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?m itsrdf:taIdentRef ?e . ?e a dkg:Agreement ; rdfs:label ?label
                  FILTER (lang(?label) = "zh") }""");
        assertTrue(agreements.contains("乌拉圭回合多边贸易谈判结果最后文件"), agreements.toString());
        assertFalse(agreements.contains("马尼拉公报"), "the paper that asked is its outlet: " + agreements);
    }
}
