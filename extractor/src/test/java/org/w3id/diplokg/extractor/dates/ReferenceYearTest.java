package org.w3id.diplokg.extractor.dates;

import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.TimeMention;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferenceYearTest {

    private static final LocalDate SAID = LocalDate.of(2004, 3, 6);
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    /** The values of the times of each sentence, read in order by one turn's reference year. */
    private List<List<String>> read(String... sentences) {
        ReferenceYear turn = new ReferenceYear(SAID);
        return java.util.Arrays.stream(sentences)
                .map(s -> turn.anchor(s, finder.find(s, SAID)).stream().map(t -> t.value().lexical()).toList())
                .toList();
    }

    @Test
    void aReviewOfLastYearDatesItsLaterMonthsInThatYear() {
        assertEquals(List.of(List.of("2003"), List.of("2003-10-12"), List.of("2003-11")),
                read("去年，我国的睦邻外交有了新的进展。", "10月12日，两国签署了边界协定。", "11月，总理访问了东南亚三国。"));
    }

    @Test
    void aMonthStillToComeThisYearStaysInIt() {
        assertEquals(List.of(List.of("2003"), List.of("2004-05")),
                read("去年两国关系稳步发展。", "总统将于5月访华。"));
    }

    @Test
    void aMonthAlreadyPastThisYearIsNotMoved() {
        // February is before March, the month of the statement: this year's, whatever the turn told of before
        assertEquals(List.of(List.of("2003-12"), List.of("2004-02")),
                read("去年12月双方举行了磋商。", "2月，双方又签署了议定书。"));
    }

    @Test
    void thisYearNamedAgainTurnsTheTurnBackToIt() {
        assertEquals(List.of(List.of("2003"), List.of("2004"), List.of("2004-09")),
                read("去年双方往来频繁。", "今年是两国关系的重要一年。", "9月，双方举行第三次会议。"));
    }

    @Test
    void neitherTheYearAfterNorHistoryIsCarried() {
        assertEquals(List.of(List.of("2005"), List.of("2004-10")), read("明年两国将举办文化年。", "10月，双方举行了会谈。"));
        assertEquals(List.of(List.of("1949"), List.of("2004-10")), read("1949年新中国成立。", "10月，双方举行了会谈。"));
    }

    @Test
    void onlyMonthsWithoutAYearAreMoved() {
        List<TimeMention> times = new ReferenceYear(SAID).anchor("2004年10月双方签署了协定。", finder.find("2004年10月双方签署了协定。", SAID));
        assertEquals("2004-10", times.get(0).value().lexical());
    }
}
