package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.diplokg.extractor.TestTranscripts.pressConference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.validate.ShapeViolationException;

/**
 * A document reaches the sink whole or not at all: a failure in its last turn, or a graph that
 * breaks a SHACL shape, leaves nothing of it, while the other documents are written (CoreNLP left
 * out: the taggers here are the test's own).
 */
class DocumentAllOrNothingTest {
    @TempDir
    Path temp;

    private List<Path> threeDocuments() throws Exception {
        return List.of(
                Files.writeString(temp.resolve("a_first.txt"), pressConference(7, "中俄关系")),
                Files.writeString(temp.resolve("b_middle.txt"), pressConference(8, "中欧关系")),
                Files.writeString(temp.resolve("c_last.txt"), pressConference(9, "中日关系")));
    }

    /** Every quad the sink holds that names the document, its source or its text. */
    private static List<Quad> traces(DatasetGraph sink, String fileKey, String text) {
        List<Quad> found = new ArrayList<>();
        sink.find().forEachRemaining(quad -> {
            for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getObject())) {
                String value = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : "";
                if (value.contains(fileKey) || value.contains(text)) {
                    found.add(quad);
                    return;
                }
            }
        });
        return found;
    }

    private static Node graphOf(String fileKey) {
        return NodeFactory.createURI("https://w3id.org/diplokg/id/graph/" + fileKey);
    }

    @Test
    void aFailureInTheLastTurnLeavesNothingOfThatDocumentAndTheOthersAreWritten() throws Exception {
        AtomicInteger taggedBeforeFailing = new AtomicInteger();
        EntityTagger failsOnTheLastAnswer = sentence -> {
            if (sentence.contains("中欧关系将继续")) {
                throw new IllegalStateException("the tagger broke down");
            }
            if (sentence.contains("中欧")) {
                taggedBeforeFailing.incrementAndGet();
            }
            return Tagging.NONE;
        };
        List<Path> crashed = new ArrayList<>();
        DatasetGraph sink = DatasetGraphFactory.createTxnMem();
        ExtractionReport report = Extraction.builder().tagger(failsOnTheLastAnswer).listener(new ExtractionListener() {
            @Override
            public void failedInternally(Path file, InternalFailure failure) {
                crashed.add(file);
            }
        }).build().run(threeDocuments(), StreamRDFLib.dataset(sink));

        assertTrue(taggedBeforeFailing.get() >= 2, "the question and first answer on 中欧 were extracted before the failure");
        assertEquals(List.of("a_first.txt", "c_last.txt"), report.documents().stream().map(DocumentSummary::sourceFile).toList());
        assertTrue(report.failures().isEmpty(), "a bug is not bad input: " + report.failures());
        assertEquals(1, report.internalFailures().size());
        InternalFailure failure = report.internalFailures().get(0);
        assertEquals("b_middle.txt", failure.file().getFileName().toString());
        assertInstanceOf(IllegalStateException.class, failure.error());
        assertTrue(failure.message().contains("internal error"), failure.message());
        assertEquals(List.of(failure.file()), crashed);

        assertFalse(sink.containsGraph(graphOf("b_middle")));
        assertEquals(List.of(), traces(sink, "b_middle", "中欧"), "nothing of the failed document");
        assertTrue(sink.containsGraph(graphOf("a_first")) && sink.containsGraph(graphOf("c_last")));
        assertFalse(traces(sink, "c_last", "中日关系将继续向前发展").isEmpty(), "the last turn of the next document");
    }

    @Test
    void aDocumentWhoseGraphBreaksAShapeIsRefusedNamingTheShapeAndTheOthersAreWritten() throws Exception {
        // A tagger whose span says one name while its offsets cover other characters: the mention's
        // anchor then is not the text at its offsets, which dkgsh:PhraseShape forbids.
        EntityTagger misplacedSpan = sentence -> {
            int at = sentence.indexOf("典范");
            if (sentence.startsWith("中欧") && at >= 0) {
                return new Tagging(List.of(new NerSpan(at, at + 2, "张三丰", "PERSON")), null, null);
            }
            return Tagging.NONE;
        };
        DatasetGraph sink = DatasetGraphFactory.createTxnMem();
        ExtractionReport report = Extraction.builder().tagger(misplacedSpan).build().run(threeDocuments(), StreamRDFLib.dataset(sink));

        assertEquals(List.of("a_first.txt", "c_last.txt"), report.documents().stream().map(DocumentSummary::sourceFile).toList());
        assertTrue(report.internalFailures().isEmpty(), () -> report.internalFailures().toString());
        assertEquals(1, report.failures().size());
        InputException refused = report.failures().get(0);
        assertInstanceOf(ShapeViolationException.class, refused);
        String message = refused.getMessage();
        assertTrue(message.startsWith(temp.resolve("b_middle.txt") + ": its graph breaks the SHACL shapes (1 violation)"), message);
        assertTrue(message.contains("dkgsh:PhraseShape, at <https://w3id.org/diplokg/id/mention/"), message);
        assertTrue(message.contains("nif:anchorOf must be the text between nif:beginIndex and nif:endIndex"), message);

        assertEquals(List.of(), traces(sink, "b_middle", "中欧"), "nothing of the refused document");
        assertTrue(sink.containsGraph(graphOf("a_first")) && sink.containsGraph(graphOf("c_last")));
    }
}
