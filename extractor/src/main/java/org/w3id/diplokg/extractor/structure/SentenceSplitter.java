package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a turn's text into sentences after 。！？ (with any closing quotes or brackets that follow),
 * returning [begin, end) ranges; text after the last mark (a transcript that breaks off) is a
 * sentence too. Ranges that hold no letter are dropped.
 */
final class SentenceSplitter {
    /** A forced boundary between two pieces of text that do not run on (a page jump); never part of a sentence. */
    static final char BREAK = '\n';

    private static final String TERMINALS = "。！？";
    private static final String CLOSERS = "。！？”’」』）》…";

    List<int[]> split(CharSequence text) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == BREAK) {
                add(ranges, text, start, i);
                start = i + 1;
                i++;
            } else if (TERMINALS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(ranges, text, start, end);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(ranges, text, start, text.length());
        return ranges;
    }

    private static void add(List<int[]> ranges, CharSequence text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int k = begin; k < end; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                ranges.add(new int[] {begin, end});
                return;
            }
        }
    }
}
