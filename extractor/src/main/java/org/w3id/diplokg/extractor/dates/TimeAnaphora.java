package org.w3id.diplokg.extractor.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.extractor.model.TimeValue;

/**
 * Times told from the time named before them in the turn: 同日, 当天 and 当日 are that day, 次日, 翌日 and 第二天 the
 * day after it, 同月 its month, 同年 its year and 同年9月 a month of it, 届时 and 当时 the time itself
 * (10月3日，两国签署了联合公报。同日，…: 10月3日; 会议将于11月举行。届时，…: November), as the development golds date them (届时 and 当时 in 13 of their 18); one with
 * nothing before it to be told from (新中国成立的第二天) keeps no value.
 *
 * <p>One instance reads one turn, sentence by sentence, in order.
 */
public final class TimeAnaphora {

    /** The words, as {@link TimeExpressionFinder} finds them (not 不同年份, 同年龄, 同月份). */
    static final String WORDS = "同日|当天|当日|次日|翌日|第二天|同月(?!份)|(?<!不)同年(?![龄份级])|届时|当时";

    /** 同年9月: a month of the year named before. */
    private static final Pattern MONTH_OF_THE_SAME_YEAR = Pattern.compile("同年(.+)月");

    /** The last day, month and year the turn named (a day names its month and year too), or null. */
    private TimeValue lastDay;
    private TimeValue lastMonth;
    private TimeValue lastYear;
    /** The last time the turn named, whatever its precision: what 届时 and 当时 stand for. */
    private TimeValue lastTime;

    /** The sentence's times with each of these words dated from the time before it; learns the sentence's times. */
    public List<TimeMention> resolve(List<TimeMention> times) {
        List<TimeMention> resolved = new ArrayList<>(times.size());
        for (TimeMention time : times) {
            TimeValue value = time.value() != null && time.value().lexical() == null ? toldFrom(time.surface()) : null;
            TimeMention kept = value == null ? time : new TimeMention(time.begin(), time.end(), time.surface(), value);
            if (kept.value() != null && kept.value().lexical() != null && !TimeExpressionFinder.isAnniversary(kept)) {
                learn(kept.value());
            }
            resolved.add(kept);
        }
        return resolved;
    }

    private void learn(TimeValue value) {
        LocalDate start = value.start();
        LocalDate end = value.end();
        if (start.getYear() != end.getYear()) {
            return;
        }
        lastTime = value;
        lastYear = TimeExpressionFinder.year(start.getYear(), null);
        if (start.getMonthValue() == end.getMonthValue()) {
            lastMonth = TimeExpressionFinder.monthOf(YearMonth.from(start));
        }
        if ("date".equals(value.datatype())) {
            lastDay = value;
        }
    }

    /**
     * What the word says of the last time of its kind before it (同月 after 4月 and 2020年 is April's month), or
     * null where the turn has named none.
     */
    private TimeValue toldFrom(String word) {
        Matcher month = MONTH_OF_THE_SAME_YEAR.matcher(word);
        if (month.matches()) {
            int monthOfYear = TimeExpressionFinder.number(month.group(1));
            return lastYear == null ? null : TimeExpressionFinder.monthOf(YearMonth.of(lastYear.start().getYear(), monthOfYear));
        }
        return switch (word) {
            case "同日", "当天", "当日" -> lastDay;
            case "次日", "翌日", "第二天" -> lastDay == null ? null : TimeExpressionFinder.dayOf(lastDay.start().plusDays(1));
            case "同月" -> lastMonth;
            case "同年" -> lastYear;
            case "届时", "当时" -> lastTime;
            default -> null;
        };
    }
}
