package org.w3id.diplokg.extractor.align;

/**
 * How alike two sentences are, character by character: 1 − (edit distance ÷ the longer length), the
 * edit distance counting the characters inserted, deleted or replaced (Levenshtein) to turn one into
 * the other. 动荡不宁 / 动荡不安 in a sentence of 20 characters is 0.95; two sentences that only share
 * some words are far apart.
 */
public final class SentenceSimilarity {
    private SentenceSimilarity() {}

    /** The similarity of {@code a} and {@code b}, in [0, 1] (1: the same text). */
    public static double of(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b, longer) / longer;
    }

    /**
     * The similarity when it is at least {@code threshold}, else a value below it: the distance is
     * only computed within the band the threshold allows, so far-apart pairs cost little.
     */
    public static double atLeast(String a, String b, double threshold) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        int allowed = (int) Math.floor((1.0 - threshold) * longer + 1e-9);
        if (Math.abs(a.length() - b.length()) > allowed) {
            return -1.0;
        }
        int distance = distance(a, b, allowed);
        return distance > allowed ? -1.0 : 1.0 - (double) distance / longer;
    }

    /** Levenshtein distance of a and b, or a number above {@code limit} once it is sure to exceed it. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
