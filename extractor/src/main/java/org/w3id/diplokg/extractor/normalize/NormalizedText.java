package org.w3id.diplokg.extractor.normalize;

/**
 * Clean text and, for each of its UTF-16 indices, the code-point offset in the raw text it came
 * from; {@code sourceOffsets[text.length()]} is one past the last raw code point used.
 */
public record NormalizedText(String text, int[] sourceOffsets) {

    /** Raw code-point offset where the clean range [begin, end) starts. */
    public int sourceBegin(int begin) { return sourceOffsets[begin]; }

    /** Raw code-point offset just past the clean range [begin, end). */
    public int sourceEnd(int end) { return end == 0 ? sourceOffsets[0] : sourceOffsets[end - 1] + 1; }
}
