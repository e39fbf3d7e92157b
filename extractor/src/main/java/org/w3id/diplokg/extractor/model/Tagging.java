package org.w3id.diplokg.extractor.model;

import java.util.BitSet;
import java.util.List;

/**
 * What CoreNLP says about one sentence: its entity spans, and where its words begin and end (so a
 * gazetteer hit can be checked against the segmentation: 法国 in 做法国际 is no country).
 *
 * @param entities   NER spans of interest
 * @param wordStarts UTF-16 indices where a word begins, or null when the text was not segmented
 * @param wordEnds   UTF-16 indices just past a word's end, or null
 */
public record Tagging(List<NerSpan> entities, BitSet wordStarts, BitSet wordEnds) {
    public Tagging {
        entities = List.copyOf(entities);
    }

    /** No segmentation and no entities: every gazetteer hit is accepted. */
    public static final Tagging NONE = new Tagging(List.of(), null, null);

    /** True when [begin, end) starts and ends on word boundaries, or when nothing is known. */
    public boolean alignsWithWords(int begin, int end) {
        return wordStarts == null || (wordStarts.get(begin) && wordEnds.get(end));
    }

    /** True when a word starts at {@code index}, or when nothing is known. */
    public boolean wordStartsAt(int index) {
        return wordStarts == null || wordStarts.get(index);
    }
}
