package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.vocab.DKG;

/**
 * A transcript of several megabytes is extracted, held and checked against the shapes whole, not
 * refused (CoreNLP left out to keep the test quick).
 */
class LargeTranscriptTest {

    @Test
    void aTranscriptOfThreeMegabytesIsExtractedWhole(@TempDir Path temp) throws Exception {
        StringBuilder text = new StringBuilder("新华社北京3月7日电 十三届全国人大五次会议7日在人民大会堂举行记者会。\n");
        int questions = 0;
        while (text.length() < 1_200_000) { // 1.2 M characters, about 3 MB of UTF-8
            questions++;
            text.append("路透社记者：第").append(questions).append("个问题，您如何看待中美关系？\n");
            text.append("王毅：这是第").append(questions).append("次回答。中美两国应当相互尊重、和平共处。")
                    .append("我们愿同美方相向而行，推动两国关系重回正轨。\n");
        }
        Path file = Files.writeString(temp.resolve("large.txt"), text);
        assertTrue(Files.size(file) > 2_900_000, "bytes: " + Files.size(file));

        java.util.Set<String> statements = new java.util.HashSet<>();
        long[] quads = {0};
        ExtractionReport report = Extraction.builder().tagger(EntityTagger.NONE).build().run(List.of(file), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().getURI().endsWith("/large")) {
                    quads[0]++;
                }
                if (quad.getObject().isURI() && quad.getObject().getURI().equals(DKG.Statement.getURI())) {
                    statements.add(quad.getSubject().getURI());
                }
            }
        });
        assertFalse(report.hasFailures(), () -> report.refusals().toString());
        DocumentSummary summary = report.documents().get(0);
        assertEquals(quads[0], summary.quads(), "the document's graph, sent once it passed the shapes");
        assertEquals(questions, summary.questions());
        // The narration, and per question: its sentence, and three answer sentences of which two repeat.
        assertEquals(1 + questions * 4L, summary.statements());
        assertEquals(1 + questions * 2L + 2, statements.size(), "repeated sentences are one statement");
        assertTrue(summary.mentions() >= questions * 4L, "mentions: " + summary.mentions());
    }
}
