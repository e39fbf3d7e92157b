package org.w3id.diplokg.extractor.pipeline;

import java.nio.file.Path;

/**
 * A file the extractor failed on through a fault of its own (a bug), not of the file: reported
 * apart from bad input, with the exception and its stack trace. Nothing of the file was written.
 */
public record InternalFailure(Path file, RuntimeException error) {
    /** "FILE: internal error, not a problem of the file (the exception)". */
    public String message() {
        return file + ": internal error, not a problem of the file (" + error + ")";
    }
}
