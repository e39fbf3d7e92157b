package org.w3id.diplokg.extractor.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the ministry's pages write them: 2019年2月16日 and 二〇一九年二月十六日 (〇 or 零), a web
 * page's 2023/03/07 or 2023-03-07, and a month and day with no year (3月7日, 三月七日).
 */
final class WrittenDates {
    private static final String NUMBER = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})";

    /** A full date in words: 2019年2月16日, 二〇一九年二月十六日, 2023年3月7号. */
    static final Pattern FULL = Pattern.compile(
            "(?<![\\d〇零一二三四五六七八九])(?<year>" + YEAR + ")年(?<month>" + NUMBER + ")月(?<day>" + NUMBER + ")[日号]");
    /** A date in figures: 2023/03/07, 2023-03-07, 2023.3.7 (the same separator twice). */
    static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(?<year>(?:19|20)\\d{2})(?<separator>[/.\\-])(?<month>\\d{1,2})\\k<separator>(?<day>\\d{1,2})(?![\\d/.\\-])");
    /** A month and day with no year written before them: 3月7日, 三月七日. */
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d年〇零一二三四五六七八九十])(?<month>" + NUMBER + ")月(?<day>" + NUMBER + ")[日号]");

    private WrittenDates() {}

    /** The date a match of {@link #FULL} or {@link #NUMERIC} names, if it is a real day. */
    static Optional<LocalDate> date(Matcher match) {
        return date(number(match.group("year")), match.group("month"), match.group("day"));
    }

    /** The day a month and day written as in {@link #MONTH_DAY} name in {@code year}, if it is a real day. */
    static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, number(month), number(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number written in figures or in Chinese numerals. */
    static int number(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : ChineseNumerals.parse(written);
    }
}
