package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A meeting referred to by a phrase instead of its name (我们希望这次会议取得积极成果, 黄华外长将率团出席本届大会, 支持俄方办好此次
 * 峰会): the meeting of that kind named last, in the sentence before the phrase or in the sentences before, so that the
 * relation rules read what is wished of it, who attends and who hosts it. As {@link AgreementReferences}, the phrase
 * stands in for it only for the relate stage.
 */
final class EventReferences {
    /** 这次, 本次, 此次, 本届, 这届 or 该, then a kind of meeting. */
    private static final Pattern REFERENCE = Pattern.compile("(?:这次|本次|此次|本届|这届|该)(?<kind>会议|峰会|会晤|大会|论坛)");
    /** Below the confidence of any name: a reading of the phrase, not of a name. */
    private static final double CONFIDENCE = 0.6;

    private EventReferences() {
    }

    /**
     * The sentence's mentions with one more for the meeting each phrase refers to, at the phrase.
     *
     * @param recent what the sentences before named, the latest first (meetings among them)
     */
    static List<Mention> with(String text, List<Mention> mentions, List<Entity> recent) {
        Matcher reference = REFERENCE.matcher(text);
        List<Mention> added = new ArrayList<>();
        while (reference.find()) {
            int begin = reference.start();
            int end = reference.end();
            if (mentions.stream().anyMatch(m -> m.begin() < end && begin < m.end())) {
                continue; // inside a name (本届大会主席 read whole) or read already
            }
            String kind = reference.group("kind");
            List<Entity> meant = AgreementReferences.namedBefore(begin, EntityType.EVENT, e -> ofKind(e, kind), mentions, recent);
            if (meant.isEmpty()) {
                continue;
            }
            added.add(new Mention(begin, end, reference.group(), meant.get(0), CONFIDENCE, Annotator.RULE));
        }
        return AgreementReferences.merged(mentions, added);
    }

    /** Whether the meeting is of the kind the phrase says: 会议 any meeting or conference, the others by their own head. */
    private static boolean ofKind(Entity event, String kind) {
        String name = event.zhLabel();
        return switch (kind) {
            case "会议" -> name.endsWith("会议") || name.endsWith("大会") || name.endsWith("峰会");
            case "峰会" -> name.endsWith("峰会") || name.endsWith("首脑会议") || name.endsWith("领导人会议");
            case "会晤" -> name.endsWith("会晤") || name.endsWith("峰会");
            default -> name.endsWith(kind);
        };
    }
}
