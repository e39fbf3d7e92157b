package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** A meeting named by its venue, read through a document after it told a meeting held there. */
class MeetingsByVenueTest {
    private final MentionResolver resolver = new MentionResolver(Gazetteer.load());

    private List<Mention> read(MeetingsByVenue document, String sentence) {
        List<Mention> mentions = document.apply(sentence, resolver.resolve(sentence, ChineseEntityTagger.shared().tag(sentence)));
        mentions.forEach(m -> assertEquals(sentence.substring(m.begin(), m.end()), m.surface()));
        return mentions;
    }

    private static Entity entityOf(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).findFirst().map(Mention::entity).orElse(null);
    }

    @Test
    void aMeetingNamedByItsVenueIsTheOneTheDocumentToldHeldThere() {
        MeetingsByVenue document = new MeetingsByVenue();
        List<Mention> held = read(document, "3月2日至4日，南太平洋禁止核试验国际会议在新西兰惠灵顿举行。");
        Entity meeting = entityOf(held, "南太平洋禁止核试验国际会议");
        assertEquals(EntityType.EVENT, meeting.type());
        List<Mention> byVenue = read(document, "惠灵顿会议通过了一项宣言。");
        assertEquals(meeting, entityOf(byVenue, "惠灵顿会议"), byVenue.toString());
        assertTrue(read(new MeetingsByVenue(), "惠灵顿会议通过了一项宣言。").stream().noneMatch(m -> m.entity().equals(meeting)),
                "told held nowhere before: no meeting of the document's");
    }

    @Test
    void twoWhoMeetAtAPlaceNameNoMeetingAndTwoMeetingsHeldThereNeither() {
        MeetingsByVenue document = new MeetingsByVenue();
        read(document, "在惠灵顿举行的南太平洋禁止核试验国际会议通过了宣言。");
        assertEquals(null, entityOf(read(document, "两国外长曾在惠灵顿会晤。"), "惠灵顿会晤"), "在惠灵顿会晤: met there");
        read(document, "南太平洋论坛首脑会议也在惠灵顿举行。");
        assertTrue(read(document, "惠灵顿会议取得了成功。").stream().noneMatch(m -> m.surface().equals("惠灵顿会议")
                && m.entity().zhLabel().startsWith("南太平洋")), "two meetings held there: the venue names neither");
    }
}
