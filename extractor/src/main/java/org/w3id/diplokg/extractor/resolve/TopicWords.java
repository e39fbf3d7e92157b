package org.w3id.diplokg.extractor.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.Turn;

/**
 * The words a document is about in one place only: two Han characters in a row (Chinese is not
 * split into words here, and a topic's word is mostly two characters: 公民, 海外, 冬奥) that at most
 * one paragraph in ten of the document contains, and never more than that: 中国, 合作 and 发展 are in
 * every answer and tell none apart; 公民 is in the question on citizens abroad and in its answer.
 * Two texts that share such a word speak of one thing, whether or not they name an entity.
 */
final class TopicWords {
    /** At most this share of the document's paragraphs may hold a word for it to be a topic's. */
    private static final double RARE = 0.1;

    private final Map<String, Integer> paragraphsWith = new HashMap<>();
    private final int rare;

    TopicWords(Document document, Paragraphs paragraphs) {
        int count = 0;
        for (Turn turn : document.turns()) {
            for (var paragraph : paragraphs.of(turn.sentences(), sentence -> sentence)) {
                StringBuilder text = new StringBuilder();
                paragraph.stream().map(Sentence::text).forEach(text::append);
                pairs(text).forEach(pair -> paragraphsWith.merge(pair, 1, Integer::sum));
                count++;
            }
        }
        // A word two texts share is in two paragraphs at least: the question's and the answer's.
        this.rare = Math.max(2, (int) (count * RARE));
    }

    /** True when {@code a} and {@code b} share a word that few paragraphs of the document hold. */
    boolean shared(CharSequence a, CharSequence b) {
        Set<String> inB = pairs(b);
        return pairs(a).stream().anyMatch(pair -> inB.contains(pair) && paragraphsWith.getOrDefault(pair, 0) <= rare);
    }

    /** Every two Han characters in a row of the text. */
    private static Set<String> pairs(CharSequence text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (han(text.charAt(i)) && han(text.charAt(i + 1))) {
                pairs.add(text.subSequence(i, i + 2).toString());
            }
        }
        return pairs;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
