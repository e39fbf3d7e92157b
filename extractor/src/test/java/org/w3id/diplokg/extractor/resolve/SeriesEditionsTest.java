package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.diplokg.extractor.resolve.MentionKeys.keyAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Editions named by their ordinal alone, read through the sentences of one document. */
class SeriesEditionsTest {
    private final MentionResolver resolver = new MentionResolver(Gazetteer.load());

    private List<Mention> read(SeriesEditions document, String sentence) {
        List<Mention> mentions = document.apply(sentence, resolver.resolve(sentence, Tagging.NONE));
        mentions.forEach(m -> assertEquals(sentence.substring(m.begin(), m.end()), m.surface()));
        return mentions;
    }


    @Test
    void aRoundNamedByItsOrdinalAloneIsThatRoundOfTheTalksTheDocumentNamed() {
        SeriesEditions document = new SeriesEditions();
        read(document, "六方会谈是解决半岛核问题的有效机制。");
        assertEquals("EVENT:第五轮六方会谈", keyAt(read(document, "各方商定下月举行第五轮会谈。"), "第五轮会谈"));
    }

    @Test
    void aRoundAfterOneNamedWithItsHoldersIsTheirNextRound() {
        SeriesEditions document = new SeriesEditions();
        read(document, "中葡关于澳门问题的第二轮会谈上月在北京结束。");
        assertEquals("EVENT:中葡关于澳门问题的第三轮会谈", keyAt(read(document, "双方商定，第三轮会谈将于下月举行。"), "第三轮会谈"));
    }

    @Test
    void aListedSeriesAfter这届IsTheEditionTheDocumentNamedLast() {
        SeriesEditions document = new SeriesEditions();
        read(document, "苏哈托总统预祝第十一届亚洲运动会取得圆满成功。");
        assertEquals("EVENT:ASIAN-GAMES-1990", keyAt(read(document, "印度尼西亚将派体育代表团参加这届亚运会。"), "亚运会"));
        assertEquals("EVENT:ASIAN-GAMES", keyAt(read(document, "亚运会是亚洲的体育盛会。"), "亚运会"), "the series, not this edition");
        assertEquals("EVENT:ASIAN-GAMES", keyAt(read(new SeriesEditions(), "中国将参加这届亚运会。"), "亚运会"),
                "no edition named before: the series");
    }

    @Test
    void anEditionOfAForumNamedWithItsFirstEditionIsAnEditionOfTheForum() {
        SeriesEditions document = new SeriesEditions();
        read(document, "首届“一带一路”国际合作高峰论坛取得丰硕成果。");
        assertEquals("EVENT:第三届一带一路国际合作高峰论坛", keyAt(read(document, "第三届高峰论坛将在北京举行。"), "第三届高峰论坛"));
    }

    @Test
    void withoutASeriesOrWithTwoTheOrdinalAloneNamesNoEditionOfOne() {
        assertEquals("none", keyAt(read(new SeriesEditions(), "各方商定下月举行第五轮会谈。"), "第五轮会谈"), "no talks named before");
        SeriesEditions two = new SeriesEditions();
        read(two, "东亚峰会和二十国集团领导人峰会都取得进展。");
        assertEquals("none", keyAt(read(two, "第三届峰会将在明年举行。"), "第三届峰会"), "which summits?");
        SeriesEditions described = new SeriesEditions();
        read(described, "二十国集团领导人峰会在里约举行。");
        assertEquals("none", keyAt(read(described, "这是扩员后的首届峰会。"), "首届峰会"), "a description, not an edition's name");
    }

    @Test
    void aForumsMeetingNamedByItsEditionAloneIsTheForumsTheDocumentNamed() {
        SeriesEditions document = new SeriesEditions();
        read(document, "中国—拉美和加勒比国家共同体论坛正式启动。");
        assertEquals("EVENT:中国—拉美和加勒比国家共同体论坛首届部长级会议",
                keyAt(read(document, "阿方支持论坛首届部长级会议于2015年在北京举行。"), "论坛首届部长级会议"), "论坛 alone is the forum too");
        SeriesEditions two = new SeriesEditions();
        read(two, "中非合作论坛和中阿合作论坛都取得了丰硕成果。");
        assertEquals("EVENT:第六届部长级会议", keyAt(read(two, "第六届部长级会议将于明年举行。"), "第六届部长级会议"),
                "two forums named: the edition names neither");
        assertEquals("EVENT:第六届部长级会议", keyAt(read(new SeriesEditions(), "第六届部长级会议将于明年举行。"), "第六届部长级会议"),
                "no forum named before");
    }
}
