package org.w3id.diplokg.extractor.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.extractor.model.TimeValue;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;

/**
 * Dates stage: finds time expressions in a sentence and resolves them against the document's date
 * (去年 said on 2022-03-07 is 2021; 3月7日 is in the document's year; 7日 in its month). Durations
 * and counts (建交70年, 40多年来, 一年来, 70周年) are not points in time and are not matched; vague
 * words (当今, 目前) get no mention at all.
 *
 * <p>年初 is taken as the first quarter and 年底 as the last: dkg:normalized stays the year, and
 * dkg:start / dkg:end narrow it.
 */
public final class TimeExpressionFinder {
    private static final String YEAR = "(?<year>(?<![\\d〇零一二三四五六七八九])(?:1[0-9]{3}|20[0-9]{2}|[一二][〇零一二三四五六七八九]{3}))";
    private static final String RELATIVE_YEAR = "(?<relative>今|去|明|前|后)";
    private static final String MONTH = "(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String DAY = "(?<day>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String PART = "(?:年?(?<part>初|底|末))?";
    private static final String NO_DIGIT_BEFORE = "(?<![\\d〇零一二三四五六七八九十年])";

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, TimeValue> resolve) {}

    private final List<Rule> rules = List.of(
            new Rule(Pattern.compile(YEAR + "年" + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(year(m), month(m), day(m))),
            new Rule(Pattern.compile(YEAR + "年" + MONTH + "月(?!\\d|份?[\\d])"),
                    (m, d) -> month(year(m), month(m))),
            new Rule(Pattern.compile(YEAR + "年" + PART + "(?![代前])"),
                    (m, d) -> year(year(m), m.group("part"))),
            new Rule(Pattern.compile(RELATIVE_YEAR + "年" + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(relative(m, d), month(m), day(m))),
            new Rule(Pattern.compile(RELATIVE_YEAR + "年" + MONTH + "月"),
                    (m, d) -> month(relative(m, d), month(m))),
            new Rule(Pattern.compile("(?<relative>今|去|明)年" + PART),
                    (m, d) -> year(relative(m, d), m.group("part"))),
            // 前年 and 后年 only where no other character runs into them (提前年度, 此后年均).
            new Rule(Pattern.compile("(?<![\\p{IsHan}])(?<relative>前|后)年" + PART + "(?![度均])"),
                    (m, d) -> year(relative(m, d), m.group("part"))),
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(d.getYear(), month(m), day(m))),
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + "(?<![月个])" + DAY + "日(?![子常益])"),
                    (m, d) -> day(d.getYear(), d.getMonthValue(), day(m))),
            new Rule(Pattern.compile("(?<![\\d多余])(?<ago>[1-9][0-9]{0,2})年前"),
                    (m, d) -> year(d.getYear() - Integer.parseInt(m.group("ago")), null)),
            new Rule(Pattern.compile("(?<![\\p{IsHan}\\d])年(?<part>初|底)"),
                    (m, d) -> year(d.getYear(), m.group("part"))),
            new Rule(Pattern.compile("(?<![\\p{IsHan}\\d])(?:本月|这个月)"),
                    (m, d) -> month(d.getYear(), d.getMonthValue())),
            new Rule(Pattern.compile("(?<![\\p{IsHan}\\d])(?:上个?月)"),
                    (m, d) -> monthOf(YearMonth.from(d).minusMonths(1))),
            new Rule(Pattern.compile("(?<![\\p{IsHan}\\d])(?:下个?月)"),
                    (m, d) -> monthOf(YearMonth.from(d).plusMonths(1))),
            new Rule(Pattern.compile("今天"), (m, d) -> day(d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
            new Rule(Pattern.compile("昨天"), (m, d) -> dayOf(d.minusDays(1))),
            new Rule(Pattern.compile("明天"), (m, d) -> dayOf(d.plusDays(1))));

    /** The sentence's time expressions, in text order, resolved against {@code documentDate}. */
    public List<TimeMention> find(String sentence, LocalDate documentDate) {
        List<TimeMention> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(sentence);
            while (matcher.find()) {
                TimeValue value;
                try {
                    value = rule.resolve().apply(matcher, documentDate);
                } catch (DateTimeException | NumberFormatException e) {
                    continue; // 2月30日 and the like: not a date
                }
                if (value != null) {
                    candidates.add(new TimeMention(matcher.start(), matcher.end(), matcher.group(), value));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((TimeMention t) -> t.end() - t.begin()).reversed()
                .thenComparingInt(TimeMention::begin));
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.begin() < candidate.end() && candidate.begin() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(TimeMention::begin));
        return kept;
    }

    private static int number(String digits) {
        return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : ChineseNumerals.parse(digits);
    }

    private static int year(Matcher m) { return number(m.group("year")); }

    private static int month(Matcher m) { return number(m.group("month")); }

    private static int day(Matcher m) { return number(m.group("day")); }

    private static int offset(String relative) {
        return switch (relative) {
            case "前" -> -2;
            case "去" -> -1;
            case "今" -> 0;
            case "明" -> 1;
            case "后" -> 2;
            default -> throw new IllegalArgumentException(relative);
        };
    }

    private static int relative(Matcher m, LocalDate date) {
        return date.getYear() + offset(m.group("relative"));
    }

    static TimeValue day(int year, int month, int day) {
        return dayOf(LocalDate.of(year, month, day));
    }

    private static TimeValue dayOf(LocalDate date) {
        return new TimeValue(date.toString(), "date", date, date);
    }

    static TimeValue month(int year, int month) {
        return monthOf(YearMonth.of(year, month));
    }

    private static TimeValue monthOf(YearMonth month) {
        return new TimeValue(month.toString(), "gYearMonth", month.atDay(1), month.atEndOfMonth());
    }

    /** A year, narrowed to its first or last quarter for 年初 and 年底/年末. */
    static TimeValue year(int year, String part) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        if ("初".equals(part)) {
            end = LocalDate.of(year, 3, 31);
        } else if ("底".equals(part) || "末".equals(part)) {
            start = LocalDate.of(year, 10, 1);
        }
        return new TimeValue(String.format("%04d", year), "gYear", start, end);
    }
}
