package org.w3id.diplokg.spark;

import java.io.Serializable;
import org.w3id.diplokg.data.Sha256;

/**
 * A transcript as Spark ships it between machines: its file name (the name alone, as the graph
 * IRIs use it) and its bytes, undecoded, so the extractor reads it exactly as from a local disk.
 */
public record SourceFile(String name, byte[] bytes) implements Serializable {
    /** The SHA-256 of the bytes in lower-case hex, as a local build digests its inputs for the build IRI. */
    public String sha256() {
        return Sha256.hex(bytes);
    }
}
