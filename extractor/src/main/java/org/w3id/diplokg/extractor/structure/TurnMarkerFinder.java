package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.TurnKind;

/**
 * Finds where questions and answers begin. Transcripts mark them "《人民日报》记者：" and "王毅：" at
 * the start of a paragraph; some renditions lose the colon (and every other mark but ，。？), and
 * then a marker is a known speaker's name or 记者 right after the end of a sentence.
 */
final class TurnMarkerFinder {
    /** After a sentence end, too: OCR'd newspaper columns run a new turn on in the same paragraph. */
    private static final Pattern QUESTION_WITH_COLON =
            Pattern.compile("(?<=^|[。？！])(?<outlet>[^。！？：，]{0,30}?)(?:特约记者|记者)：");
    private static final Pattern QUESTION_WITHOUT_COLON =
            Pattern.compile("(?<=^|[。？！]|如下)记者(?!会|站|们|证|摄|招待)");

    private final List<String> speakers;

    TurnMarkerFinder(List<String> speakers) {
        this.speakers = List.copyOf(speakers);
    }

    /** True when the text marks turns with colons; otherwise {@link #findWithoutColons} applies. */
    boolean usesColons(String text) {
        for (String speaker : speakers) {
            if (Pattern.compile("(?m)^" + Pattern.quote(speaker) + "：").matcher(text).find()) {
                return true;
            }
        }
        return Pattern.compile("(?m)^[^。！？：\\n]{0,30}记者：").matcher(text).find();
    }

    /** The markers in a paragraph of a text that marks turns with colons, at its start or after a sentence. */
    List<TurnMarker> findWithColons(String paragraph) {
        List<TurnMarker> markers = new ArrayList<>();
        for (String speaker : speakers) {
            Matcher answer = Pattern.compile("(?<=^|[。？！])" + Pattern.quote(speaker) + "：").matcher(paragraph);
            while (answer.find()) {
                markers.add(new TurnMarker(answer.start(), answer.end(), TurnKind.ANSWER, speaker));
            }
        }
        Matcher question = QUESTION_WITH_COLON.matcher(paragraph);
        while (question.find()) {
            markers.add(new TurnMarker(question.start(), question.end(), TurnKind.QUESTION, outlet(question.group("outlet"))));
        }
        markers.sort((a, b) -> Integer.compare(a.position(), b.position()));
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

    /** "《环球时报》特约" and "《人民日报》" name the outlet without the title marks. */
    private static String outlet(String written) {
        String outlet = written.replace("《", "").replace("》", "").trim();
        return outlet.isEmpty() ? null : outlet;
    }
}
