package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where turns start, in texts marked with labels, with labels lost, and with none. */
class TurnMarkerFinderTest {
    private final TurnLabelReader reader = new TurnLabelReader();

    private TurnMarkerFinder finder(String text) {
        return new TurnMarkerFinder(text, DocumentStructurer.DEFAULT_SPEAKERS, Participants.NONE, reader);
    }

    private static List<String> markers(TurnMarkerFinder finder, String paragraph) {
        return finder.findWithColons(paragraph).stream().map(m -> m.kind() + "/" + m.who() + "@" + m.textStart()).toList();
    }

    @Test
    void aNameThatOpensOneTurnIsASpeakerWhereTheTextMarksItsTurnsWithLabels() {
        String text = "秦刚：各位记者朋友，大家好！\n《人民日报》记者：中方如何看待当前的中美关系？\n秦刚：中美关系不是零和博弈。\n汪文斌：下面请继续提问。\n";
        TurnMarkerFinder finder = finder(text);
        assertEquals(TurnMarkerFinder.Marking.COLONS, finder.marking());
        assertEquals(List.of("ANSWER/汪文斌@4"), markers(finder, "汪文斌：下面请继续提问。"));
        assertEquals(List.of("王毅", "秦刚"), finder.speakers(), "a name opening two turns is known wherever it stands");
    }

    @Test
    void aNameOnlyAfterTheEndOfASentenceMustRecur() {
        String text = "秦刚：中方欢迎各方积极参与。汪文斌：下面请提问。\n《人民日报》记者：中方如何看待中美关系？\n";
        assertEquals(List.of("ANSWER/秦刚@3"), markers(finder(text), "秦刚：中方欢迎各方积极参与。汪文斌：下面请提问。"));
    }

    @Test
    void aLoneLabelInATextWithoutTurnsOpensNone() {
        TurnMarkerFinder finder = finder("新华社北京3月7日电 外交部长秦刚7日举行记者会。\n李明：此次访问成果丰硕。\n");
        assertEquals(TurnMarkerFinder.Marking.NONE, finder.marking());
    }

    @Test
    void enumerationsAndSalutationsAreNoTurns() {
        String text = "王毅：我们有三点主张。\n一是：坚持多边主义。\n二是：坚持开放合作。\n朋友们：让我们携手前行。\n";
        TurnMarkerFinder finder = finder(text);
        assertEquals(List.of(), markers(finder, "一是：坚持多边主义。"));
        assertEquals(List.of(), markers(finder, "朋友们：让我们携手前行。"));
    }

    @Test
    void aQuestionNamesItsOutletInBracketsAfterTheColon() {
        TurnMarkerFinder finder = finder("问：（法新社记者）中方对此有何评论？\n答：我们注意到有关报道。\n");
        assertEquals(List.of("QUESTION/法新社@9"), markers(finder, "问：（法新社记者）中方对此有何评论？"));
        assertEquals(List.of("QUESTION/彭博社@7"), markers(finder, "问：（彭博社）中方对此有何评论？"));
        // the reporter's own label after the question's: 问：共同社记者：…
        assertEquals(List.of("QUESTION/共同社@8"), markers(finder, "问：共同社记者：中方如何看待东海问题？"));
        assertEquals(List.of("QUESTION/null@2"), markers(finder, "问：有记者说，中方对此有何评论？"));
        // OCR'd columns run a turn on after the end of a sentence.
        assertEquals(List.of("ANSWER/null@2", "QUESTION/null@14"), markers(finder, "答：我们注意到有关报道。问：中方是否会派团参加？"));
    }

    @Test
    void turnsWhoseColonsWereLostAreFoundAtSentenceStarts() {
        String text = "王毅就国际形势接受采访全文如下记者您如何看待这一年？王毅这一年极不平凡。记者中美关系将走向何方？王毅中美应当相互尊重。";
        assertEquals(TurnMarkerFinder.Marking.NO_COLONS, finder(text).marking());
        assertEquals(4, finder(text).findWithoutColons(text).size());
    }
}
