package org.w3id.diplokg.extractor.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAnaphoraTest {

    private static final LocalDate SAID = LocalDate.of(1994, 9, 10);
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    /** The values of each sentence's times, read in order by one turn's anaphora. */
    private List<List<String>> read(String... sentences) {
        TimeAnaphora turn = new TimeAnaphora();
        return Arrays.stream(sentences)
                .map(s -> turn.resolve(finder.find(s, SAID)).stream().map(t -> String.valueOf(t.value().lexical())).toList())
                .toList();
    }

    @Test
    void theSameDayIsTheDateBeforeIt() {
        assertEquals(List.of(List.of("1994-09-03"), List.of("1994-09-03")),
                read("9月3日，两国元首签署了联合声明。", "同日，两国元首发表了关于互不首先使用核武器的联合声明。"));
        assertEquals(List.of(List.of("1990-08-02", "1990-08-02")),
                read("1990年8月2日伊拉克入侵科威特，中国政府当天即表示反对。"));
    }

    @Test
    void theNextDayIsTheDayAfterIt() {
        assertEquals(List.of(List.of("2001-11-10"), List.of("2001-11-11")),
                read("2001年11月10日，会议通过了中国加入世贸组织的决定。", "次日，中国政府代表签署了议定书。"));
    }

    @Test
    void theSameMonthOrYearIsThatOfTheTimeBeforeIt() {
        assertEquals(List.of(List.of("1992-01-24"), List.of("1992-01")),
                read("1992年1月24日，中国同以色列建交。", "同月，两国外长举行了会谈。"));
        assertEquals(List.of(List.of("1971-10"), List.of("1971")),
                read("1971年10月，联合国大会恢复了中华人民共和国的合法席位。", "同年，中国同多国建交。"));
    }

    @Test
    void aMonthOfTheSameYearIsThatMonthOfTheYearBeforeIt() {
        assertEquals(List.of(List.of("1986-06"), List.of("1986-09")),
                read("1986年6月底，两国政府代表团举行了第一轮会谈。", "同年9月，双方又举行了第二轮会谈。"));
    }

    @Test
    void theSameMonthIsTheLastMonthNamedNotALaterYear() {
        assertEquals(List.of(List.of("2019-04", "2020"), List.of("2019-04")),
                read("2019年4月，李克强总理出席中欧领导人会晤，双方同意在2020年达成投资协定。", "同月，李克强总理出席中国—中东欧国家领导人会晤。"));
    }

    @Test
    void thenIsTheTimeBeforeIt() {
        assertEquals(List.of(List.of("1994-11"), List.of("1994-11")),
                read("亚太经合组织领导人非正式会议将于11月在印度尼西亚举行。", "届时，江泽民主席将出席会议。"));
    }

    @Test
    void withNothingBeforeItOrOnlyAYearBeforeASameDayItKeepsNoValue() {
        assertEquals(List.of(List.of("null")), read("新中国成立的第二天，苏联就同中国建立外交关系。"));
        assertEquals(List.of(List.of("1992"), List.of("null")), read("1992年两国建交。", "同日，双方发表公报。"));
    }

    @Test
    void anAnniversaryIsNoTimeToTellFrom() {
        assertEquals(List.of(List.of("1994-09-03"), List.of("1994"), List.of("1994-09-03")),
                read("9月3日，两国元首举行会谈。", "双方隆重纪念两国建交45周年。", "当天，双方签署了协定。"));
    }
}
