package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.diplokg.extractor.normalize.TextNormalizer;

/** Every way the ministry's pages state a date, and which one is the event's when several are there. */
class DocumentDateFinderTest {
    private final DocumentDateFinder finder = new DocumentDateFinder();

    /** The date and its source, read from the text as the structure stage sees it (normalised). */
    private String dateOf(String raw) {
        return finder.find(new TextNormalizer().normalize(raw).text())
                .map(found -> found.date() + " " + found.source()).orElse("none");
    }

    @Test
    void aSpeechIsDatedByTheBracketedLineUnderItsByline() {
        assertEquals("2019-02-16 event line", dateOf("""
                深化互信 加强合作 共同维护世界和平与安全
                ——在第55届慕尼黑安全会议上的演讲
                国务委员兼外交部长 王毅
                （2019年2月16日，慕尼黑）
                尊敬的伊申格尔主席，
                女士们，先生们，朋友们：
                很高兴再次来到慕尼黑安全会议。
                """));
        assertEquals("2019-02-16 event line", dateOf("王毅在第55届慕尼黑安全会议上的演讲\n（2019年2月16日）\n很高兴再次来到慕尼黑。\n"));
    }

    @Test
    void chineseNumeralsAreRead() {
        assertEquals("2019-02-16 event line", dateOf("王毅在第55届慕尼黑安全会议上的演讲\n（二〇一九年二月十六日，慕尼黑）\n很高兴再次来到慕尼黑。\n"));
        assertEquals("2023-03-07 header", dateOf("中国外交部声明\n二零二三年三月七日\n中方对此表示坚决反对。\n"));
        assertEquals("2021-12-31 text", dateOf("中方于二〇二一年十二月三十一日宣布了这一决定。\n"));
    }

    @Test
    void aJointStatementIsDatedWhereItWasSigned() {
        assertEquals("2023-05-19 event line", dateOf("""
                中国—中亚峰会西安宣言
                双方一致同意深化全方位合作。
                本宣言用中文和俄文写成。
                2023年5月19日于西安
                """));
    }

    @Test
    void aStatementsClauseOnItsOwnSigningBeatsTheDatesOfTheVisitItRecounts() {
        String statement = """
                中华人民共和国和蒙古国联合声明
                应蒙古国总统的邀请，中华人民共和国主席于2004年6月2日至5日对蒙古国进行国事访问。
                两国元首举行了会谈。
                本声明于二〇〇四年六月四日在乌兰巴托签署，一式两份。
                """;
        assertEquals("2004-06-04 signing clause", dateOf(statement));
        assertEquals("2004-06-02 text", dateOf(statement.replace("本声明于二〇〇四年六月四日在乌兰巴托签署", "两国于二〇〇四年六月四日发表声明")),
                "a date someone else signed or issued something on is not the statement's own");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "澎湃新闻2023/03/07 12:21|2023-03-07 header",
        "2021/01/02 10:19|2021-01-02 header",
        "来源：外交部网站 2023-02-18|2023-02-18 header",
        "2023-03-07|2023-03-07 header",
        "发布时间：2023-03-07 15:30:12|2023-03-07 header",
        "2021年3月8日 星期一|2021-03-08 header"})
    void aPageHeaderDatesAnInterviewWithNoOtherDate(String header, String expected) {
        assertEquals(expected, dateOf("王毅接受《金融时报》专访\n" + header + "\n问：您如何看待中欧关系？\n答：中欧是全面战略伙伴。\n"));
    }

    @Test
    void aDatelineTakesItsYearFromTheHeaderTheSessionOrAFullDate() {
        assertEquals("2023-03-07 dateline", dateOf("澎湃新闻2023/03/07 18:30\n新华社北京3月7日电 外交部长秦刚7日在人民大会堂举行记者会。\n"));
        assertEquals("2021-03-07 dateline", dateOf("新华社北京3月7日电 十三届全国人大四次会议7日举行视频记者会。\n"));
        assertEquals("2019-02-16 dateline", dateOf("""
                新华社慕尼黑2月16日电 国务委员兼外交部长王毅16日在第55届慕尼黑安全会议上发表演讲。
                王毅于2019年2月15日抵达慕尼黑。
                他表示，中德两国自1972年10月11日建交以来，各领域合作不断深化。
                """));
        assertEquals("2023-03-07 dateline", dateOf("新华社北京2023年3月7日电 外交部长秦刚7日举行记者会。\n"));
    }

    @Test
    void aDatelineAtTheUnTakesItsYearFromTheGeneralAssemblySessionOverALaterYearInTheText() {
        assertEquals("1986-10-02 dateline", dateOf("""
                本报联合国10月2日电 出席第四十一届联合国大会的外交部长吴学谦今天举行记者招待会。
                他说，香港1997年7月1日回归以后的制度不变。
                """));
        assertEquals("1991-03-05 dateline", dateOf("本报联合国3月5日电 第45届联大续会今天在这里举行，中国代表发言。\n"));
    }

    @Test
    void aDatelineInDecemberPublishedInJanuaryIsLastYears() {
        assertEquals("2023-12-31 dateline", dateOf("2024/01/01 08:00\n新华社北京12月31日电 外交部发言人就有关问题答记者问。\n"));
    }

    @Test
    void theEventsDateBeatsThePagesPublicationDate() {
        // The page went up on 9 March; the dateline and the lead say the briefing was on the 8th.
        assertEquals("2023-03-08 dateline", dateOf("2023年3月9日 星期四\n新华社北京3月8日电 外交部发言人毛宁8日主持例行记者会。\n"));
        assertEquals("新华社北京3月8日电", finder.find("2023年3月9日 星期四\n新华社北京3月8日电 外交部发言人毛宁8日主持例行记者会。\n")
                .orElseThrow().evidence(), "the date says what it was read from");
        assertEquals("2023-03-08 opening sentence", dateOf("""
                外交部发言人毛宁主持例行记者会
                澎湃新闻2023/03/09 07:30
                2023年3月8日，外交部发言人毛宁主持例行记者会。
                问：中方对此有何评论？
                答：我们注意到有关报道。
                """));
        assertEquals("2023-03-08 opening sentence", dateOf("澎湃新闻2023/03/09 07:30\n3月8日，外交部发言人毛宁主持例行记者会。\n"));
        assertEquals("2019-02-16 opening sentence",
                dateOf("2019-02-18\n当地时间2月16日，国务委员兼外交部长王毅在第55届慕尼黑安全会议上发表演讲。\n"));
    }

    @Test
    void theLeadAfterADatelineGivesTheEventsDayWhenItOpensWithOne() {
        assertEquals("2019-02-16 dateline", dateOf("新华社慕尼黑2月17日电 2月16日，国务委员兼外交部长王毅在慕尼黑安全会议上发表演讲。\n2019/02/17 09:12\n"));
    }

    @Test
    void theLeadsLaterSentenceGivesTheEventsDayWhenItOpensWithOne() {
        // The Xinhua lead sets the scene, then dates the interview four days before the dateline.
        assertEquals("2023-10-14 dateline", dateOf(
                "2023/10/18 09:00\n新华社北京10月18日电 外交部长即将出访欧洲。10月14日，外交部长在北京接受了法国《费加罗报》记者的采访。\n"));
        assertEquals("2023-10-18 dateline", dateOf(
                "2023/10/18 09:00\n新华社北京10月18日电 外交部长即将出访欧洲。他说，10月14日的会谈很成功。\n"),
                "a later sentence that does not open with a day");
        assertEquals("2023-10-18 dateline", dateOf(
                "2023/10/18 09:00\n新华社北京10月18日电 外交部长18日会见了法国外长。10月14日，两国外长在北京举行了会谈。\n"),
                "a first sentence with a day of its own is the event; what the lead goes on to date is history");
    }

    @Test
    void anAnniversaryCountedFromAKnownYearGivesTheYear() {
        assertEquals("1999-10-14 dateline", dateOf("""
                新华社北京10月18日电 国家主席即将对法国进行国事访问。10月14日，国家主席在北京接受了法国记者的采访。
                记者：您对此访有何期待？
                答：今年是中法建交35周年。1994年9月，我曾对贵国进行国事访问。
                """));
        assertEquals("2020-03-07 dateline", dateOf(
                "新华社北京3月7日电 外交部长7日举行记者会。\n1971年10月25日，联大恢复了中国的合法席位。今年是联合国成立七十五周年。\n"),
                "the anniversary says which year it is; a full date in the text may be history");
        assertEquals("none", dateOf("新华社北京3月7日电 外交部长7日举行记者会。\n今年是中马建交35周年。\n"),
                "an anniversary of something whose year is not listed");
        assertEquals("none", dateOf("新华社北京3月7日电 外交部长7日举行记者会。\n今年是中美建交40周年。今年也是联合国成立70周年。\n"),
                "anniversaries that disagree");
    }

    @Test
    void aDateInTheTextThatIntroducesNoEventLosesToTheHeader() {
        assertEquals("2021-10-25 header", dateOf("2021/10/25 10:00\n1971年10月25日，第26届联大以压倒性多数通过第2758号决议。\n"));
    }

    @Test
    void aMonthAndDayWithTheSessionDateTheText() {
        assertEquals("2023-03-07 session", dateOf("十四届全国人大一次会议3月7日下午在梅地亚中心举行记者会，外交部长秦刚回答中外记者提问。\n"
                + "秦刚：1971年10月25日，第26届联大恢复了中华人民共和国在联合国的合法席位。\n"));
        assertEquals("1971-10-25 text", dateOf("秦刚：1971年10月25日，第26届联大恢复了中华人民共和国在联合国的合法席位。\n"),
                "a text that states no other date");
    }

    @Test
    void aLeadThatNamesWhoActsBeforeTheDateGivesTheDayAndTheSessionItNamesTheYear() {
        String interview = """
                李鹏总理接受外国记者采访
                国务院总理李鹏11月8日在中南海紫光阁接受了外国记者的采访。
                李鹏：今年4月，第七届全国人民代表大会第一次会议决定建立海南省。我国将在1997年7月1日对香港恢复行使主权。
                """;
        assertEquals("1988-11-08 opening sentence", dateOf(interview), "not the handover's date, which lies ahead");
        assertEquals("1997-07-01 text", dateOf(interview.replace("接受了外国记者的采访", "散步")),
                "a lead that introduces no event gives no day");
        assertEquals("1988-11-08 opening sentence", dateOf("一九八八年十一月八日，李鹏总理接受了外国记者的采访。\n"),
                "a year in words stays part of the date");
    }

    @Test
    void aTextWithNoDateHasNone() {
        assertEquals("none", dateOf("王毅：中俄关系是新型大国关系的典范。\n"));
        assertEquals("none", dateOf("新华社北京3月7日电 外交部长7日举行记者会。\n"), "a dateline with no year anywhere");
        assertTrue(finder.formsTried().startsWith("dateline (新华社北京3月7日电), event line"), finder.formsTried());
    }
}
