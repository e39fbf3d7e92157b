package org.w3id.diplokg.extractor.model;

/**
 * A span CoreNLP's Chinese NER tagged, before it is resolved to an entity.
 *
 * @param begin UTF-16 index of the first character in the sentence text
 * @param end   UTF-16 index just past the last character
 * @param text  the tagged text
 * @param tag   CoreNLP's tag: PERSON, ORGANIZATION, COUNTRY, GPE, LOCATION, ...
 */
public record NerSpan(int begin, int end, String text, String tag) {}
