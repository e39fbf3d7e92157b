package org.w3id.diplokg.extractor.model;

import org.w3id.diplokg.gazetteer.Entity;

/**
 * A phrase of a sentence that names an entity.
 *
 * @param begin      UTF-16 index of the first character in the sentence text
 * @param end        UTF-16 index just past the last character
 * @param surface    the text as it appears, equal to {@code text.substring(begin, end)}
 * @param entity     what it refers to
 * @param confidence how sure the annotator is, 0..1
 * @param annotator  how it was found
 */
public record Mention(int begin, int end, String surface, Entity entity, double confidence, Annotator annotator) {

    /** The same words read as naming {@code another} (an outlet, the territory a state was, an event of its own). */
    public Mention naming(Entity another) {
        return new Mention(begin, end, surface, another, confidence, annotator);
    }
}
