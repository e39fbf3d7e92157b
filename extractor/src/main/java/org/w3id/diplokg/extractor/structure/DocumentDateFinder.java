package org.w3id.diplokg.extractor.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's event date in its text: a dateline (新华社北京3月7日电) gives month and day, the
 * National People's Congress session (十三届全国人大四次会议) gives the year; a header date
 * (2021/01/02 10:19, 2021年1月2日) gives all three.
 */
final class DocumentDateFinder {
    private static final Pattern DATELINE = Pattern.compile("[\\p{IsHan}]{2,8}?(\\d{1,2})月(\\d{1,2})日电");
    private static final Pattern NPC_SESSION =
            Pattern.compile("([一二三四五六七八九十]+)届全国人大([一二三四五])次会议");
    private static final Pattern HEADER_DATE =
            Pattern.compile("(?m)^\\s*(\\d{4})[/\\-.年](\\d{1,2})[/\\-.月](\\d{1,2})日?");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})年\\d{1,2}月\\d{1,2}日");

    /** The 7th National People's Congress held its first session in 1988; each lasts five years. */
    static int npcSessionYear(int congress, int session) {
        return 1988 + 5 * (congress - 7) + (session - 1);
    }

    Optional<DocumentDate> find(String text) {
        Matcher header = HEADER_DATE.matcher(text);
        if (header.find()) {
            Optional<LocalDate> date = date(header.group(1), header.group(2), header.group(3));
            if (date.isPresent()) {
                return Optional.of(new DocumentDate(date.get(), "header"));
            }
        }
        Matcher dateline = DATELINE.matcher(text);
        Integer year = sessionYear(text);
        if (dateline.find()) {
            if (year == null) {
                Matcher full = YEAR_IN_TEXT.matcher(text);
                year = full.find() ? Integer.parseInt(full.group(1)) : null;
            }
            if (year != null) {
                Optional<LocalDate> date = date(year.toString(), dateline.group(1), dateline.group(2));
                if (date.isPresent()) {
                    return Optional.of(new DocumentDate(date.get(), "dateline"));
                }
            }
        }
        return Optional.empty();
    }

    /** The year of the NPC session the text names, or null. */
    static Integer sessionYear(String text) {
        Matcher session = NPC_SESSION.matcher(text);
        if (!session.find()) {
            return null;
        }
        return npcSessionYear(ChineseNumerals.parse(session.group(1)), ChineseNumerals.parse(session.group(2)));
    }

    /** The session's name, e.g. 十三届全国人大四次会议, or null. */
    static String sessionName(String text) {
        Matcher session = NPC_SESSION.matcher(text);
        return session.find() ? session.group() : null;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
