package org.w3id.diplokg.extractor.cache;

import java.util.List;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * What the extractor is, as one SHA-256 ({@link CodeFingerprint}): the code and resources of the
 * extractor and ontology modules (rules, word lists, gazetteer, shapes) and the CoreNLP, model and
 * Jena jars. A cached graph made by another fingerprint is never used.
 */
public final class ExtractorFingerprint {
    private static volatile String current;

    private ExtractorFingerprint() {}

    /** The fingerprint of the extractor this JVM runs (computed once). */
    public static String current() {
        String fingerprint = current;
        if (fingerprint == null) {
            fingerprint = CodeFingerprint.of(List.of(Extraction.class, Gazetteer.class), List.of(
                    "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
                    "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz",
                    "org/apache/jena/graph/Graph.class",
                    "org/apache/jena/shacl/ShaclValidator.class"));
            current = fingerprint;
        }
        return fingerprint;
    }
}
