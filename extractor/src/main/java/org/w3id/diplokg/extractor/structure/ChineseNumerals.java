package org.w3id.diplokg.extractor.structure;

/** Reads small Chinese numerals: 三, 十三, 二十, 二十一, 九十九. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    public static int parse(String numeral) {
        if (numeral.isEmpty()) {
            throw new NumberFormatException("empty Chinese numeral");
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (char c : numeral.toCharArray()) {
                value = value * 10 + digit(c, numeral);
            }
            return value;
        }
        int tens = ten == 0 ? 1 : digit(numeral.charAt(0), numeral);
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1), numeral);
        return tens * 10 + units;
    }

    private static int digit(char c, String numeral) {
        int value = c == '零' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
        if (value < 0) {
            throw new NumberFormatException("not a Chinese numeral: " + numeral);
        }
        return value;
    }
}
