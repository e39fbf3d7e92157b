package org.w3id.diplokg.extractor.pipeline;

import java.util.List;
import org.w3id.diplokg.extractor.source.InputException;

/** The outcome of a batch: the documents built and the files that failed. */
public record ExtractionReport(List<DocumentSummary> documents, List<InputException> failures) {
    public ExtractionReport {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() { return !failures.isEmpty(); }
}
