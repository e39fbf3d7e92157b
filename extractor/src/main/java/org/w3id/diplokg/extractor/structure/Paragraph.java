package org.w3id.diplokg.extractor.structure;

/** A stretch of normalised text between line breaks: [begin, end) in the normalised text. */
record Paragraph(String text, int begin, int end) {}
