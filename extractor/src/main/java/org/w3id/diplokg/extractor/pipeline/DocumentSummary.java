package org.w3id.diplokg.extractor.pipeline;

import java.time.LocalDate;

/**
 * What one file gave: for progress lines and the build report. {@code millis} is the whole
 * extraction of the file, {@code validationMillis} the part of it spent checking the SHACL shapes;
 * {@code cached} says the graph was loaded from the cache (then {@code millis} is the loading).
 */
public record DocumentSummary(String sourceFile, LocalDate date, int questions, int statements,
                              int mentions, int timeMentions, int characters, int quads, long millis,
                              long validationMillis, boolean cached) {

    /** The same counts, with the time it took to get them. */
    public DocumentSummary took(long newMillis) {
        return new DocumentSummary(sourceFile, date, questions, statements, mentions, timeMentions, characters, quads,
                newMillis, validationMillis, cached);
    }
}
