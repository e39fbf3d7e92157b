package org.w3id.diplokg.extractor.model;

import java.util.List;

/**
 * One sentence of normalised text and where it came from.
 *
 * @param text        the statement's text: the normalised sentence (OCR spaces removed, punctuation full-width), or
 *                    another rendition's wording of it when the two differ only as OCR and editing make them differ
 * @param sourceBegin code-point offset in {@link SourceText#text()} where the sentence starts
 * @param sourceEnd   code-point offset just past its last character in the source
 * @param wording     the sentence as this source words it, normalised; equal to {@code text} unless another
 *                    rendition's wording was taken
 * @param omissions   text inside [sourceBegin, sourceEnd) that is not part of the sentence (a caption set in it)
 */
public record Sentence(String text, int sourceBegin, int sourceEnd, String wording, List<Omission> omissions) {
    public Sentence {
        omissions = List.copyOf(omissions);
    }

    /** A sentence as its source words it, with nothing left out. */
    public Sentence(String text, int sourceBegin, int sourceEnd) {
        this(text, sourceBegin, sourceEnd, text, List.of());
    }

    /** A sentence as its source words it, with the text inside its span that is not part of it. */
    public Sentence(String text, int sourceBegin, int sourceEnd, List<Omission> omissions) {
        this(text, sourceBegin, sourceEnd, text, omissions);
    }

    /** The same sentence read as the statement another rendition words as {@code statementText}. */
    public Sentence as(String statementText) {
        return new Sentence(statementText, sourceBegin, sourceEnd, wording, omissions);
    }

    /** True when the statement's text is another rendition's wording, not this source's. */
    public boolean reworded() {
        return !text.equals(wording);
    }
}
