package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.source.SourceReader;

/**
 * The kinds of text the ministry publishes besides the NPC press conferences of the seeds, one small
 * text of each in src/test/resources/transcript-forms: a briefing marked 问/答, a speech, an
 * interview dated only by its web page, a joint press conference with a moderator, a joint statement.
 */
class TranscriptFormsTest {
    private final DocumentStructurer structurer = new DocumentStructurer();

    static Path form(String name) {
        try {
            return Path.of(TranscriptFormsTest.class.getResource("/transcript-forms/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Document structure(String name) throws Exception {
        return structurer.structure(new SourceReader().read(form(name)), Manifest.empty());
    }

    /** Each turn as kind/speaker-or-outlet/first sentence. */
    private static List<String> turns(Document document) {
        List<String> turns = new ArrayList<>();
        for (Turn turn : document.turns()) {
            String who = turn.kind() == TurnKind.QUESTION ? turn.outlet() : turn.speaker();
            turns.add(turn.kind() + "/" + who + "/" + turn.sentences().get(0).text());
        }
        return turns;
    }

    private static List<String> sentences(Document document) {
        return document.turns().stream().flatMap(t -> t.sentences().stream()).map(Sentence::text).toList();
    }

    @Test
    void aBriefingMarkedWithQuestionAndAnswerHasItsQuestionsAndTheSpokesperson() throws Exception {
        Document briefing = structure("briefing_2023-03-08.txt");
        // Published on the 9th; the headline and the lead say the briefing was on the 8th.
        assertEquals(LocalDate.of(2023, 3, 8), briefing.date());
        assertEquals("opening sentence", briefing.dateSource());
        assertEquals("2023年3月8日外交部发言人毛宁主持例行记者会", briefing.event());
        assertEquals(List.of(
                "NARRATION/null/2023年3月8日外交部发言人毛宁主持例行记者会",
                "NARRATION/null/来源：外交部网站",
                "NARRATION/null/2023年3月8日，外交部发言人毛宁主持例行记者会。",
                "REMARKS/毛宁/应老挝外长沙伦赛邀请，国务委员兼外交部长秦刚将于3月10日至12日对老挝进行正式访问。",
                "QUESTION/法新社/据报道，美国将对更多中国实体实施出口管制。",
                "ANSWER/毛宁/我们已多次就此表明立场。",
                "QUESTION/null/乌克兰危机爆发已经一年多了。",
                "ANSWER/毛宁/中方在乌克兰问题上的立场是一贯的、明确的。",
                "QUESTION/路透社/有报道称，中国将于今年5月举办中国—中亚峰会。",
                "ANSWER/毛宁/关于你提到的问题，我们会适时发布消息。"), turns(briefing));
        assertTrue(sentences(briefing).stream().noneMatch(s -> s.contains("澎湃新闻") || s.contains("2023/03/09")),
                "the page's publication line is furniture; its source line names the publisher alone: " + sentences(briefing));
    }

    @Test
    void aSpeechIsItsAuthorsRemarksAfterItsTitleLinesDatedHeaderAndNamedSalutation() throws Exception {
        Document speech = structure("speech_2019-02-16.txt");
        assertEquals(LocalDate.of(2019, 2, 16), speech.date());
        assertEquals("event line", speech.dateSource());
        // Each title line (headline, subtitle, byline), the dated header under them and a salutation that names
        // whom it greets is narration of its own (they name where he spoke and who chaired); one that names
        // nobody (女士们，先生们，朋友们：) is left out; everything after them is his.
        List<String> titles = List.of("深化合作共同维护世界和平与安全", "——在第55届慕尼黑安全会议上的演讲", "国务委员兼外交部长王毅",
                "（2019年2月16日，慕尼黑）", "尊敬的伊申格尔主席，");
        for (int i = 0; i < titles.size(); i++) {
            assertEquals(TurnKind.NARRATION, speech.turns().get(i).kind());
            assertEquals(List.of(titles.get(i)), speech.turns().get(i).sentences().stream().map(s -> s.text().replace(" ", "")).toList());
        }
        assertTrue(speech.turns().stream().skip(titles.size()).allMatch(t -> t.kind() == TurnKind.REMARKS && "王毅".equals(t.speaker())),
                speech.turns().stream().map(t -> t.kind() + "/" + t.speaker() + "/" + t.sentences().get(0).text()).toList().toString());
        assertEquals(List.of("很高兴再次来到慕尼黑安全会议。", "今年是中华人民共和国成立70周年。",
                "当今世界正经历百年未有之大变局。", "多边主义是维护和平、促进发展的有效途径，单边主义和保护主义只会损人害己。",
                "中方主张，各国应当坚持通过对话协商解决分歧。", "中国将始终做世界和平的建设者、全球发展的贡献者、国际秩序的维护者。",
                "谢谢大家！"), sentences(speech).subList(titles.size(), sentences(speech).size()));
    }

    @Test
    void anInterviewDatedByItsWebPageHasTheIntervieweesAnswersToItsOutletsQuestions() throws Exception {
        Document interview = structure("interview_2023-03-07.txt");
        assertEquals(LocalDate.of(2023, 3, 7), interview.date());
        assertEquals("header", interview.dateSource());
        assertEquals("王毅接受《金融时报》专访", interview.event());
        assertEquals(List.of(
                "NARRATION/null/王毅接受《金融时报》专访",
                "NARRATION/null/近日，中共中央外事工作委员会办公室主任王毅在北京接受英国《金融时报》专访。",
                "QUESTION/金融时报/您如何看待当前的中欧关系？",
                "ANSWER/王毅/中欧是全面战略伙伴，不是竞争对手。",
                "QUESTION/金融时报/中方对乌克兰危机的立场是什么？",
                "ANSWER/王毅/中方始终站在和平一边。"), turns(interview));
    }

    @Test
    void aJointPressConferenceHasAModeratorAndAGuestWhoSpeaksOnce() throws Exception {
        Document conference = structure("joint-press-conference_2021-03-23.txt");
        assertEquals(LocalDate.of(2021, 3, 23), conference.date());
        assertEquals("dateline", conference.dateSource());
        assertEquals(List.of(
                "NARRATION/null/王毅同俄罗斯外长拉夫罗夫共同会见记者",
                "NARRATION/null/新华社桂林3月23日电 3月23日，国务委员兼外交部长王毅在桂林同俄罗斯外长拉夫罗夫举行会谈后共同会见记者。",
                "NARRATION/null/请王毅国务委员兼外长介绍会谈情况。",
                "REMARKS/王毅/今天我同拉夫罗夫外长举行了深入会谈。",
                "REMARKS/拉夫罗夫/感谢王毅外长的热情接待。",
                "NARRATION/null/下面请记者提问。",
                "QUESTION/塔斯社/两国外长如何看待当前的国际形势？",
                "ANSWER/王毅/当今世界并不太平。",
                "QUESTION/人民日报/中俄将如何推进务实合作？",
                "ANSWER/王毅/双方将继续深化能源、经贸、科技等领域合作。"), turns(conference));
    }

    @Test
    void aJointStatementHasNoSpeakerAndItsSigningLineIsANarrationOfItsOwn() throws Exception {
        Document statement = structure("joint-statement_2023-05-19.txt");
        assertEquals(LocalDate.of(2023, 5, 19), statement.date());
        assertEquals("event line", statement.dateSource());
        assertEquals("中国—中亚峰会西安宣言", statement.event());
        assertTrue(statement.turns().stream().allMatch(t -> t.kind() == TurnKind.NARRATION && t.speaker() == null));
        // The title (the declaration's name), three sentences and the line that says when and where it was signed,
        // whose date is a time like any other; not joined to the sentence before it.
        assertEquals(5, sentences(statement).size(), sentences(statement).toString());
        assertEquals("中国—中亚峰会西安宣言", sentences(statement).get(0));
        assertEquals("2023年5月19日于西安", sentences(statement).get(4));
    }
}
