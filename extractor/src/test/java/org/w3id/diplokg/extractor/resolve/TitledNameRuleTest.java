package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Proper nouns before a person's title, on sentences tagged by hand as CoreNLP tags them ("word/POS ..."). */
class TitledNameRuleTest {
    private final TitledNameRule rule = new TitledNameRule(Gazetteer.load());

    private List<String> persons(String tagged, NerSpan... spans) {
        HandTagged sentence = HandTagged.parse(tagged);
        return rule.find(sentence.sentence(), sentence.tagging(spans)).stream()
                .map(c -> c.mentions().get(0).entity().type() + ":" + c.mentions().get(0).surface()).toList();
    }

    @Test
    void aProperNounBeforeATitleIsAPerson() {
        assertEquals(List.of("PERSON:彭真"), persons("今年/NT 4月/NT ，/PU 彭真/NR 委员长/NN 率团/VV 出席/VV 了/AS 会议/NN 。/PU"));
    }

    @Test
    void aFunctionWordTheSegmenterGluedToTheNameIsLeftOut() {
        assertEquals(List.of("PERSON:叶利钦"), persons("江泽民/NR 同叶利钦/NR 总统/NN 举行/VV 会谈/NN 。/PU"));
    }

    @Test
    void aDeputysOfficeIsATitleToo() {
        assertEquals(List.of("PERSON:伊利切夫"), persons("苏联/NR 代表团/NN 由/P 伊利切夫/NR 副外长/NN 率领/VV 。/PU"));
    }

    @Test
    void aStatePlaceOrBodyBeforeATitleIsNoPerson() {
        assertEquals(List.of(), persons("美国/NR 总统/NN 访华/VV 。/PU"), "a state");
        assertEquals(List.of(), persons("中美/NR 外长/NN 会晤/VV 。/PU"), "a compound of abbreviations");
        assertEquals(List.of(), persons("东盟/NR 秘书长/NN 访华/VV 。/PU"), "a body");
        assertEquals(List.of(), persons("彭真/NR 率团/VV 出席/VV 会议/NN 。/PU"), "no title after it");
        assertEquals(List.of(), persons("会见/VV 国家杜马/NR 主席/NN 雷布金/NR 。/PU"), "a name after the title: whose title it is");
        assertEquals(List.of(), persons("昭和/NR 天皇/NN 去世/VV 。/PU"), "an era's name before 天皇 is no one alone");
    }

    @Test
    void aWordCoreNlpTaggedIsLeftToItsTag() {
        assertEquals(List.of(), persons("彭真/NR 委员长/NN 率团/VV 出席/VV 会议/NN 。/PU", new NerSpan(0, 2, "彭真", "PERSON")));
    }
}
