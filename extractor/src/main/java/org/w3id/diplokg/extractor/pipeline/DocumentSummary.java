package org.w3id.diplokg.extractor.pipeline;

import java.time.LocalDate;

/** What one file gave: for progress lines and the build report. */
public record DocumentSummary(String sourceFile, LocalDate date, int questions, int statements,
                              int mentions, int timeMentions, int characters, int quads, long millis) {}
