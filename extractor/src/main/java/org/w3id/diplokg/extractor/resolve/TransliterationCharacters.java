package org.w3id.diplokg.extractor.resolve;

/**
 * The characters of the standard transliteration of foreign names (transliteration-characters.txt):
 * a run of them is how a foreign name is written (伊辛格尔, 拉加德, 符拉迪沃斯托克). Read once, shared by
 * the rules that widen or find foreign names.
 */
final class TransliterationCharacters {
    private static final String CHARACTERS = String.join("", WordList.load("transliteration-characters.txt"));

    private TransliterationCharacters() {}

    static boolean contains(int codePoint) {
        return CHARACTERS.indexOf(codePoint) >= 0;
    }

    /** Whether every character of a non-empty text is one of them. */
    static boolean allOf(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(TransliterationCharacters::contains);
    }
}
