package org.w3id.diplokg.extractor.structure;

/** Reads and writes small Chinese numerals: 三, 十三, 二十, 二十一, 九十九. */
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

    /** 26 → 二十六, 10 → 十, 3 → 三; for 0 to 99. */
    public static String format(int value) {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("only 0 to 99: " + value);
        }
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "十" : DIGITS.charAt(value / 10) + "十";
        return value % 10 == 0 ? tens : tens + DIGITS.charAt(value % 10);
    }

    private static int digit(char c, String numeral) {
        int value = c == '零' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
        if (value < 0) {
            throw new NumberFormatException("not a Chinese numeral: " + numeral);
        }
        return value;
    }
}
