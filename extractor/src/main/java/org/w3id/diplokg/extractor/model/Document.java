package org.w3id.diplokg.extractor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A transcript as structured by the extractor.
 *
 * @param source     the decoded source file
 * @param date       the event date
 * @param dateSource how the date was found ("manifest", "dateline", "event line", "opening sentence", "header", "text", "session")
 * @param event      the event in words, e.g. 十三届全国人大四次会议记者会, or null
 * @param turns      the turns in reading order; an ANSWER answers the nearest QUESTION before it
 */
public record Document(SourceText source, LocalDate date, String dateSource, String event, List<Turn> turns) {
    public Document {
        turns = List.copyOf(turns);
    }
}
