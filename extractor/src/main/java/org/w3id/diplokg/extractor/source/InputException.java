package org.w3id.diplokg.extractor.source;

import java.nio.file.Path;

/** A source file that cannot be extracted: says which file and what is wrong with it. */
public class InputException extends Exception {
    private final Path file;

    public InputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() { return file; }
}
