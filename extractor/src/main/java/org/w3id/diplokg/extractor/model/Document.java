package org.w3id.diplokg.extractor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A transcript as structured by the extractor.
 *
 * @param source     the decoded source file
 * @param date       the event date
 * @param dateSource how the date was found ("manifest", "dateline", "event line", "signing clause", "opening sentence", "header", "text", "session")
 * @param event      the event in words, e.g. 十三届全国人大四次会议记者会, or null
 * @param turns      the turns in reading order; an ANSWER answers the nearest QUESTION before it
 * @param pageJumps  where the text does not run on, in file order (a newspaper's jump lines and broken-off text)
 * @param note       what the manifest's note column says about the file, or null
 * @param renditions the file names of the other documents of the same event (its other renditions), set when
 *                   the documents of a batch are aligned
 */
public record Document(SourceText source, LocalDate date, String dateSource, String event, List<Turn> turns,
                       List<PageJump> pageJumps, String note, List<String> renditions) {
    public Document {
        turns = List.copyOf(turns);
        pageJumps = List.copyOf(pageJumps);
        renditions = List.copyOf(renditions);
    }

    /** A document with no faults recorded and no other rendition. */
    public Document(SourceText source, LocalDate date, String dateSource, String event, List<Turn> turns) {
        this(source, date, dateSource, event, turns, List.of(), null, List.of());
    }

    /**
     * True when the text breaks off: its last page jump sends it to another page (下转第四版) and no
     * sentence follows it in the file.
     */
    public boolean breaksOff() {
        if (pageJumps.isEmpty() || pageJumps.get(pageJumps.size() - 1).toPage() == null) {
            return false;
        }
        int jump = pageJumps.get(pageJumps.size() - 1).sourceBegin();
        return turns.stream().flatMap(turn -> turn.sentences().stream()).allMatch(sentence -> sentence.sourceEnd() <= jump);
    }

    /** The same document with {@code turns} in place of its own (its sentences read as other renditions word them). */
    public Document withTurns(List<Turn> newTurns, List<String> otherRenditions) {
        return new Document(source, date, dateSource, event, newTurns, pageJumps, note, otherRenditions);
    }
}
