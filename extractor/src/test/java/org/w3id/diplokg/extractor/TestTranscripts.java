package org.w3id.diplokg.extractor;

/** Small transcripts written for tests, in the form the foreign ministry publishes. */
public final class TestTranscripts {
    private TestTranscripts() {}

    /**
     * A press conference of {@code day} March 2023 on {@code topic}: a dateline and six turns
     * (remarks, two questions, two answers; the second names 台湾), the topic in the last sentence.
     */
    public static String pressConference(int day, String topic) {
        return "新华社北京3月" + day + "日电 十四届全国人大一次会议" + day + "日在人民大会堂举行记者会，外交部长秦刚回答中外记者提问。\n"
                + "秦刚：各位记者朋友，大家好！\n"
                + "中央广播电视总台央视记者：您如何看待" + topic + "的前景？\n"
                + "秦刚：" + topic + "是新型大国关系的典范。去年，两国元首多次会晤。\n"
                + "路透社记者：中方如何看待台湾问题？\n"
                + "秦刚：台湾是中国领土不可分割的一部分。" + topic + "将继续向前发展。\n";
    }
}
