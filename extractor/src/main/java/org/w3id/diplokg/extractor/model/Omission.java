package org.w3id.diplokg.extractor.model;

/**
 * Text inside a sentence's source span that is not part of the sentence: a photo caption, credit or
 * byline a newspaper's layout set in the middle of it.
 *
 * @param sourceBegin code-point offset in the source where it starts
 * @param sourceEnd   code-point offset just past it
 * @param sourceText  the source's text between those offsets, unchanged
 * @param what        what it is, in words ("a photo caption: who answers reporters' questions")
 */
public record Omission(int sourceBegin, int sourceEnd, String sourceText, String what) {}
