package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.List;
import org.w3id.diplokg.extractor.model.TurnKind;

/**
 * A turn being assembled: its kind and who, and its text as pieces of the normalised document
 * (a turn may run over several paragraphs, and a sentence over a line break).
 */
final class TurnBuilder {
    final TurnKind kind;
    final String who;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> positions = new ArrayList<>();

    TurnBuilder(TurnKind kind, String who) {
        this.kind = kind;
        this.who = who;
    }

    /** Appends the normalised text's range [begin, end). */
    void append(String normalized, int begin, int end) {
        for (int i = begin; i < end; i++) {
            text.append(normalized.charAt(i));
            positions.add(i);
        }
    }

    /** Ends the sentence in progress here: what follows comes from elsewhere on the page. */
    void breakSentence() {
        if (text.length() > 0) {
            text.append(SentenceSplitter.BREAK);
            positions.add(positions.get(positions.size() - 1));
        }
    }

    CharSequence text() { return text; }

    /** Index in the normalised document of the turn text's character {@code i}. */
    int position(int i) { return positions.get(i); }

    boolean isEmpty() { return text.length() == 0; }
}
