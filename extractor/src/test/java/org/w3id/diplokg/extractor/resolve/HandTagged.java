package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;

/**
 * A sentence written for a test with its words and parts of speech given by hand, as CoreNLP's Chinese segmenter and
 * tagger give them: "中方/NR 提出/VV ..."; ␠ is a space in the text, which the segmenter gives no word.
 */
record HandTagged(String sentence, List<Tagging.Word> words) {

    static HandTagged parse(String tagged) {
        StringBuilder sentence = new StringBuilder();
        List<Tagging.Word> words = new ArrayList<>();
        for (String token : tagged.split(" ")) {
            if (token.equals("␠")) {
                sentence.append(' ');
                continue;
            }
            int slash = token.lastIndexOf('/');
            String text = token.substring(0, slash);
            words.add(new Tagging.Word(sentence.length(), sentence.length() + text.length(), text, token.substring(slash + 1)));
            sentence.append(text);
        }
        return new HandTagged(sentence.toString(), words);
    }

    /** The words with these entity spans, as CoreNLP would have tagged them. */
    Tagging tagging(NerSpan... spans) {
        return new Tagging(List.of(spans), null, null, words);
    }
}
