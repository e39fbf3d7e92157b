package org.w3id.diplokg.spark;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A transcript as Spark ships it between machines: its file name (the name alone, as the graph
 * IRIs use it) and its bytes, undecoded, so the extractor reads it exactly as from a local disk.
 */
public record SourceFile(String name, byte[] bytes) implements Serializable {
    /** The SHA-256 of the bytes in lower-case hex, as a local build digests its inputs for the build IRI. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
