package org.w3id.diplokg.extractor.pipeline;

import java.time.LocalDate;

/**
 * What one file gave: for progress lines and the build report. {@code millis} is the whole
 * extraction of the file, {@code validationMillis} the part of it spent checking the SHACL shapes.
 */
public record DocumentSummary(String sourceFile, LocalDate date, int questions, int statements,
                              int mentions, int timeMentions, int characters, int quads, long millis,
                              long validationMillis) {}
