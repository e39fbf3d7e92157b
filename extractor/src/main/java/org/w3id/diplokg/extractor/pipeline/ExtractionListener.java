package org.w3id.diplokg.extractor.pipeline;

import java.nio.file.Path;
import org.w3id.diplokg.extractor.source.InputException;

/** Hears about progress through a batch of files; the CLI prints it, tests may count it. */
public interface ExtractionListener {
    /** About to read file number {@code index} (1-based) of {@code total}. */
    default void started(Path file, int index, int total) {}

    /** The file was extracted, validated and written to the sink. */
    default void finished(Path file, DocumentSummary summary) {}

    /** The file could not be extracted, or its graph broke a shape; nothing of it was written. */
    default void failed(Path file, InputException problem) {}

    /** The extractor failed on the file by a fault of its own (a bug); nothing of it was written. */
    default void failedInternally(Path file, InternalFailure failure) {}

    /** A warning that does not stop the file (e.g. it was read as GB18030). */
    default void warning(Path file, String message) {}

    ExtractionListener SILENT = new ExtractionListener() {};
}
