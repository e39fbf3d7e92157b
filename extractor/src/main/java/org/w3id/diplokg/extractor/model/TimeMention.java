package org.w3id.diplokg.extractor.model;

/**
 * A phrase of a sentence that expresses a time (2020年, 3月7日, 去年, 今年1月, 50年前).
 *
 * @param begin   UTF-16 index of the first character in the sentence text
 * @param end     UTF-16 index just past the last character
 * @param surface the text as it appears
 * @param value   the resolved time, or null where the text does not allow one
 */
public record TimeMention(int begin, int end, String surface, TimeValue value) {}
