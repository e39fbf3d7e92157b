package org.w3id.diplokg.extractor.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a document's event date in its text. A page can state several dates: the day of the event
 * and the day the page was published. The ways a date is stated are tried in the order below, and
 * the first that gives a day wins, so a date that introduces the event always beats a web page's
 * timestamp, and the name of the way that won is the {@link DocumentDate}'s source:
 * <ol>
 *   <li>dateline: 新华社北京3月7日电, 新华社慕尼黑2月16日电 (or the date of the lead sentence after it,
 *       when that opens with the day of the event: 新华社北京3月9日电 3月8日，王毅…发表演讲);</li>
 *   <li>event line: a line that is only the event's date and place, as under a speech's byline:
 *       （2019年2月16日，慕尼黑）, （二〇一九年二月十六日）, 2023年5月19日于西安;</li>
 *   <li>signing clause: a statement's or treaty's closing words on its own signing, wherever they stand
 *       (本声明于一九九八年七月四日在阿拉木图签署), which beat the dates of the visit its lead recounts;</li>
 *   <li>opening sentence: one of the first lines opens with a date, or with who acts and then the date, and
 *       introduces the event: 2023年3月7日，外交部发言人秦刚主持例行记者会 / 3月8日，…举行 / 国务院总理李鹏11月8日…接受了…采访
 *       (the cues are in event-cues.tsv);</li>
 *   <li>header: a web page's or newspaper's date line: 2021/01/02 10:19, 澎湃新闻2023/03/07 12:21,
 *       来源：外交部网站 2023-02-18, 2021年3月8日 星期一;</li>
 *   <li>session: the NPC session a sentence names (十三届全国人大四次会议, 第七届全国人民代表大会第一次会议) gives the year, a month
 *       and day in that sentence the day;</li>
 *   <li>text: the first full date anywhere in the text.</li>
 * </ol>
 * A month and day without a year (a dateline, an opening sentence) take the year from the header
 * date nearest to them (a page is published on or after its event), else from the NPC session the
 * text names, else from the UN General Assembly session it names (第三十九届联大: 1984 from September),
 * else from the anniversaries it counts (今年是中法建交35周年), else from the nearest full
 * date in the text.
 */
final class DocumentDateFinder {
    private static final String NUMBER = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})";
    private static final String FULL = "(?:" + YEAR + "年" + NUMBER + "月" + NUMBER + "[日号])";

    private static final Pattern DATELINE = Pattern.compile(
            "[\\p{IsHan}]{2,8}?(?:(?<year>" + YEAR + ")年)?(?<month>" + NUMBER + ")月(?<day>" + NUMBER + ")日电");
    /** The lead of a dateline or an opening line: a date (with 当地时间 or not) before the rest of its sentence. */
    private static final Pattern OPENING_DATE = Pattern.compile(
            "^\\s*(?:当地时间)?(?<date>" + FULL + "|" + NUMBER + "月" + NUMBER + "[日号])[，,]?(?<rest>[^。！？\\n]*)");
    /**
     * A lead that names who acts before the date (国务院总理李鹏11月8日在中南海接受了…采访): a name and titles, no numerals,
     * so a year written in words (一九八八年十一月八日) stays part of the date.
     */
    private static final Pattern SUBJECT_FIRST_DATE = Pattern.compile(
            "^\\s*[\\p{IsHan}·&&[^〇零一二三四五六七八九十年月日在于将从自据]]{2,16}?(?<date>" + FULL + "|" + NUMBER + "月" + NUMBER + "[日号])(?<rest>[^。！？\\n]*)");
    private static final Pattern EVENT_LINE = Pattern.compile(
            "^[（(]\\s*(?<date>" + FULL + ")\\s*(?:[，,、 ]\\s*[^（）()]{1,20})?[）)]$|^(?<signed>" + FULL + ")\\s*于\\s*[\\p{IsHan}]{1,12}$");
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "^(?:(?:来源|发布时间|发布日期|日期|时间)：[^。！？]{0,30}?)?(?<date>" + FULL + ")(?:\\s*(?:星期|周)[一二三四五六日天])?"
                    + "(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*来源：[^。！？]{0,30})?$");
    /** A document's clause on its own signing (本声明于一九九八年七月四日在阿拉木图签署): the day it was made. */
    private static final Pattern SIGNING_CLAUSE = Pattern.compile("本(?:联合)?(?:声明|公报|宣言|条约|协定|协议|备忘录|议定书|纪要)于\\s*(?<date>"
            + FULL + ")[^。！？\\n]{0,20}?(?:签署|签订|签字|发表|通过)");
    private static final Pattern NPC_SESSION =
            Pattern.compile("第?([一二三四五六七八九十]+)届全国(?:人大|人民代表大会)第?([一二三四五])次会议");
    /** A session of the UN General Assembly by its number (第三十九届联合国大会, 第39届联大). */
    private static final Pattern UNGA_SESSION = Pattern.compile("第([一二三四五六七八九十]+|\\d{1,2})届(?:联合国大会|联大)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？\\n]");
    /** A day a lead sentence gives the event itself: 18日, 今天, 当天, 日前. */
    private static final Pattern DAY_OF_ITS_OWN = Pattern.compile("(?<![月\\d一二三四五六七八九十])" + NUMBER + "日|今天|今日|当天|当日|日前");
    /** How many of the first lines may hold an opening sentence (a headline and a header come before it). */
    private static final int OPENING_LINES = 6;
    /** A header line is short and holds no sentence. */
    private static final int LONGEST_HEADER = 60;

    /** One way a text states its date: the name its DocumentDate records, an example, and how to find it. */
    private record DateSource(String name, String example, Function<Clues, Optional<Found>> find) {}

    private record Found(LocalDate date, String evidence) {}

    /** A date written in the text and where. */
    private record Dated(LocalDate date, int position, String evidence) {}

    private record Line(String text, int begin) {}

    private final PatternList eventCues = PatternList.load("/org/w3id/diplokg/extractor/structure/event-cues.tsv");
    private final AnniversaryYear anniversaries = new AnniversaryYear();
    private final List<DateSource> sources = List.of(
            new DateSource("dateline", "新华社北京3月7日电", this::dateline),
            new DateSource("event line", "（2019年2月16日，慕尼黑）", DocumentDateFinder::eventLine),
            new DateSource("signing clause", "本声明于2021年6月28日在莫斯科签署", DocumentDateFinder::signingClause),
            new DateSource("opening sentence", "2023年3月7日，外交部发言人秦刚主持例行记者会", this::openingSentence),
            new DateSource("header", "2023/03/07 12:21", clues -> clues.headers.stream().findFirst().map(d -> new Found(d.date, d.evidence))),
            new DateSource("session", "十三届全国人大四次会议3月7日举行记者会", DocumentDateFinder::session),
            new DateSource("text", "a full date such as 2023年3月7日 anywhere", clues -> clues.fullDates.stream().findFirst()
                    .map(d -> new Found(d.date, d.evidence))));

    /** The 7th National People's Congress held its first session in 1988; each lasts five years. */
    static int npcSessionYear(int congress, int session) {
        return 1988 + 5 * (congress - 7) + (session - 1);
    }

    Optional<DocumentDate> find(String text) {
        Clues clues = new Clues(text, anniversaries.in(text).orElse(null));
        for (DateSource source : sources) {
            Optional<Found> found = source.find.apply(clues);
            if (found.isPresent()) {
                return Optional.of(new DocumentDate(found.get().date(), source.name(), found.get().evidence()));
            }
        }
        return Optional.empty();
    }

    /** The ways a date was looked for, for a message saying none was found. */
    String formsTried() {
        return sources.stream().map(s -> s.name() + " (" + s.example() + ")").collect(Collectors.joining(", "));
    }

    /** The year of the NPC session the text names, or null. */
    static Integer sessionYear(String text) {
        Matcher session = NPC_SESSION.matcher(text);
        if (!session.find()) {
            return null;
        }
        return npcSessionYear(ChineseNumerals.parse(session.group(1)), ChineseNumerals.parse(session.group(2)));
    }

    /**
     * The year a day of the UN General Assembly's session {@code session} falls in: the Nth session opens in
     * September 1945 + N and sits, resumed, until the next one opens.
     */
    static int ungaSessionYear(int session, int month) {
        return 1945 + session + (month < 9 ? 1 : 0);
    }

    /** The session's name, e.g. 十三届全国人大四次会议, or null. */
    static String sessionName(String text) {
        Matcher session = NPC_SESSION.matcher(text);
        return session.find() ? session.group() : null;
    }

    private Optional<Found> dateline(Clues clues) {
        Matcher dateline = DATELINE.matcher(clues.text);
        if (!dateline.find()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = dateline.group("year") != null
                ? WrittenDates.date(WrittenDates.number(dateline.group("year")), dateline.group("month"), dateline.group("day"))
                : clues.dayNear(dateline.start(), dateline.group("month"), dateline.group("day"));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        int lineEnd = clues.text.indexOf('\n', dateline.end());
        String lead = clues.text.substring(dateline.end(), lineEnd < 0 ? clues.text.length() : lineEnd);
        // The lead paragraph may set the scene first (江泽民即将出访。) and date the event after it (10月14日，…接受…采访);
        // a first sentence that gives its own day (王毅18日会见…) is the event, and what it goes on to date is history.
        String[] sentences = lead.split("(?<=[。！？])");
        int read = DAY_OF_ITS_OWN.matcher(sentences[0]).find() ? 1 : sentences.length;
        for (int i = 0; i < read; i++) {
            Optional<LocalDate> leadDate = introducedEvent(sentences[i], clues, dateline.end(), date.get().getYear());
            if (leadDate.isPresent()) {
                return Optional.of(new Found(leadDate.get(), dateline.group()));
            }
        }
        return Optional.of(new Found(date.get(), dateline.group()));
    }

    /**
     * A dateline's or opening sentence's month and day when the text gives no year for it
     * (新华社北京10月18日电 in a text with no full date), for saying why no date was found.
     */
    Optional<String> dayWithoutYear(String text) {
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find() && dateline.group("year") == null) {
            return Optional.of(dateline.group());
        }
        return openingLines(new Clues(text, null)).stream().map(line -> introducingDate(line.text))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Found> eventLine(Clues clues) {
        for (Line line : clues.lines) {
            Matcher event = EVENT_LINE.matcher(line.text);
            if (event.matches()) {
                Matcher full = WrittenDates.FULL.matcher(line.text);
                if (full.find()) {
                    Optional<LocalDate> date = WrittenDates.date(full);
                    if (date.isPresent()) {
                        return Optional.of(new Found(date.get(), line.text));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> signingClause(Clues clues) {
        Matcher clause = SIGNING_CLAUSE.matcher(clues.text);
        while (clause.find()) {
            Matcher full = WrittenDates.FULL.matcher(clause.group("date"));
            Optional<LocalDate> date = full.matches() ? WrittenDates.date(full) : Optional.empty();
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), clause.group()));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> openingSentence(Clues clues) {
        for (Line line : openingLines(clues)) {
            Optional<LocalDate> date = introducedEvent(line.text, clues, line.begin, null);
            if (date.isPresent()) {
                int end = line.text.indexOf('。');
                return Optional.of(new Found(date.get(), end < 0 ? line.text : line.text.substring(0, end + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The date {@code text} opens with when the rest of its sentence introduces the event
     * (…主持例行记者会, …发表演讲); a month and day take {@code year}, or else the year found near
     * {@code position}.
     */
    private Optional<LocalDate> introducedEvent(String text, Clues clues, int position, Integer year) {
        Optional<String> introducing = introducingDate(text);
        if (introducing.isEmpty()) {
            return Optional.empty();
        }
        String written = introducing.get();
        Matcher full = WrittenDates.FULL.matcher(written);
        if (full.matches()) {
            return WrittenDates.date(full);
        }
        Matcher monthDay = WrittenDates.MONTH_DAY.matcher(written);
        if (!monthDay.matches()) {
            return Optional.empty();
        }
        return year != null ? WrittenDates.date(year, monthDay.group("month"), monthDay.group("day"))
                : clues.dayNear(position, monthDay.group("month"), monthDay.group("day"));
    }

    /** The first lines, where a headline and a header may stand before the opening sentence. */
    private static List<Line> openingLines(Clues clues) {
        return clues.lines.subList(0, Math.min(OPENING_LINES, clues.lines.size()));
    }

    /** The date {@code text} opens with, as written, when the rest of its sentence introduces the event. */
    private Optional<String> introducingDate(String text) {
        for (Pattern form : List.of(OPENING_DATE, SUBJECT_FIRST_DATE)) {
            Matcher opening = form.matcher(text);
            if (opening.find() && eventCues.find(opening.group("rest"))) {
                return Optional.of(opening.group("date"));
            }
        }
        return Optional.empty();
    }

    /** A month and day in the sentence that names the NPC session, in the session's year. */
    private static Optional<Found> session(Clues clues) {
        Matcher session = NPC_SESSION.matcher(clues.text);
        if (!session.find()) {
            return Optional.empty();
        }
        int begin = session.start();
        while (begin > 0 && "。！？\n".indexOf(clues.text.charAt(begin - 1)) < 0) {
            begin--;
        }
        Matcher end = SENTENCE_END.matcher(clues.text);
        String sentence = clues.text.substring(begin, end.find(session.end()) ? end.end() : clues.text.length());
        Matcher monthDay = WrittenDates.MONTH_DAY.matcher(sentence);
        while (monthDay.find()) {
            Optional<LocalDate> date = WrittenDates.date(clues.sessionYear, monthDay.group("month"), monthDay.group("day"));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), sentence));
            }
        }
        return Optional.empty();
    }

    /** What a text offers for dating it, read once. */
    private static final class Clues {
        final String text;
        final List<Line> lines = new ArrayList<>();
        /** Header dates in the order of the text. */
        final List<Dated> headers = new ArrayList<>();
        /** Every full date (in words or figures) in the order of the text. */
        final List<Dated> fullDates = new ArrayList<>();
        final Integer sessionYear;
        /** The number of the UN General Assembly session the text names, or null. */
        final Integer ungaSession;
        /** The year the text's anniversaries count to (今年是…35周年), or null. */
        final Integer anniversaryYear;

        Clues(String text, Integer anniversaryYear) {
            this.text = text;
            this.anniversaryYear = anniversaryYear;
            int start = 0;
            while (start < text.length()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                int begin = start;
                while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
                String line = text.substring(begin, end).strip();
                if (!line.isEmpty()) {
                    lines.add(new Line(line, begin));
                }
                start = end + 1;
            }
            for (Line line : lines) {
                header(line).ifPresent(headers::add);
            }
            for (Pattern form : List.of(WrittenDates.FULL, WrittenDates.NUMERIC)) {
                Matcher date = form.matcher(text);
                while (date.find()) {
                    int position = date.start();
                    String evidence = date.group();
                    WrittenDates.date(date).ifPresent(d -> fullDates.add(new Dated(d, position, evidence)));
                }
            }
            fullDates.sort(Comparator.comparingInt(Dated::position));
            sessionYear = sessionYear(text);
            Matcher unga = UNGA_SESSION.matcher(text);
            ungaSession = unga.find() ? WrittenDates.number(unga.group(1)) : null;
        }

        /** A line that is a page's date: a timestamp in figures, or a date in words alone (with weekday, time, source). */
        private static Optional<Dated> header(Line line) {
            if (line.text.length() > LONGEST_HEADER || line.text.matches(".*[。！？].*")) {
                return Optional.empty();
            }
            Matcher figures = WrittenDates.NUMERIC.matcher(line.text);
            if (figures.find()) {
                return WrittenDates.date(figures).map(d -> new Dated(d, line.begin + figures.start(), line.text));
            }
            Matcher words = HEADER_WORDS.matcher(line.text);
            if (words.matches()) {
                Matcher full = WrittenDates.FULL.matcher(words.group("date"));
                if (full.matches()) {
                    return WrittenDates.date(full).map(d -> new Dated(d, line.begin + words.start("date"), line.text));
                }
            }
            return Optional.empty();
        }

        /**
         * A month and day at {@code position} in the year the text gives them: the nearest header's
         * (the year before when the day would come after the page's date), else the NPC session's, else the UN
         * General Assembly session's,
         * else the year the anniversaries count to, else the nearest full date's.
         */
        Optional<LocalDate> dayNear(int position, String month, String day) {
            Optional<Dated> header = nearest(headers, position);
            if (header.isPresent()) {
                LocalDate published = header.get().date();
                Optional<LocalDate> date = WrittenDates.date(published.getYear(), month, day);
                if (date.isPresent() && date.get().isAfter(published)) {
                    return WrittenDates.date(published.getYear() - 1, month, day);
                }
                return date;
            }
            if (sessionYear != null) {
                return WrittenDates.date(sessionYear, month, day);
            }
            if (ungaSession != null) {
                return WrittenDates.date(ungaSessionYear(ungaSession, WrittenDates.number(month)), month, day);
            }
            if (anniversaryYear != null) {
                return WrittenDates.date(anniversaryYear, month, day);
            }
            return nearest(fullDates, position).flatMap(full -> WrittenDates.date(full.date().getYear(), month, day));
        }

        private static Optional<Dated> nearest(List<Dated> dates, int position) {
            return dates.stream().min(Comparator.comparingInt(d -> Math.abs(d.position() - position)));
        }
    }
}
