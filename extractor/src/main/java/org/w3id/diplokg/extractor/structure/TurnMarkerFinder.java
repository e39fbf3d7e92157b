package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.TurnKind;

/**
 * Finds where questions and answers begin. Transcripts mark them with a label and ：at the start
 * of a paragraph (《人民日报》记者：, 王毅：, 问：, 答：, 外交部发言人毛宁：; {@link TurnLabelReader} reads
 * them); OCR'd newspaper columns run a new turn on after the end of a sentence, so known speakers,
 * reporters, 问 and 答 are found there too. Some renditions lose the colon (and every other mark but
 * ，。？), and then a marker is a known speaker's name or 记者 right after the end of a sentence.
 * A text with neither has no turns at all (a speech, a statement).
 */
final class TurnMarkerFinder {
    /** How a text marks its turns. */
    enum Marking { COLONS, NO_COLONS, NONE }

    private static final Pattern LABEL = Pattern.compile("(?<=^|[。？！])(?<label>[^。！？：，\\n]{1,30})：");
    /** {@link #LABEL} anywhere in a whole text: at a line's start or after the end of a sentence. */
    private static final Pattern TEXT_LABEL = Pattern.compile("(?m)(?:^|(?<=[。？！]))(?<label>[^。！？：，\\n]{1,30})：");
    private static final Pattern LINE_LABEL = Pattern.compile("(?m)^[\\s　]*(?<label>[^。！？：，\\n]{1,30})：");
    private static final Pattern BRACKETED_OUTLET = Pattern.compile("^" + TurnLabelReader.BRACKETED_OUTLET);
    /** A reporter's own label after the question's (问：韩联社记者：…): the outlet, then the question. */
    private static final Pattern REPORTER_AFTER = Pattern.compile("^(?<outlet>[^：，。！？（）()\\n]{1,20}?)(?:特约记者|记者)：");
    private static final Pattern QUESTION_WITHOUT_COLON =
            Pattern.compile("(?<=^|[。？！]|如下)记者(?!会|站|们|证|摄|招待)");
    /** A name that opens this many turns is a speaker wherever its label stands. */
    private static final int RECURRING = 2;

    private final TurnLabelReader reader;
    private final Participants participants;
    private final List<String> speakers;
    /** The text's paragraphs open with labels, so a name that opens only one is a speaker too. */
    private final boolean labelsMarkTurns;
    private final Marking marking;

    /**
     * The finder for one text: its speakers are {@code knownSpeakers}, those the opening lines name,
     * and the names that open two or more turns; a name that opens only one is a speaker too when it
     * stands at the start of a paragraph in a text whose paragraphs open with labels like it.
     */
    TurnMarkerFinder(String text, List<String> knownSpeakers, Participants participants, TurnLabelReader reader) {
        this.reader = reader;
        this.participants = participants;
        Map<String, Integer> names = new HashMap<>();
        Matcher label = TEXT_LABEL.matcher(text);
        while (label.find()) {
            reader.read(label.group("label"), participants).filter(TurnLabelReader.Reading::bareName)
                    .ifPresent(reading -> names.merge(reading.who(), 1, Integer::sum));
        }
        Set<String> known = new LinkedHashSet<>(knownSpeakers);
        known.addAll(participants.names());
        names.entrySet().stream().filter(e -> e.getValue() >= RECURRING).map(Map.Entry::getKey).sorted().forEach(known::add);
        this.speakers = List.copyOf(known);
        this.labelsMarkTurns = lineLabels(text).stream().filter(line -> reader.read(line, participants).isPresent()).count() >= 2;
        this.marking = marking(text);
    }

    /** How the text marks its turns: labels with ：, names and 记者 at sentence starts with every colon lost, or not at all. */
    Marking marking() {
        return marking;
    }

    /** The speakers known before reading the turns and those whose names recur as labels. */
    List<String> speakers() {
        return speakers;
    }

    private Marking marking(String text) {
        boolean labelled = lineLabels(text).stream().anyMatch(line -> accepted(line, true).isPresent());
        if (labelled) {
            return Marking.COLONS;
        }
        boolean questions = QUESTION_WITHOUT_COLON.matcher(text).results().count() >= 2;
        if (questions && findWithoutColons(text).stream().anyMatch(m -> m.kind() == TurnKind.ANSWER)) {
            return Marking.NO_COLONS;
        }
        return Marking.NONE;
    }

    /** The labels that open a line. */
    private static List<String> lineLabels(String text) {
        List<String> labels = new ArrayList<>();
        Matcher line = LINE_LABEL.matcher(text);
        while (line.find()) {
            labels.add(line.group("label"));
        }
        return labels;
    }

    /** The label's reading where it opens a turn here: a one-off name only at a paragraph's start among other labels. */
    private Optional<TurnLabelReader.Reading> accepted(String label, boolean atParagraphStart) {
        return reader.read(label, participants).filter(reading -> {
            if (reading.bareName()) {
                return speakers.contains(reading.who()) || atParagraphStart && labelsMarkTurns;
            }
            return !reading.outletOnly() || atParagraphStart;
        });
    }

    /** The markers in a paragraph of a text that marks turns with colons, at its start or after a sentence. */
    List<TurnMarker> findWithColons(String paragraph) {
        List<TurnMarker> markers = new ArrayList<>();
        Matcher label = LABEL.matcher(paragraph);
        while (label.find()) {
            Optional<TurnLabelReader.Reading> reading = accepted(label.group("label"), label.start() == 0);
            if (reading.isEmpty()) {
                continue;
            }
            // an interviewer named by a bare name asks for the interview's outlet, named elsewhere
            boolean asker = reading.get().bareName() && reading.get().kind() == TurnKind.QUESTION;
            String who = asker ? null : reading.get().who();
            int textStart = label.end();
            if (reading.get().kind() == TurnKind.QUESTION && who == null) {
                String rest = paragraph.substring(textStart);
                Matcher outlet = BRACKETED_OUTLET.matcher(rest);
                if (!outlet.lookingAt()) {
                    outlet = REPORTER_AFTER.matcher(rest);
                }
                if (outlet.lookingAt()) {
                    who = TurnLabelReader.outlet(outlet.group("outlet"));
                    textStart += outlet.end();
                }
            }
            markers.add(new TurnMarker(label.start(), textStart, reading.get().kind(), who));
        }
        return markers;
    }

    /** Every marker inside a run of text whose turns are not marked with colons. */
    List<TurnMarker> findWithoutColons(String text) {
        List<TurnMarker> markers = new ArrayList<>();
        Matcher question = QUESTION_WITHOUT_COLON.matcher(text);
        while (question.find()) {
            markers.add(new TurnMarker(question.start(), question.end(), TurnKind.QUESTION, null));
        }
        for (String speaker : speakers) {
            Matcher answer = Pattern.compile("(?<=[。？！]|如下)" + Pattern.quote(speaker)).matcher(text);
            while (answer.find()) {
                markers.add(new TurnMarker(answer.start(), answer.end(), TurnKind.ANSWER, speaker));
            }
        }
        markers.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return markers;
    }
}
