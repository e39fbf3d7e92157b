package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the opening lines of a page name: the spokesperson, the person interviewed, the author. */
class ParticipantFinderTest {
    private final ParticipantFinder finder = new ParticipantFinder(new TurnLabelReader()::isName);

    /** What a page opening with this headline, then one sentence, names. */
    private Participants opening(String headline) {
        return finder.find(new org.w3id.diplokg.extractor.normalize.TextNormalizer().normalize(headline + "\n正文。\n").text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "外交部发言人毛宁主持例行记者会|毛宁/null/null",
        "2023年3月8日外交部发言人汪文斌主持例行记者会|汪文斌/null/null",
        "外交部发言人华春莹答记者问|华春莹/null/null",
        "2011年3月29日外交部发言人洪磊举行例行记者会|洪磊/null/null",
        "外交部发言人马毓真今天下午主持例行记者招待会|马毓真/null/null",
        "新华社北京3月8日电 外交部发言人毛宁8日主持例行记者会|毛宁/null/null",
        "外交部发言人李肇星今天上午在记者招待会上宣布|李肇星/null/null",
        "新闻司副司长、发言人吴建民首先发布了消息，随后回答了记者的提问|吴建民/null/null",
        "外交部发言人就日本福岛核污染水排海问题答记者问|外交部发言人/null/null",
        "1977年9月6日下午，外交部发言人在北京举行记者招待会，回答了记者的提问|外交部发言人/null/null",
        "外交部发言人今天下午举行记者招待会|外交部发言人/null/null",
        "1980年3月5日上午，外交部新闻司发言人在北京举行记者招待会|外交部新闻司发言人/null/null",
        "外交部新闻司发言人答记者问|外交部新闻司发言人/null/null",
        "新闻司副司长兼发言人在北京举行记者招待会|null/null/null",
        "国务院副总理兼外交部长黄华举行记者招待会|黄华/null/null",
        "黄华外长在纽约举行记者招待会|黄华/null/null",
        "1981年12月18日上午，国务院副总理兼外交部长黄华在人民大会堂举行中外记者招待会|黄华/null/null",
        "七届全国人大三次会议新闻发言人在人民大会堂举行记者招待会，请外交部长钱其琛回答问题|null/null/null",
        "王毅接受《金融时报》专访|null/王毅/null",
        "王毅外长接受英国路透社专访|null/王毅/null",
        "赵紫阳总书记接受美国广播公司记者采访|null/赵紫阳/null",
        "1987年12月1日，中共中央总书记赵紫阳在中南海接受了美国广播公司记者的采访|null/赵紫阳/null",
        "全国人大常委会委员长万里接受《朝日新闻》采访|null/万里/null",
        "美国总统里根在复旦大学的演讲|null/null/里根",
        "外交部长王毅答《费加罗报》记者问|null/王毅/null",
        "钱其琛副总理兼外长就中国外交政策和国际问题答中外记者问|null/钱其琛/null",
        "王毅就2020年国际形势和中国外交工作接受新华社和中央广播电视总台联合采访|null/王毅/null",
        "近日，国务委员兼外交部长王毅在北京接受英国《金融时报》专访。|null/王毅/null",
        "国务委员兼外交部长 王毅|null/null/王毅",
        "中华人民共和国外交部长 王毅|null/null/王毅",
        "中共中央政治局委员、外交部长 王毅|null/null/王毅",
        "王毅在第55届慕尼黑安全会议上的演讲|null/null/王毅",
        "——王毅在中国—东盟（10+1）外长会上的发言|null/null/王毅",
        "—— 王毅在第二十届世界和平论坛上的致辞|null/null/王毅",
        "国务委员兼外交部长王毅在第十届世界和平论坛开幕式上的致辞|null/null/王毅",
        "王毅：中方愿同各方一道推动构建人类命运共同体|null/null/王毅",
        "中华人民共和国和俄罗斯联邦联合声明|null/null/null",
        "王毅同俄罗斯外长拉夫罗夫共同会见记者|null/null/null",
        "习近平主席会见拜登|null/null/null"})
    void readsWhoTheHeadlineNames(String headline, String expected) {
        Participants found = opening(headline);
        assertEquals(expected, found.spokesperson() + "/" + found.interviewee() + "/" + found.author());
    }

    @Test
    void aSpokespersonNamedOnAnyOpeningLineWinsOverTheOfficeAlone() {
        Participants found = opening("外交部发言人就当前国际问题答中外记者问\n外交部发言人钱其琛今天举行记者招待会");
        assertEquals("钱其琛", found.spokesperson());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "王毅外长接受英国路透社专访|英国路透社",
        "王毅接受《金融时报》书面采访|金融时报",
        "外交部长王毅答《费加罗报》记者问|费加罗报",
        "外交部发言人华春莹答记者问|null",
        "王毅接受肯尼亚民族传媒集团专访|肯尼亚民族传媒集团",
        "王毅接受英国广播公司采访|英国广播公司",
        "外交部长王毅接受了韩国放送公社（KBS）记者的专访|韩国放送公社",
        "王毅接受日本广播协会专访|日本广播协会",
        "王毅接受中国外交协会专访|null",
        "外交部长李肇星接受埃及中东通讯社专访|埃及中东通讯社",
        "外交部长杨洁篪在北京接受了美国全国广播公司（NBC）主持人布赖恩·威廉斯的专访。|美国全国广播公司",
        "外交部长李肇星接受《纽约时报》记者张伟的采访|纽约时报",
        "李鹏总理接受《新闻周刊》总编辑一行的采访|新闻周刊",
        "钱其琛外长接受法新社社长采访|法新社",
        "王毅接受某某投资集团专访|null",
        "王毅就2020年国际形势和中国外交工作接受新华社和中央广播电视总台联合采访|null",
        "王毅在会后接受中外媒体采访|null",
        "外交部发言人毛宁主持例行记者会|null"})
    void theOneOutletAnInterviewIsGivenToAsksItsQuestions(String headline, String expected) {
        Participants found = opening(headline);
        assertEquals(expected, String.valueOf(found.interviewer()));
    }
}
