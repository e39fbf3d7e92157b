package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.w3id.diplokg.extractor.model.Sentence;

/**
 * A turn's sentences as the file sets them in paragraphs: a new paragraph starts where the source
 * breaks the line between two sentences (a sentence that runs over a line break, or round a caption
 * cut out of it, stays one paragraph). The layout moves text a paragraph at a time, so that is the
 * unit whose question is judged.
 */
final class Paragraphs {
    /** Code-point offsets of the source's line breaks, in order. */
    private final int[] breaks;

    Paragraphs(String source) {
        int[] found = new int[16];
        int count = 0;
        int offset = 0;
        for (int i = 0; i < source.length(); offset++) {
            int c = source.codePointAt(i);
            if (c == '\n' || c == '\r') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = offset;
            }
            i += Character.charCount(c);
        }
        this.breaks = Arrays.copyOf(found, count);
    }

    /** {@code items} (each read as its sentence) in runs that the source sets as one paragraph. */
    <T> List<List<T>> of(List<T> items, Function<T, Sentence> sentence) {
        List<List<T>> paragraphs = new ArrayList<>();
        Sentence previous = null;
        for (T item : items) {
            Sentence current = sentence.apply(item);
            if (previous == null || lineBreakBetween(previous.sourceEnd(), current.sourceBegin())) {
                paragraphs.add(new ArrayList<>());
            }
            paragraphs.get(paragraphs.size() - 1).add(item);
            previous = current;
        }
        return paragraphs;
    }

    /** True when the source breaks a line in the code points [from, to). */
    private boolean lineBreakBetween(int from, int to) {
        int index = Arrays.binarySearch(breaks, from);
        int next = index >= 0 ? index : -index - 1; // the first break at or after from
        return next < breaks.length && breaks[next] < to;
    }
}
