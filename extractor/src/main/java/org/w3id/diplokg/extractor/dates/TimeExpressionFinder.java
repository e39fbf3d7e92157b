package org.w3id.diplokg.extractor.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
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
 * (去年 said on 2022-03-07 is 2021; 3月7日 is in the document's year; 7日 in its month). Periods
 * reaching back from the document's date (一年来, 20年来, 去年以来) are mentions with a start and an end
 * but no single normalised value; vague words (当今, 目前, 近年来, 今天的中国, 早日, 尽快, 新世纪) are mentions with no value
 * at all. Lengths (建交70年) are not times and are not matched; an anniversary (建交70周年) is the year it falls in:
 * the year the sentence names before it (明年是…15周年, 2020年中菲建交45周年), else the document's.
 *
 * <p>年初 is taken as the first quarter (dkg:normalized stays the year, dkg:start / dkg:end narrow it), 年底 as the
 * year's December.
 */
public final class TimeExpressionFinder {
    private static final String YEAR = "(?<year>(?<![\\d〇零一二三四五六七八九])(?:1[0-9]{3}|20[0-9]{2}|[一二][〇零一二三四五六七八九]{3}))";
    private static final String RELATIVE_YEAR = "(?<relative>今|去|明|前|后)";
    private static final String MONTH = "(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String DAY = "(?<day>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String PART = "(?:年?(?<part>初|底|末))?";
    /** A part of a month after it (9月底, 上个月初, 5月上旬): the month, as the development golds date it. */
    private static final String PART_OF_MONTH = "(?<monthPart>上旬|中旬|下旬|初|底)?";
    /** Nothing counted before a count (not 第三年, 每两年, nor the tail of a longer figure). */
    private static final String NO_COUNT_BEFORE = "(?<![\\d〇零一二三四五六七八九十两几多百千半第每])";
    /** A count of years, months, days or weeks (六, 78, 十几, 半). */
    private static final String COUNT = "(?:[一二三四五六七八九十两几半]{1,3}|[1-9][0-9]{0,2})";
    /** What a span counts; not a year written in figures or the words after it of a time (年前, 年来, 年以来: rules of their own). */
    private static final String SPAN = "(?:年(?![前后来以度级代初底中])|个多?月|天|周)";
    private static final String NO_DIGIT_BEFORE = "(?<![\\d〇零一二三四五六七八九十年])";

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, TimeValue> resolve) {}

    /** What is held on a day (今天的记者会): 今天 before it is that day, not the present era. */
    private static final String GATHERINGS = "记者会|会议|会谈|会见|发布会|吹风会|研讨会|论坛|活动|讲话|演讲|集会";

    /** A time expression the text gives no calendar value for. */
    static final TimeValue VAGUE = new TimeValue(null, null, null, null);
    private static final String ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪";
    private static final String SEASONS = "春夏秋冬";

    private final List<Rule> rules = List.of(
            new Rule(Pattern.compile(YEAR + "年" + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(year(m), month(m), day(m))),
            new Rule(Pattern.compile(YEAR + "年" + MONTH + "月" + PART_OF_MONTH + "(?!\\d|份?[\\d])"),
                    (m, d) -> month(year(m), month(m))),
            new Rule(Pattern.compile(YEAR + "年" + PART + "(?![代前])"),
                    (m, d) -> year(year(m), m.group("part"))),
            new Rule(Pattern.compile(RELATIVE_YEAR + "年" + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(relative(m, d), month(m), day(m))),
            new Rule(Pattern.compile(RELATIVE_YEAR + "年" + MONTH + "月" + PART_OF_MONTH),
                    (m, d) -> month(relative(m, d), month(m))),
            new Rule(Pattern.compile("(?<relative>今|去|明)年" + PART),
                    (m, d) -> year(relative(m, d), m.group("part"))),
            // 前年 and 后年 only where no other character runs into them (提前年度, 此后年均), or after a word that compares or
            // joins (比前年, 和前年).
            new Rule(Pattern.compile("(?:(?<![\\p{IsHan}])|(?<=比|和|与|、|于|从|到|至|是|在))(?<relative>前|后)年" + PART + "(?![度均])"),
                    (m, d) -> year(relative(m, d), m.group("part"))),
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + MONTH + "月" + DAY + "[日号]"),
                    (m, d) -> day(d.getYear(), month(m), day(m))),
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + "(?<![月个])" + DAY + "日(?![子常益])"),
                    (m, d) -> day(d.getYear(), d.getMonthValue(), day(m))),
            // N年前 counted in figures or in words (5年前, 五年前, 四十年前); not 几十年前 or 二十多年前, which say no year
            new Rule(Pattern.compile("(?<![\\d〇零一二三四五六七八九十两几多余])(?<ago>[1-9][0-9]{0,2}|[一二三四五六七八九十两]{1,3})年前"),
                    (m, d) -> year(d.getYear() - number(m.group("ago")), null)),
            // 年初, 年底 alone (将于年底举行, 在年初): the statement's year; not of a word ending in 年 (青年, 每年, 今年年底)
            new Rule(Pattern.compile("(?<![\\d〇零一二三四五六七八九十两几多半每今去明前后本当同全整历逐往青少成老中晚学新周过拜末年])年(?<part>初|底|末)"),
                    (m, d) -> year(d.getYear(), m.group("part"))),
            // 今年内, 明年内: the year, written with 内 as the development golds write it
            new Rule(Pattern.compile("(?<relative>今|去|明)年内"), (m, d) -> year(relative(m, d), null)),
            // 今年晚些时候, 明年稍晚时候: later in that year, the year as the development golds date it (seven of seven)
            new Rule(Pattern.compile("(?<relative>今|去|明)年(?:晚些|稍晚)(?:时候)?"), (m, d) -> year(relative(m, d), null)),
            // 这个月, 这个月底: the month (its part narrowing it, as 本月底)
            new Rule(Pattern.compile("(?<![\\p{IsHan}\\d])(?:这个月)" + PART_OF_MONTH),
                    (m, d) -> partOfMonth(YearMonth.from(d), m.group("monthPart"))),
            // New Year's Day of a year told from the document's (今年元旦发表了…): its first of January
            new Rule(Pattern.compile("(?<relative>今|去|明)年元旦"), (m, d) -> day(relative(m, d), 1, 1)),
            // 上个月 whatever stands before it (国务卿上个月访华), and so 上月, 下月 (巴基斯坦上月…, 将于下月…), but not
            // inside 以上, 以下 or before 份 (以上月份, 以下月)
            new Rule(Pattern.compile("(?:上个月|(?<![以\\d])上月(?!份))" + PART_OF_MONTH),
                    (m, d) -> partOfMonth(YearMonth.from(d).minusMonths(1), m.group("monthPart"))),
            new Rule(Pattern.compile("(?:下个月|(?<![以\\d])下月(?!份))" + PART_OF_MONTH),
                    (m, d) -> partOfMonth(YearMonth.from(d).plusMonths(1), m.group("monthPart"))),
            // a day of the month before or after (上个月29日)
            new Rule(Pattern.compile("(?<which>上|下)个?月" + DAY + "[日号]"),
                    (m, d) -> dayOf(YearMonth.from(d).plusMonths("上".equals(m.group("which")) ? -1 : 1).atDay(day(m)))),
            // 同日, 次日, 同月, 同年: times told from the one before them, which TimeAnaphora resolves; alone, no value
            new Rule(Pattern.compile(TimeAnaphora.WORDS), (m, d) -> VAGUE),
            // 今天的中国 is the present era; 今天的记者会 the gathering held on the day, which the next rule dates
            new Rule(Pattern.compile("今天(?=的(?!" + GATHERINGS + "))|(?<=像)今天"), (m, d) -> VAGUE),
            new Rule(Pattern.compile("今天"), (m, d) -> day(d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
            new Rule(Pattern.compile("昨天"), (m, d) -> dayOf(d.minusDays(1))),
            // 前天, not inside 目前天然气, 提前天数, 当前天气
            new Rule(Pattern.compile("(?<![目提之以当此事日年])前天(?![然下数气])"), (m, d) -> dayOf(d.minusDays(2))),
            new Rule(Pattern.compile("明天"), (m, d) -> dayOf(d.plusDays(1))),
            // 2030年前 is "by 2030": a year (N年前 with up to three digits is "N years ago", below).
            new Rule(Pattern.compile("(?<![\\d])(?<year>(?:19|20)[0-9]{2})年(?=前)"), (m, d) -> year(year(m), null)),
            // 上周五, 本周日, 下星期一: that day of the week before, this or the next (weeks run Monday to Sunday)
            new Rule(Pattern.compile("(?<![一二三四五六七八九十\\d])(?<week>上|本|这|下)(?:周|星期)(?<day>[一二三四五六日天])"),
                    (m, d) -> dayOf(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksAway(m))
                            .plusDays(daysAfterMonday(m.group("day"))))),
            // 上周, 本周, 下周: the month the week falls in
            new Rule(Pattern.compile("(?<![一二三四五六七八九十\\d])(?<week>上|本|这|下)周(?![边年期末一二三四五六日天])"),
                    (m, d) -> monthOf(YearMonth.from(d.plusWeeks(weeksAway(m))))),
            // Months of the document's year: 5月, 1—4月, 3至4月; quarters: 今年第一季度.
            // a part of a month (5月上旬, 8月初) is that month, as the annotators date it
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + "(?<![个第])" + MONTH + "月(?:上旬|中旬|下旬|初|底)?(?![日号\\d])"),
                    (m, d) -> month(d.getYear(), month(m))),
            new Rule(Pattern.compile(NO_DIGIT_BEFORE + "(?<from>1[0-2]|[1-9])(?:—|-|－|至|到|~)(?<month>1[0-2]|[1-9])月(?![日号\\d])"),
                    (m, d) -> months(d.getYear(), number(m.group("from")), month(m))),
            new Rule(Pattern.compile("(?<relative>今|去|明)年(?:第)?(?<quarter>[一二三四1-4])季度"),
                    (m, d) -> quarter(relative(m, d), number(m.group("quarter")))),
            new Rule(Pattern.compile("(?<!日)本月(?<part>上旬|中旬|下旬|初|底)?"), (m, d) -> partOfMonth(YearMonth.from(d), m.group("part"))),
            new Rule(Pattern.compile("(?<relative>今|去|明)年一年"), (m, d) -> year(relative(m, d), null)),
            new Rule(Pattern.compile("(?<![\\d〇零一二三四五六七八九十百千今明去本当同多几两半])年内"), (m, d) -> year(d.getYear(), null)),
            // 这一年 of a year's review, 全年 of a year's figures: the statement's year (13 of 13 in the development golds)
            new Rule(Pattern.compile("这一年|(?<![今去明]年|[\\d一二三四五六七八九十])全年"), (m, d) -> year(d.getYear(), null)),
            new Rule(Pattern.compile("新的一年"), (m, d) -> year(d.getMonthValue() >= 11 ? d.getYear() + 1 : d.getYear(), null)),
            new Rule(Pattern.compile("今(?<season>[春夏秋冬])|(?<relative>今|去|明)年(?<season2>[春夏秋冬])(?:天|季)"),
                    (m, d) -> season(m.group("relative") == null ? d.getYear() : relative(m, d),
                            m.group("season") != null ? m.group("season") : m.group("season2"))),
            new Rule(Pattern.compile("(?<relative>今|去|明)年(?<half>上|下)半年"),
                    (m, d) -> "上".equals(m.group("half")) ? months(relative(m, d), 1, 6) : months(relative(m, d), 7, 12)),
            new Rule(Pattern.compile("(?<![日\\d])本月" + DAY + "[日号]"), (m, d) -> day(d.getYear(), d.getMonthValue(), day(m))),
            new Rule(Pattern.compile("(?<animal>[鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?=[，。；、！？”]|$)"), (m, d) -> zodiacYear(m.group("animal"), d)),
            new Rule(Pattern.compile("(?<![\\d多余])百年前"), (m, d) -> year(d.getYear() - 100, null)),
            new Rule(Pattern.compile("再过(?<months>一|两|[1-9])个月"),
                    (m, d) -> monthOf(YearMonth.from(d).plusMonths("两".equals(m.group("months")) ? 2 : number(m.group("months"))))),
            // Periods reaching back to the document's date, counted in figures or words, about or more (近二十年来, 十多年来,
            // 一年多来: the development golds list 235 of the 252 such periods their texts have)
            new Rule(Pattern.compile("(?:过去(?:的)?|近)?(?<![\\d〇零一二三四五六七八九十两几多])(?<years>[一二三四五六七八九十两]{1,3}|[1-9][0-9]?)多?年多?(?:来|以来)"
                    + "|过去(?:的)?(?<past>一|两|[1-9][0-9]?)年(?:来|以来|里|间)?"),
                    // more than N years (十多年来, 一年多来) reach back to no definite day
                    (m, d) -> m.group().contains("多") ? VAGUE : backTo(d, m.group("years") != null ? m.group("years") : m.group("past"))),
            // since the start of a year: that year, as 18 of 24 development golds date it, reaching to the statement
            // the first months or quarters of a year (今年前10个月, 今年前三季度): that year, as the development golds date all twelve
            new Rule(Pattern.compile("(?<relative>今|去)年前(?:[1-9][0-9]?|[一二三四五六七八九十两]{1,2})(?:个月|季度)"),
                    (m, d) -> year(relative(m, d), null)),
            new Rule(Pattern.compile("(?<relative>今|去)年以来"),
                    (m, d) -> new TimeValue(String.format("%04d", relative(m, d)), "gYear", LocalDate.of(relative(m, d), 1, 1), d)),
            new Rule(Pattern.compile("(?<century>1[0-9]|20|21|[一二]?十[一二三四五六七八九]?)世纪"), (m, d) -> century(number(m.group("century")))),
            // How long something lasts or will (已经六年多, 长达78天, 连续多年, 今后五年内, 10年内): a span the development golds
            // list with no value; 今后, 未来 and 连续 belong to it, the words before it (长达, 时隔) do not
            new Rule(Pattern.compile("(?:今后|未来|连续)(?:" + COUNT + "|多|几)多?" + SPAN + "多?[内里间]?"
                    + "|(?<=时隔|长达|历时|为期|已经|已有|还有|只有|持续|持续了|经过|中断|中断了|进行了|不到|已)"
                    + COUNT + "多?" + SPAN + "半?多?"
                    + "|(?:将近|接近|(?<![最附接将亲])近)" + COUNT + "多?" + SPAN + "半?多?"
                    + "|" + NO_COUNT_BEFORE + COUNT + SPAN + "(?:半多?|多|内)"),
                    (m, d) -> VAGUE),
            // a year counted in a period (进入第五个年头), how soon (再过几天), and the century's parts and stretches other
            // than its end (本世纪中叶, 本世纪初, 本世纪以来), all listed by the development golds with no value
            new Rule(Pattern.compile("第[一二三四五六七八九十]{1,3}个年头|再过(?:几|" + COUNT + ")(?:天|年|个月)|一个时期以来"
                    + "|本世纪(?:中叶|初|内|以来|头[二三四五]十年)?(?!末)"),
                    (m, d) -> VAGUE),
            // the end of this century (到本世纪末…翻两番): its last year, as four of the five development golds date it
            new Rule(Pattern.compile("本世纪末"), (m, d) -> year((d.getYear() - 1) / 100 * 100 + 100, null)),
            // a month of the year named before (同年9月): one time, dated by TimeAnaphora
            new Rule(Pattern.compile("(?<!不)同年" + MONTH + "月"), (m, d) -> VAGUE),
            new Rule(Pattern.compile("当前|目前|当今|如今|眼下|近来|今明两年|迄今为止|迄今|至今|今后|未来|长期以来|近年来|近些年|近几年|多年来|"
                    + "最近一段时间|最近这几年|最近|近期|近日|(?<![近十])几年来|(?<![表体实出发])现在|(?<![\\d一二三四五六七八九十号])日前|不久前|前几年|过去几年|这几个月|往年|当年|"
                    + "(?:过去)?(?<!\\d)[1-9][0-9]*多年(?:前|来|以来)|下一个[1-9][0-9]*年|(?<!\\d)[1-9][0-9]?年后|(?:新中国成立|建交|改革开放|党的十八大)以来|半个世纪以来"
                    // how soon (早日, 尽早, 尽快, 及早) and the new century: times the development golds list with no value
                    + "|早日|尽早|尽快|及早|新世纪"),
                    (m, d) -> VAGUE));

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
        kept = new ArrayList<>(joinedToTheOneBefore(sentence, kept).stream().map(t -> reachingToNow(sentence, t, documentDate)).toList());
        Matcher anniversary = ANNIVERSARY.matcher(sentence);
        while (anniversary.find()) {
            int at = anniversary.start();
            if (kept.stream().anyMatch(k -> k.begin() < anniversary.end() && at < k.end())) {
                continue;
            }
            int year = kept.stream().filter(k -> k.end() <= at && k.value().start() != null
                            && k.value().start().getYear() == k.value().end().getYear())
                    .reduce((first, second) -> second).map(k -> k.value().start().getYear()).orElse(documentDate.getYear());
            kept.add(new TimeMention(at, anniversary.end(), anniversary.group(), year(year, null)));
        }
        kept.sort(Comparator.comparingInt(TimeMention::begin));
        return kept;
    }

    /**
     * A year or month followed by 以来 (1989年以来, 今年4月以来), taken in with it as the development golds write it: the
     * year or month it starts in, reaching to the statement; any other time (年初以来: 年初, as the golds write it) is left
     * as it is.
     */
    private static TimeMention reachingToNow(String sentence, TimeMention time, LocalDate documentDate) {
        TimeValue value = time.value();
        if (!sentence.startsWith("以来", time.end()) || !(time.surface().endsWith("年") || time.surface().endsWith("月")) || value.lexical() == null || value.start() == null
                || !value.start().isBefore(documentDate)) {
            return time;
        }
        return new TimeMention(time.begin(), time.end() + 2, time.surface() + "以来",
                new TimeValue(value.lexical(), value.datatype(), value.start(), documentDate));
    }

    /** What joins two times of a list or a range: 5月11日和13日, 2月4日至20日, 去年4月至11月. */
    private static final Pattern JOINED = Pattern.compile("和|、|及|或|至|到|—|－|-|~");
    private static final Pattern BARE_DAY = Pattern.compile(DAY + "[日号]");
    private static final Pattern BARE_MONTH = Pattern.compile(MONTH + "月(?:上旬|中旬|下旬|初|底)?");

    /**
     * The times with a day or a month written alone after the time it is joined to (13日 of 5月11日和13日, 11月 of
     * 去年4月至11月) put in that time's month or year, not the document's.
     */
    private static List<TimeMention> joinedToTheOneBefore(String sentence, List<TimeMention> times) {
        List<TimeMention> joined = new ArrayList<>();
        for (TimeMention time : times) {
            TimeMention before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            TimeValue value = before == null || before.value().start() == null
                    || !JOINED.matcher(sentence.substring(before.end(), time.begin())).matches()
                    ? null : inTheSamePeriod(time.surface(), before.value());
            joined.add(value == null ? time : new TimeMention(time.begin(), time.end(), time.surface(), value));
        }
        return joined;
    }

    /** A day alone in the month of a date, a month alone in the year of a date or month; null for any other time. */
    private static TimeValue inTheSamePeriod(String surface, TimeValue before) {
        LocalDate from = before.start();
        Matcher day = BARE_DAY.matcher(surface);
        Matcher month = BARE_MONTH.matcher(surface);
        try {
            if (day.matches() && "date".equals(before.datatype())) {
                return day(from.getYear(), from.getMonthValue(), day(day));
            }
            if (month.matches() && ("date".equals(before.datatype()) || "gYearMonth".equals(before.datatype()))) {
                return month(from.getYear(), month(month));
            }
        } catch (DateTimeException e) {
            return null; // 2月30日: the document's reading stays
        }
        return null;
    }

    /** A month, or a month's day or part, written with no year before it (8月8日, 9月, 12月初, 3至4月). */
    private static final Pattern YEARLESS = Pattern.compile(
            "(?:(?<from>1[0-2]|[1-9])(?:—|-|－|至|到|~))?" + MONTH + "月(?:" + DAY + "[日号]|上旬|中旬|下旬|初|底)?");

    /** Whether the time is a month or a day of one written without its year, which the document's year dates. */
    public static boolean isYearless(TimeMention time) {
        return YEARLESS.matcher(time.surface()).matches();
    }

    /** Whether the time is an anniversary read as the year it falls in (建交45周年), not a time something was done. */
    public static boolean isAnniversary(TimeMention time) {
        return ANNIVERSARY.matcher(time.surface()).matches();
    }

    /** An anniversary by its count of years (25周年, 七十周年): the year it falls in. */
    private static final Pattern ANNIVERSARY = Pattern.compile("(?<![\\d〇零一二三四五六七八九十百第])(?:\\d{1,3}|[一二三四五六七八九十百]{1,4})周年");

    static int number(String digits) {
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

    /** The week 上, 本 (这) or 下 names, counted from the document's: -1, 0 or 1. */
    private static int weeksAway(Matcher week) {
        return switch (week.group("week")) {
            case "上" -> -1;
            case "下" -> 1;
            default -> 0;
        };
    }

    /** How many days after Monday the weekday written 一 to 六, 日 or 天 is. */
    private static int daysAfterMonday(String day) {
        return Math.min("一二三四五六日天".indexOf(day), 6);
    }

    static TimeValue dayOf(LocalDate date) {
        return new TimeValue(date.toString(), "date", date, date);
    }

    static TimeValue month(int year, int month) {
        return monthOf(YearMonth.of(year, month));
    }

    static TimeValue monthOf(YearMonth month) {
        return new TimeValue(month.toString(), "gYearMonth", month.atDay(1), month.atEndOfMonth());
    }

    /** Months {@code from} to {@code to} of a year: the year, with the months as start and end. */
    private static TimeValue months(int year, int from, int to) {
        if (from >= to) {
            return null;
        }
        return new TimeValue(String.format("%04d", year), "gYear", YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth());
    }

    private static TimeValue quarter(int year, int quarter) {
        return months(year, 3 * quarter - 2, 3 * quarter);
    }

    /** 本月, 本月下旬: the month, narrowed to its part (上旬 days 1-10, 中旬 11-20, 下旬 21 to the end). */
    private static TimeValue partOfMonth(YearMonth month, String part) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        if ("上旬".equals(part) || "初".equals(part)) {
            end = month.atDay(10);
        } else if ("中旬".equals(part)) {
            start = month.atDay(11);
            end = month.atDay(20);
        } else if ("下旬".equals(part) || "底".equals(part)) {
            start = month.atDay(21);
        }
        return new TimeValue(month.toString(), "gYearMonth", start, end);
    }

    /** 今夏: the year, narrowed to the season's months (spring March-May, summer June-August...). */
    private static TimeValue season(int year, String season) {
        int first = 3 + 3 * SEASONS.indexOf(season);
        LocalDate start = LocalDate.of(year, first, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return new TimeValue(String.format("%04d", year), "gYear", start, end);
    }

    /** 牛年: the year of that animal nearest the document's date (2021 was an ox year). */
    private static TimeValue zodiacYear(String animal, LocalDate date) {
        int offset = Math.floorMod(date.getYear() - 2020 - ZODIAC.indexOf(animal), 12); // 2020: rat
        int year = offset <= 6 ? date.getYear() - offset : date.getYear() + 12 - offset;
        return year(year, null);
    }

    /** 一年来, 过去20年: from that many years before the document's date to the date; no single value. */
    private static TimeValue backTo(LocalDate date, String years) {
        int count = number(years);
        return new TimeValue(null, null, date.minusYears(count), date);
    }

    /** 19世纪: 1801-1900; no single value. */
    private static TimeValue century(int century) {
        if (century < 1 || century > 22) {
            return null;
        }
        return new TimeValue(null, null, LocalDate.of((century - 1) * 100 + 1, 1, 1), LocalDate.of(century * 100, 12, 31));
    }

    /**
     * A year, narrowed to its first quarter for 年初; 年底 and 年末 are its December, as most development golds date
     * them (年底, 今年底, 去年底, 1994年底…: 45 of the 66 they date).
     */
    static TimeValue year(int year, String part) {
        if ("底".equals(part) || "末".equals(part)) {
            return monthOf(YearMonth.of(year, 12));
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = "初".equals(part) ? LocalDate.of(year, 3, 31) : LocalDate.of(year, 12, 31);
        return new TimeValue(String.format("%04d", year), "gYear", start, end);
    }
}
