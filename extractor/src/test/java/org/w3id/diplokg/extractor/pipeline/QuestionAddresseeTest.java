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
 * 您 (or 阁下) in an interviewer's question is the person who answers it: 您即将对法国进行国事访问 is the interviewee's visit,
 * as a reader takes it; 您 in a question no one named answers stands for no one.
 */
class QuestionAddresseeTest {
    private static final String INTERVIEW = """
            王毅接受法国《费加罗报》专访

            2023年3月1日

            记者：您即将对法国进行正式访问。上个月，您访问了德国。外长阁下还将访问意大利。您对此访有何期待？

            王毅：我期待同法方深入交流。
            """;

    private static final String VISITORS = """
            SELECT ?label WHERE { ?r dkg:relationType dkg:Visit ; dkg:party ?p ; dkg:object ?o .
              ?o rdfs:label "%s"@zh . ?p rdfs:label ?label FILTER (lang(?label) = "zh") } ORDER BY ?label""";

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "interview_2023-03-01.txt", INTERVIEW);
    }

    @Test
    void youInAQuestionIsWhoAnswersIt() {
        assertEquals(List.of("王毅"), TranscriptGraph.labels(dataset, VISITORS.formatted("法国")));
        assertEquals(List.of("王毅"), TranscriptGraph.labels(dataset, VISITORS.formatted("德国")), "after a time and a comma");
        assertEquals(List.of("王毅"), TranscriptGraph.labels(dataset, VISITORS.formatted("意大利")), "阁下, Your Excellency");
    }

    @Test
    void youInAQuestionNoOneNamedAnswersIsNoOne(@TempDir Path other) throws IOException {
        DatasetGraph unanswered = TranscriptGraph.extract(other, "interview_2023-03-02.txt", """
                王毅接受法国《费加罗报》专访

                2023年3月2日

                记者：您即将对法国进行正式访问。
                """);
        assertEquals(List.of(), TranscriptGraph.labels(unanswered, VISITORS.formatted("法国")));
    }
}
