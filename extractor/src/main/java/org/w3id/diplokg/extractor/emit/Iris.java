package org.w3id.diplokg.extractor.emit;

import org.w3id.diplokg.data.Sha256;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.vocab.DKG;

/**
 * Mints the IRIs of everything the extractor writes. Statements and questions are named by a hash
 * of their content and date, so the same sentence in two sources, or in two builds, is one resource.
 */
public final class Iris {
    private Iris() {}

    /** "000_d9d0ae3ca28eebeb.txt" -> "000_d9d0ae3ca28eebeb". */
    public static String documentKey(String sourceFile) {
        int dot = sourceFile.lastIndexOf('.');
        return dot > 0 ? sourceFile.substring(0, dot) : sourceFile;
    }

    public static String document(String sourceFile) { return DKG.id("document", documentKey(sourceFile)); }

    public static String graph(String sourceFile) { return DKG.id("graph", documentKey(sourceFile)); }

    public static String source(String sourceFile) { return DKG.id("source", sourceFile); }

    public static String provenanceGraph() { return DKG.id("graph", "provenance"); }

    /**
     * Hash key of a statement: what was said, after normalisation, at the event of that date. Two
     * renditions of one press conference share their statements; the same words said at another
     * event (下面，我愿回答大家的提问。 every year) are another statement. The speaker is left out
     * because a rendition may lose the marker that names him.
     */
    public static String statementKey(java.time.LocalDate date, String text) {
        return hash(date + "\u0000" + text);
    }

    public static String statement(String statementKey) { return DKG.id("statement", statementKey); }

    public static String question(java.time.LocalDate date, String questionText) {
        return DKG.id("question", hash(date + "\u0000" + questionText));
    }

    public static String span(String statementKey, String sourceFile, int sourceBegin) {
        return DKG.id("span", statementKey + "-" + documentKey(sourceFile) + "-" + sourceBegin);
    }

    /** A page jump of a document, named by where it begins in the file. */
    public static String pageJump(String sourceFile, int sourceBegin) {
        return DKG.id("jump", documentKey(sourceFile) + "-" + sourceBegin);
    }

    /** Text left out of a statement's span (a caption set in the sentence), named by where it begins in the file. */
    public static String omission(String sourceFile, int sourceBegin) {
        return DKG.id("omitted", documentKey(sourceFile) + "-" + sourceBegin);
    }

    public static String mention(String statementKey, int begin, int end) {
        return DKG.id("mention", statementKey + "-" + begin + "-" + end);
    }

    /** One of several entities one word names (两伊: Iran and Iraq), each mention told apart by its entity's key. */
    public static String mentionOfOneOf(String statementKey, int begin, int end, String entityKey) {
        return DKG.id("mention", statementKey + "-" + begin + "-" + end + "-" + entityKey);
    }

    public static String timeMention(String statementKey, int begin, int end) {
        return DKG.id("time", statementKey + "-" + begin + "-" + end);
    }

    /** A relation: its statement, type, where it begins, its parties and object, so rebuilding gives the same IRI. */
    public static String relation(String statementKey, String kind, int begin, java.util.List<String> parties, String object) {
        return DKG.id("relation", statementKey + "-" + hash(kind + "\u0000" + begin + "\u0000" + parties + "\u0000" + object));
    }

    public static String annotator(Annotator annotator) { return DKG.id("annotator", annotator.slug()); }

    public static String build(String inputsDigest) { return DKG.id("build", inputsDigest); }

    public static String agent(String version) { return DKG.id("agent", "diplokg-" + version); }

    /** First 16 hex digits of SHA-256: short, and collision-free at this corpus' scale. */
    public static String hash(String text) {
        return Sha256.hex(text).substring(0, 16);
    }
}
