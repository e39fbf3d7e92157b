package org.w3id.diplokg.extractor.structure;

/**
 * A stretch of normalised text between line breaks: [begin, end) in the normalised text.
 * {@code afterBreak} says that furniture or a repeat was left out just before it, so no sentence
 * runs on into it from the paragraph above (the layout jumped there).
 */
record Paragraph(String text, int begin, int end, boolean afterBreak) {}
