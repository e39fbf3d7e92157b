package org.w3id.diplokg.extractor.relate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/** The meetings of a clause whose parties meet someone apart (分别会见, 同A、B、C分别会谈): one for each of them. */
final class MeetingsApart {
    private MeetingsApart() {}

    /**
     * 温家宝总理、吴邦国委员长分别会见: each of those listed meets the one met apart, never each other: the person
     * named after the verb; with none, the one met in the meeting the sentence stated before (胡锦涛主席同他举行会谈，…);
     * with none, the person named last before the clause (张成泽…率团访华，…分别会见). Otherwise one meeting.
     */
    static List<List<Entity>> each(SentenceView sentence, int clause, Matcher verb, List<Entity> parties,
                                        List<Relation> found) {
        if (!sentence.text().substring(clause, verb.start()).endsWith(APART)) {
            return List.of(parties);
        }
        int listEnd = verb.start() - APART.length();
        Matcher joiner = JOINER_BEFORE_A_LIST.matcher(sentence.text().substring(clause, listEnd));
        if (joiner.matches()) {
            // 我同巴西、俄罗斯、印度代表分别会谈: each listed after 同 meets who the clause names before it
            int at = clause + joiner.start("joiner");
            List<Entity> listed = sentence.participantsIn(at + 1, listEnd);
            // who meets them: named before 同, else who met in the meeting the sentence stated before (我同…举行会见，并同…)
            Optional<Entity> own = sentence.participantsIn(clause, at).stream().findFirst()
                    .or(() -> lastMeeting(found).map(r -> r.parties().get(0)))
                    .or(() -> sentence.firstPersonBefore(at)).or(() -> Optional.ofNullable(sentence.speakerCountry()));
            if (listed.size() < 2 || own.isEmpty() || listed.contains(own.get())) {
                return List.of(parties);
            }
            return listed.stream().map(one -> List.of(own.get(), one)).toList();
        }
        List<Entity> named = sentence.participantsIn(clause, listEnd);
        // 全国人大常委会委员长张德江: the office-holder meets, not his body
        List<Entity> listed = named.stream().anyMatch(e -> e.type() == EntityType.PERSON)
                ? named.stream().filter(e -> e.type() == EntityType.PERSON).toList() : named;
        if (listed.size() < 2) {
            return List.of(parties);
        }
        Optional<Entity> metBefore = lastMeeting(found).map(r -> r.parties().get(1)).filter(p -> !listed.contains(p));
        Entity met = parties.stream().filter(p -> !named.contains(p)).findFirst().or(() -> metBefore)
                .or(() -> sentence.pronounReferent(clause, listed)).orElse(null);
        if (met == null) {
            return List.of(parties);
        }
        return listed.stream().map(one -> List.of(one, met)).toList();
    }

    /** The meeting of two the sentence stated last, before this verb. */
    private static Optional<Relation> lastMeeting(List<Relation> found) {
        return found.stream().filter(r -> r.kind() == RelationKind.MEETING && r.parties().size() == 2).reduce((first, second) -> second);
    }

    private static final String APART = "分别";
    /** A clause whose parties are listed after 同 or 与 (我同巴西、俄罗斯、印度代表). */
    private static final Pattern JOINER_BEFORE_A_LIST = Pattern.compile("[^同与]*(?<joiner>[同与])[^同与]*、[^同与]*");
}
