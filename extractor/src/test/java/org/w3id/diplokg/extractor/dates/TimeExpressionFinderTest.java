package org.w3id.diplokg.extractor.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diplokg.extractor.model.TimeMention;

/**
 * Time expressions from the seeds, with values worked out by hand from each document's date
 * (000/001: 2021-03-07, 002: 2022-03-07, 003: 2020-05-24).
 */
class TimeExpressionFinderTest {
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        // sentence | expression | value | type | start | end | document date
        "王毅：2020年，中国与世界各国一道，共同走过了极不平凡的历程。|2020年|2020|gYear|2020-01-01|2020-12-31|2021-03-07",
        "对中国而言，2021年是具有划时代意义的一年。|2021年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "十三届全国人大四次会议7日在人民大会堂举行视频记者会。|7日|2021-03-07|date|2021-03-07|2021-03-07|2021-03-07",
        "让我们今夏聚焦东京，明年相约北京！|明年|2022|gYear|2022-01-01|2022-12-31|2021-03-07",
        "去年，疫情给世界造成全方位冲击。|去年|2020|gYear|2020-01-01|2020-12-31|2021-03-07",
        "今年是中国—东盟建立对话关系30周年。|今年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "30年前，中国和东盟建立对话关系。|30年前|1991|gYear|1991-01-01|1991-12-31|2021-03-07",
        "50年前，中国恢复在联合国的合法席位。|50年前|1971|gYear|1971-01-01|1971-12-31|2021-03-07",
        "今年1月，“全球发展倡议之友小组”在纽约联合国总部举行首次会议。|今年1月|2022-01|gYearMonth|2022-01-01|2022-01-31|2022-03-07",
        "3月7日，十三届全国人大五次会议在人民大会堂举行视频记者会。|3月7日|2022-03-07|date|2022-03-07|2022-03-07|2022-03-07",
        "同2008年北京奥运会相比，今天的中国更加自信、强大。|2008年|2008|gYear|2008-01-01|2008-12-31|2022-03-07",
        "在今天记者会结束之前，我想说几句。|今天|2022-03-07|date|2022-03-07|2022-03-07|2022-03-07",
        "去年，中国向120多个国家和国际组织提供了20多亿剂疫苗。|去年|2021|gYear|2021-01-01|2021-12-31|2022-03-07",
        "助推2030年17个可持续发展目标如期实现。|2030年|2030|gYear|2030-01-01|2030-12-31|2022-03-07",
        "明年是中国共产党成立100周年。|明年|2021|gYear|2021-01-01|2021-12-31|2020-05-24",
        "明年是中国共产党成立100周年。|100周年|2021|gYear|2021-01-01|2021-12-31|2020-05-24",
        "今天的记者会就到这里。|今天|2021-03-07|date|2021-03-07|2021-03-07|2021-03-07",
        "双方将共同庆祝《中俄睦邻友好合作条约》签署15周年。|15周年|2016|gYear|2016-01-01|2016-12-31|2016-06-25",
        "双方同意以2020年中菲建交45周年为契机。|45周年|2020|gYear|2020-01-01|2020-12-31|2018-11-21",
        "今年是联合国成立75周年。|今年|2020|gYear|2020-01-01|2020-12-31|2020-05-24",
        "去年中美贸易额仍有5000多亿美元。|去年|2019|gYear|2019-01-01|2019-12-31|2020-05-24",
        "1月3日起，中方开始定期向美方通报疫情信息。|1月3日|2020-01-03|date|2020-01-03|2020-01-03|2020-05-24",
        "2020年1月3日起，中方开始通报。|2020年1月3日|2020-01-03|date|2020-01-03|2020-01-03|2020-05-24",
        "2019年12月，武汉发现病例。|2019年12月|2019-12|gYearMonth|2019-12-01|2019-12-31|2020-05-24",
        "年初以来，疫情蔓延。|年初|2020|gYear|2020-01-01|2020-03-31|2020-05-24",
        "今年年底前完成谈判。|今年年底|2020-12|gYearMonth|2020-12-01|2020-12-31|2020-05-24",
        "去年底，中欧宣布完成投资协定谈判。|去年底|2020-12|gYearMonth|2020-12-01|2020-12-31|2021-03-07",
        "首届东亚峰会将于年底举行。|年底|2005-12|gYearMonth|2005-12-01|2005-12-31|2005-06-14",
        "1994年底，双方完成了谈判。|1994年底|1994-12|gYearMonth|1994-12-01|1994-12-31|1996-03-07",
        "我们希望谈判在今年内取得实质性进展。|今年内|1994|gYear|1994-01-01|1994-12-31|1994-03-10",
        "越南已宣布将在今年9月底以前从柬埔寨撤军。|今年9月底|1989-09|gYearMonth|1989-09-01|1989-09-30|1989-04-05",
        "上个月底，卢泰愚总统对中国进行了国事访问。|上个月底|1992-09|gYearMonth|1992-09-21|1992-09-30|1992-10-16",
        "上个月29日，两国总理互致贺电。|上个月29日|1992-09-29|date|1992-09-29|1992-09-29|1992-10-16",
        "今年初，中方提出倡议。|今年初|2021|gYear|2021-01-01|2021-03-31|2021-03-07",
        "前年，中国举办了第二届进博会。|前年|2019|gYear|2019-01-01|2019-12-31|2021-03-07",
        "明年3月将举行会议。|明年3月|2022-03|gYearMonth|2022-03-01|2022-03-31|2021-03-07",
        "本月下旬，双方将举行会谈。|本月下旬|2021-03|gYearMonth|2021-03-21|2021-03-31|2021-03-07",
        "8月2日晚，代表团抵达。|8月2日|2022-08-02|date|2022-08-02|2022-08-02|2022-08-03",
        "2016年9月3日下午，两国元首举行会谈。|2016年9月3日|2016-09-03|date|2016-09-03|2016-09-03|2016-09-05",
        "对话将于5月上旬在华盛顿举行。|5月上旬|2011-05|gYearMonth|2011-05-01|2011-05-31|2011-03-29",
        "上周，两国外长通了电话。|上周|2021-02|gYearMonth|2021-02-01|2021-02-28|2021-03-03",
        "他将于下周访问朝鲜。|下周|2011-04|gYearMonth|2011-04-01|2011-04-30|2011-03-29",
        "两国外长上周五举行了会晤。|上周五|2021-02-26|date|2021-02-26|2021-02-26|2021-03-03",
        "选举将于本周日举行。|本周日|2021-03-07|date|2021-03-07|2021-03-07|2021-03-03",
        "他将于下星期一抵达北京。|下星期一|2021-03-08|date|2021-03-08|2021-03-08|2021-03-03",
        "2月4日至20日，冬奥会成功举办。|20日|2022-02-20|date|2022-02-20|2022-02-20|2022-03-07",
        "他将于11月8日至12日访问美国。|12日|2023-11-12|date|2023-11-12|2023-11-12|2023-10-20",
        "印度于今年5月11日和13日进行核试验。|13日|2023-05-13|date|2023-05-13|2023-05-13|2023-07-03",
        "会议于2019年3月4日、5日和8日举行。|8日|2019-03-08|date|2019-03-08|2019-03-08|2023-07-03",
        "去年4月至11月，两国政府举行了会谈。|11月|2022-11|gYearMonth|2022-11-01|2022-11-30|2023-03-18",
        "1996年10月和12月，双方两次磋商。|12月|1996-12|gYearMonth|1996-12-01|1996-12-31|1998-03-18",
        "本月，双方将举行会谈。|本月|2021-03|gYearMonth|2021-03-01|2021-03-31|2021-03-07",
        "力争于2030年前实现碳达峰。|2030年|2030|gYear|2030-01-01|2030-12-31|2023-03-07",
        "新产品将于5月推出。|5月|2021-05|gYearMonth|2021-05-01|2021-05-31|2021-03-07",
        "中欧班列1—4月开行数同比上升24%。|1—4月|2020|gYear|2020-01-01|2020-04-30|2020-05-24",
        "仅3至4月就接听电话20多万通。|3至4月|2020|gYear|2020-03-01|2020-04-30|2020-05-24",
        "今年第一季度中国对外投资增长。|今年第一季度|2020|gYear|2020-01-01|2020-03-31|2020-05-24",
        "双方将争取年内完成谈判。|年内|2020|gYear|2020-01-01|2020-12-31|2020-05-24",
        "新的一年，元首外交将继续领航定向。|新的一年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "今年是中国的牛年，牛象征着坚韧。|牛年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "让我们今夏聚焦东京。|今夏|2021|gYear|2021-06-01|2021-08-31|2021-03-07",
        "去年一年，身在海外的同胞们经历了考验。|去年一年|2020|gYear|2020-01-01|2020-12-31|2021-03-07",
        "再过一个月，就是武汉解封一周年。|再过一个月|2021-04|gYearMonth|2021-04-01|2021-04-30|2021-03-07",
        "今天的中国已不是百年前的中国。|百年前|1920|gYear|1920-01-01|1920-12-31|2020-05-24",
        "今年秋天，中非合作论坛峰会将在北京举行。|今年秋天|2024|gYear|2024-09-01|2024-11-30|2024-03-07",
        "今年下半年，匈牙利将担任欧盟轮值主席国。|今年下半年|2024|gYear|2024-07-01|2024-12-31|2024-03-07",
        "本月14日起，免签范围还将扩大。|本月14日|2024-03-14|date|2024-03-14|2024-03-14|2024-03-07",
        "上个月，两国外长通了电话。|上个月|2021-02|gYearMonth|2021-02-01|2021-02-28|2021-03-07",
        "布林肯国务卿上个月访华。|上个月|2021-02|gYearMonth|2021-02-01|2021-02-28|2021-03-07",
        "印度、巴基斯坦上月相继进行核试验。|上月|2021-02|gYearMonth|2021-02-01|2021-02-28|2021-03-07",
        "朱镕基总理将于下月访问日本。|下月|2021-04|gYearMonth|2021-04-01|2021-04-30|2021-03-07",
        "中国支持安理会本月15日通过的决议。|本月15日|2021-03-15|date|2021-03-15|2021-03-15|2021-03-07",
        "回顾这一年，中国外交砥砺前行。|这一年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "全年受理领事保护案件8万余起。|全年|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "昨天，我们发表了联合声明。|昨天|2021-03-06|date|2021-03-06|2021-03-06|2021-03-07",
        "美国参议院前天通过了有关法案。|前天|2021-03-05|date|2021-03-05|2021-03-05|2021-03-07",
        "今年前10个月，双边贸易额增长了一成。|今年前10个月|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "今年前三季度，中国经济增长6.9%。|今年前三季度|2021|gYear|2021-01-01|2021-12-31|2021-03-07",
        "二〇二〇年是极不平凡的一年。|二〇二〇年|2020|gYear|2020-01-01|2020-12-31|2021-01-02",
        "三月七日举行记者会。|三月七日|2021-03-07|date|2021-03-07|2021-03-07|2021-01-02",
        "1971年，中国恢复联合国合法席位。|1971年|1971|gYear|1971-01-01|1971-12-31|2021-03-07"})
    void resolvesAgainstTheDocumentDate(String sentence, String expression, String value, String type, String start,
                                        String end, String documentDate) {
        List<TimeMention> found = finder.find(sentence, LocalDate.parse(documentDate));
        TimeMention mention = found.stream().filter(t -> t.surface().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " not found in " + found));
        assertEquals(expression, sentence.substring(mention.begin(), mention.end()));
        assertEquals(value, mention.value().lexical());
        assertEquals(type, mention.value().datatype());
        assertEquals(LocalDate.parse(start), mention.value().start());
        assertEquals(LocalDate.parse(end), mention.value().end());
    }

    @Test
    void aPeriodSinceTheStartOfAYearIsThatYearReachingToTheStatement() {
        TimeMention since = finder.find("王毅：去年以来，疫情给世界造成全方位冲击。", LocalDate.of(2021, 3, 7)).get(0);
        assertEquals("去年以来", since.surface());
        assertEquals("2020", since.value().lexical());
        assertEquals(LocalDate.of(2020, 1, 1), since.value().start());
        assertEquals(LocalDate.of(2021, 3, 7), since.value().end());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // sentence | expression | value | start — document date 2021-03-07, which each reaches to
        "自2013年以来，两国关系稳步发展。|2013年以来|2013|2013-01-01",
        "今年2月以来，两国保持密切沟通。|今年2月以来|2021-02|2021-02-01",
        "去年5月以来，双方举行了三轮磋商。|去年5月以来|2020-05|2020-05-01"})
    void aYearOrMonthFollowedBy以来ReachesToTheStatement(String sentence, String expression, String value, String start) {
        TimeMention since = finder.find(sentence, LocalDate.of(2021, 3, 7)).get(0);
        assertEquals(expression, since.surface());
        assertEquals(value, since.value().lexical());
        assertEquals(LocalDate.parse(start), since.value().start());
        assertEquals(LocalDate.of(2021, 3, 7), since.value().end());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // sentence | expression | start (empty: none) | end — document date 2021-03-07
        "一年来，最精彩的是元首外交。|一年来|2020-03-07|2021-03-07",
        "过去一年，中国外交在惊涛骇浪中把稳方向。|过去一年|2020-03-07|2021-03-07",
        "20年来，中国对全球经济增长的贡献率接近30%。|20年来|2001-03-07|2021-03-07",
        "中俄关系近二十年来不断发展。|近二十年来|2001-03-07|2021-03-07",
        "五年来，双方合作成果丰硕。|五年来|2016-03-07|2021-03-07",
        "20世纪的犹太人遭受了苦难。|20世纪|1901-01-01|2000-12-31",
        "过去40多年来，新疆维吾尔族总人口翻了一番。|过去40多年来||",
        "一年多来，两国合作不断扩大。|一年多来||",
        "中韩建交十多年来，两国关系发展很快。|十多年来||",
        "当今世界正经历百年未有之大变局。|当今||",
        "目前，疫情仍在蔓延。|目前||",
        "近年来，中日关系保持改善势头。|近年来||",
        "同2008年北京奥运会相比，今天的中国更加自信、强大。|今天||",
        "各国人民的生命健康从来没有像今天这样休戚与共。|今天||",
        "2000多年前的中国就有了这样的包容哲学。|2000多年前||",
        "近来南海局势有所升温。|近来||",
        "今明两年是中俄文化年。|今明两年||",
        "双方同意尽早完成批准程序。|尽早||",
        "越方支持中国早日加入世界贸易组织。|早日||",
        "我希望参议院也能尽快通过。|尽快||",
        "为新世纪两国关系的发展指明了方向。|新世纪||",
        "两国建交谈判已经进行了六年多。|六年多||",
        "这场冲突持续了两年多，造成大量伤亡。|两年多||",
        "这是中国外长时隔12年再次访问该国。|12年||",
        "北约对南联盟进行了长达78天的轰炸。|78天||",
        "中国已连续多年是该国最大贸易伙伴。|连续多年||",
        "双方同意在今后五年内扩大留学生交流。|今后五年内||",
        "力争在10年内建成自由贸易区。|10年内||",
        "距离回归只剩下不到四个月的时间。|四个月||"})
    void periodsAndVagueWordsAreMentionsWithoutAValue(String sentence, String expression, String start, String end) {
        List<TimeMention> found = finder.find(sentence, LocalDate.of(2021, 3, 7));
        TimeMention mention = found.stream().filter(t -> t.surface().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " not found in " + found));
        assertNull(mention.value().lexical(), () -> expression + " has a value: " + mention.value());
        assertEquals(start == null ? null : LocalDate.parse(start), mention.value().start());
        assertEquals(end == null ? null : LocalDate.parse(end), mention.value().end());
    }

    @Test
    void aLengthRightAfterWhatItCountsFromIsNoTime() {
        assertEquals(List.of(), finder.find("中俄建交70年，两国关系经受住了考验。", LocalDate.of(2021, 3, 7)));
        assertEquals(List.of("70年"), finder.find("两国建交已经70年。", LocalDate.of(2021, 3, 7)).stream().map(TimeMention::surface).toList(),
                "how long it has lasted, after 已经, is a span");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "中俄建交70年来，两国关系不断发展。", "过去40多年来，新疆维吾尔族总人口翻了一番。", "一年来，最精彩的是元首外交。",
        "百年变局加速演进。", "当今世界正经历百年未有之大变局。", "目前，疫情仍在蔓延。",
        "我们用5年时间完成了目标。", "近年来，中日关系保持改善势头。", "年，无论对世界还是中国，都是极不平凡的一年。",
        "此后年均增长6%。", "20世纪的犹太人遭受了苦难。", "三个月后双方再谈。", "我们将来自各国的建议汇总。",
        "近日，叙利亚局势持续恶化。", "欧盟日前出台了新的援助计划。", "中国同周边国家关系良好。", "这是本周期的最后一次会议。",
        "以上月份的数据已经公布。", "详见以下月度报告。", "目前天然气价格总体稳定。", "双方将提前天数通报。",
        "他在上世纪90年代担任外长。|上世纪90年代", "这是该项目实施的第三年。", "会议每两年举行一次。", "2020年内完成谈判。|2020年",
        "青年初次来华。", "每年年底召开一次会议。", "岁末年初，专家学者聚集一堂。", "两国人民同年龄段的交流很多。",
        "同日，两国元首互致贺电。", "次日，代表团离京回国。"})
    void durationsCountsAndVagueWordsAreNoPointsInTime(String sentence) {
        String[] parts = sentence.split("\\|");
        List<TimeMention> found = finder.find(parts[0], LocalDate.of(2021, 3, 7));
        List<String> allowed = parts.length > 1 ? List.of(parts[1]) : List.of();
        assertTrue(found.stream().allMatch(t -> allowed.contains(t.surface()) || t.value().lexical() == null),
                () -> parts[0] + " -> " + found);
    }
}
