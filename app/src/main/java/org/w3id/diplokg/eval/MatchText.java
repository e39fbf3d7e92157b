package org.w3id.diplokg.eval;

import org.w3id.diplokg.extractor.normalize.TextNormalizer;

/**
 * The form in which gold text and extracted text are compared: the extractor's own normalisation
 * (OCR repairs, full-width punctuation), then without any whitespace, so text copied from an OCR'd
 * file matches the statement it became.
 */
final class MatchText {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private MatchText() {}

    static String of(String text) {
        if (text == null) {
            return null;
        }
        return NORMALIZER.normalize(text).text().replaceAll("[\\s\\u3000]+", "");
    }
}
