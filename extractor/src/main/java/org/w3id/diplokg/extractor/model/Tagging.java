package org.w3id.diplokg.extractor.model;

import java.util.BitSet;
import java.util.List;

/**
 * What CoreNLP says about one sentence: its entity spans, its words with their parts of speech, and
 * where its words begin and end (so a gazetteer hit can be checked against the segmentation: 法国 in
 * 做法国际 is no country).
 *
 * @param entities   NER spans of interest
 * @param wordStarts UTF-16 indices where a word begins, or null when the text was not segmented
 * @param wordEnds   UTF-16 indices just past a word's end, or null
 * @param words      the segmenter's words in order with CoreNLP's Penn Chinese Treebank POS tags (empty when not segmented)
 */
public record Tagging(List<NerSpan> entities, BitSet wordStarts, BitSet wordEnds, List<Word> words) {
    /** One word of the segmentation: UTF-16 offsets into the sentence, its text and POS tag (NN, NR, VV, DEG...). */
    public record Word(int begin, int end, String text, String pos) {}

    public Tagging {
        entities = List.copyOf(entities);
        words = List.copyOf(words);
    }

    /** Entity spans and boundaries without parts of speech. */
    public Tagging(List<NerSpan> entities, BitSet wordStarts, BitSet wordEnds) {
        this(entities, wordStarts, wordEnds, List.of());
    }

    /** No segmentation and no entities: every gazetteer hit is accepted. */
    public static final Tagging NONE = new Tagging(List.of(), null, null, List.of());

    /** True when [begin, end) starts and ends on word boundaries, or when nothing is known. */
    public boolean alignsWithWords(int begin, int end) {
        return wordStarts == null || (wordStarts.get(begin) && wordEnds.get(end));
    }

    /** True when a word starts at {@code index}, or when nothing is known. */
    public boolean wordStartsAt(int index) {
        return wordStarts == null || wordStarts.get(index);
    }
}
