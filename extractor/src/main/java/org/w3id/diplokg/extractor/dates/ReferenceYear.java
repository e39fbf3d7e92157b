package org.w3id.diplokg.extractor.dates;

import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.extractor.model.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The year a turn is telling of, for the months written without one. A review of last year
 * (去年，…。8月8日，中国同印度尼西亚恢复了外交关系 said in March 1991) dates a later month in the year it named, not in
 * the statement's: a month or day alone that would still be to come in the statement's year, in a sentence
 * that does not put it ahead (将, 期待, 欢迎…), takes the year before the statement's where the last time the
 * turn named before it was of that year (去年, 1990年, 去年10月). A time of the statement's own year (今年) turns
 * the turn back to it; other years change nothing. The year after is not carried: a year-end review that
 * names 明年 still tells of this year's months (22 more development times right, none lost; carrying
 * 明年 too lost 19).
 *
 * <p>One instance reads one turn, sentence by sentence, in order.
 */
public final class ReferenceYear {

    /** What puts a month ahead of the statement: it will be, is awaited or prepared for (将于4月访华, 期待6月举行的峰会). */
    private static final Pattern AHEAD = Pattern.compile("将|计划|定于|预计|届时|期待|欢迎|办好|筹备|即将");

    private final LocalDate statementDate;
    private final int statementYear;
    private int year;

    public ReferenceYear(LocalDate statementDate) {
        this.statementDate = statementDate;
        this.statementYear = statementDate.getYear();
        this.year = statementYear;
    }

    /** The sentence's times with each yearless month in the year the turn tells of; learns the year the sentence names. */
    public List<TimeMention> anchor(String sentence, List<TimeMention> times) {
        boolean ahead = AHEAD.matcher(sentence).find();
        List<TimeMention> anchored = new ArrayList<>(times.size());
        for (TimeMention time : times) {
            TimeValue value = time.value();
            if (value == null || value.start() == null) {
                anchored.add(time);
            } else if (TimeExpressionFinder.isYearless(time)) {
                boolean told = year != statementYear && !ahead && value.start().getYear() == statementYear
                        && value.start().getMonthValue() > statementDate.getMonthValue();
                anchored.add(told ? new TimeMention(time.begin(), time.end(), time.surface(), movedTo(value, year)) : time);
            } else {
                anchored.add(time);
                if (!TimeExpressionFinder.isAnniversary(time)) {
                    learn(value); // 建交45周年 is the year it falls in, not the year the paragraph tells of
                }
            }
        }
        return anchored;
    }

    /** A time of one year, the statement's or the one before, sets the year the turn tells of. */
    private void learn(TimeValue value) {
        int named = value.start().getYear();
        if (named == value.end().getYear() && (named == statementYear || named == statementYear - 1)) {
            year = named;
        }
    }

    /** The same month, day or months, in {@code year}. */
    private static TimeValue movedTo(TimeValue value, int year) {
        int shift = year - value.start().getYear();
        String lexical = year + value.lexical().substring(4);
        return new TimeValue(lexical, value.datatype(), value.start().plusYears(shift), value.end().plusYears(shift));
    }
}
