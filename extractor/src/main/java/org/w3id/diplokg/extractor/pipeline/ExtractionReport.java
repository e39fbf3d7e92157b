package org.w3id.diplokg.extractor.pipeline;

import java.util.List;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * The outcome of a batch: the documents built, the files refused for what they hold (unreadable,
 * no date, a graph that breaks the shapes), and the files the extractor itself failed on.
 */
public record ExtractionReport(List<DocumentSummary> documents, List<InputException> failures,
                               List<InternalFailure> internalFailures) {
    public ExtractionReport {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        internalFailures = List.copyOf(internalFailures);
    }

    /** True when any file was left out, for whatever reason. */
    public boolean hasFailures() { return !failures.isEmpty() || !internalFailures.isEmpty(); }

    /** True when a bug, not an input, left a file out. */
    public boolean hasInternalFailures() { return !internalFailures.isEmpty(); }

    /** Every file left out, "FILE: why", bad input first. */
    public List<String> refusals() {
        return java.util.stream.Stream.concat(failures.stream().map(Throwable::getMessage),
                internalFailures.stream().map(InternalFailure::message)).toList();
    }
}
