package org.w3id.diplokg.extractor.model;

/**
 * A place where a newspaper's text does not run on: a jump line (下转第四版, 上接第一版), or text that
 * stops mid-sentence where page furniture (a photo, its caption and credit) is set and goes on with
 * text from elsewhere.
 *
 * @param sourceBegin code-point offset in the source where the jump line, or the furniture, starts
 * @param sourceEnd   code-point offset just past it
 * @param sourceText  the source's text between those offsets, unchanged
 * @param toPage      the page a jump line sends the text to (下转第四版: 4), or null
 * @param fromPage    the page a jump line says the text comes from (上接第一版: 1), or null
 */
public record PageJump(int sourceBegin, int sourceEnd, String sourceText, Integer toPage, Integer fromPage) {
    /** True for a jump line; false where the jump is read from text broken off at page furniture. */
    public boolean marked() {
        return toPage != null || fromPage != null;
    }
}
