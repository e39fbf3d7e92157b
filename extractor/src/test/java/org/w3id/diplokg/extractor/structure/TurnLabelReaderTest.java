package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Turn labels as the ministry's transcripts write them, read into kind and who. */
class TurnLabelReaderTest {
    private final TurnLabelReader reader = new TurnLabelReader();
    /** A briefing whose headline names its spokesperson. */
    private final Participants briefing = new Participants("毛宁", null, null);
    /** An interview whose headline names the person interviewed. */
    private final Participants interview = new Participants(null, "王毅", null);

    private String read(String label, Participants participants) {
        return reader.read(label, participants)
                .map(r -> r.kind() + "/" + r.who() + (r.bareName() ? " (a name)" : "") + (r.outletOnly() ? " (an outlet)" : ""))
                .orElse("no turn");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "问|QUESTION/null",
        "追问|QUESTION/null",
        "问（新华社）|QUESTION/新华社",
        "问（法新社记者）|QUESTION/法新社",
        "追问(路透社)|QUESTION/路透社",
        "法新社记者问|QUESTION/法新社",
        "法新社问|QUESTION/法新社",
        "波兰通讯社社长问|QUESTION/波兰通讯社",
        "《人民论坛报》总编辑问|QUESTION/人民论坛报",
        "记者|QUESTION/null",
        "《华尔街日报》记者|QUESTION/华尔街日报",
        "《环球时报》特约记者|QUESTION/环球时报",
        "新加坡《联合早报》记者|QUESTION/新加坡联合早报",
        "中央广播电视总台央视记者|QUESTION/中央广播电视总台央视",
        "塔斯社|QUESTION/塔斯社 (an outlet)",
        "《金融时报》|QUESTION/金融时报 (an outlet)",
        "答|ANSWER/毛宁",
        "发言人|ANSWER/毛宁",
        "发言人答|ANSWER/毛宁",
        "外交部发言人答|ANSWER/毛宁",
        "发言人宣布|ANSWER/毛宁",
        "毛宁说|ANSWER/毛宁",
        "毛宁首先说|ANSWER/毛宁",
        "外交部发言人汪文斌|ANSWER/汪文斌",
        "国务委员兼外交部长王毅|ANSWER/王毅",
        "李肇星答|ANSWER/李肇星",
        "外交部长李肇星答|ANSWER/李肇星",
        "唐家璇回答|ANSWER/唐家璇",
        "主持人|NARRATION/null",
        "毛宁|ANSWER/毛宁 (a name)",
        "扎哈罗娃|ANSWER/扎哈罗娃 (a name)",
        "约瑟夫·博雷利|ANSWER/约瑟夫·博雷利 (a name)"})
    void readsEachLabel(String label, String expected) {
        assertEquals(expected, read(label, briefing));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一是", "二是", "其一", "第一", "第三十", "朋友们", "女士们、先生们", "尊敬的主席", "各位来宾", "王毅表示",
            "他说", "王毅说", "邓小平同志说", "我要在此呼吁", "总之", "例如", "附件", "中方", "双方", "中国", "主要内容", "我们的立场"})
    void wordsThatAreNoSpeakerOpenNoTurn(String label) {
        assertEquals("no turn", read(label, briefing));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"答|ANSWER/王毅", "回答|ANSWER/王毅"})
    void anAnswerInAnInterviewIsTheIntervieweesAndWithNobodyNamedItHasNoSpeaker(String label, String expected) {
        assertEquals(expected, read(label, interview));
        assertEquals("ANSWER/null", read(label, Participants.NONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"王毅|ANSWER/王毅 (a name)", "威廉斯|QUESTION/威廉斯 (a name)", "布赖恩·威廉斯|QUESTION/布赖恩·威廉斯 (a name)"})
    void inAnInterviewAnotherNameThanTheIntervieweesAsks(String label, String expected) {
        assertEquals(expected, read(label, interview));
    }
}
