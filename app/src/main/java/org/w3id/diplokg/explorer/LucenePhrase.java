package org.w3id.diplokg.explorer;

/**
 * User text as one Lucene phrase query: in double quotes, with backslashes and quotes inside
 * escaped, so no operator, wildcard or field name in the text reaches Lucene's query parser.
 */
final class LucenePhrase {
    private LucenePhrase() {}

    static String of(String text) {
        StringBuilder phrase = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                phrase.append('\\');
            }
            phrase.append(c);
        }
        return phrase.append('"').toString();
    }
}
