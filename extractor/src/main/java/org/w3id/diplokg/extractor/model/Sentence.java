package org.w3id.diplokg.extractor.model;

/**
 * One sentence of normalised text and where it came from.
 *
 * @param text        the normalised sentence (OCR spaces removed, punctuation full-width)
 * @param sourceBegin code-point offset in {@link SourceText#text()} where the sentence starts
 * @param sourceEnd   code-point offset just past its last character in the source
 */
public record Sentence(String text, int sourceBegin, int sourceEnd) {}
