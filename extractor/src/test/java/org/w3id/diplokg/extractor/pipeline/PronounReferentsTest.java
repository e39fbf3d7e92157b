package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 他 in a sentence after the one that named a person is that person, for the relations the sentence states; where an
 * earlier clause of the same sentence names persons, it is left unread; the graph's mentions stay the names written.
 */
class PronounReferentsTest {
    private static final String SPEECH = """
            王毅在招待会上的讲话

            （2019年4月20日，北京）

            国务委员兼外交部长 王毅

            巴基斯坦总理伊姆兰·汗将于下周对中国进行正式访问。这是他半年内第二次来华。李克强总理将同他举行会谈。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "speech_2019-04-20.txt", SPEECH);
    }

    @Test
    void thePronounIsThePersonNamedBefore() {
        List<String> met = TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?r dkg:relationType dkg:Meeting ; dkg:party ?p . ?p skos:prefLabel ?label
                  FILTER (lang(?label) = "zh") }""");
        assertTrue(met.contains("李克强") && met.stream().anyMatch(l -> l.contains("伊姆兰")), met.toString());
        List<String> came = TranscriptGraph.labels(dataset, """
                SELECT DISTINCT ?label WHERE { ?r dkg:relationType dkg:Visit ; dkg:party ?p ; dkg:evidence/nif:isString ?s .
                  ?p skos:prefLabel ?label FILTER (lang(?label) = "zh" && CONTAINS(?s, "第二次来华")) }""");
        assertEquals(1, came.size(), came.toString());
        assertTrue(came.get(0).contains("伊姆兰"), came.toString());
    }

    @Test
    void thePronounIsNoMentionInTheGraph() {
        assertEquals(List.of(), TranscriptGraph.labels(dataset, """
                SELECT ?label WHERE { ?m nif:anchorOf ?label FILTER (?label = "他") }"""));
    }
}
