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
 * 两国元首 in a later turn are the heads of state an earlier turn named with title and state: the
 * spokesperson's announcement names them, the answer to a question after it says only 两国元首.
 */
class HeadsOfStateAcrossTurnsTest {
    private static final String BRIEFING = """
            2023年3月31日外交部发言人毛宁主持例行记者会

            毛宁：应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。

            法新社记者：中方对此访有何期待？

            毛宁：访问期间，两国元首将就中法关系举行会谈。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "briefing_2023-03-31.txt", BRIEFING);
    }

    @Test
    void theHeadsOfStateOfAnEarlierTurnMeetInALaterOne() {
        assertEquals(List.of("习近平", "马克龙"), TranscriptGraph.labels(dataset, """
                SELECT ?label WHERE { ?r dkg:relationType dkg:Meeting ; dkg:party ?p ; dkg:evidence ?s .
                  ?s nif:isString ?text FILTER (CONTAINS(?text, "两国元首"))
                  ?p rdfs:label ?label FILTER (lang(?label) = "zh") } ORDER BY ?label"""));
    }
}
