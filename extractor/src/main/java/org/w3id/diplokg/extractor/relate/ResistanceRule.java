package org.w3id.diplokg.extractor.relate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A people's resistance to a state named by its abbreviation after 抗 (柬埔寨人民的抗越斗争, 越南人民进行抗法、抗美斗争,
 * 柬埔寨各方联合抗越): conflict between the party that resists, the state or body named last before it, and each state
 * it resists. Only a struggle (…斗争) or forces joined against it (联合抗越, 团结抗越): 抗日战争 names a war, an event of
 * its own, and 抗美援朝 a campaign. So is resisting a state's aggression named after the verb (反抗越南侵略, 抗击越南侵略者).
 */
final class ResistanceRule implements RelationRule {
    private static final Pattern RESISTED = Pattern.compile(
            "抗(?<foe>\\p{IsHan})(?=(?:救国)?(?:、抗\\p{IsHan})*(?:救国)?的?(?:正义)?斗争)|(?<=联合|团结|共同)抗(?<joined>\\p{IsHan})");

    /** Resisting a state's aggression named after the verb (柬埔寨人民反抗越南侵略, 抗击越南侵略者): the state follows the verb. */
    private static final Pattern RESISTING = Pattern.compile("反抗|抗击|抵抗|抵御|反击");
    private static final Pattern AGGRESSION_AFTER = Pattern.compile("的?(?:侵略|入侵|扩张|占领)");

    /** Words of a clause that names no one of its own, no 我们, 他们 or 双方 (继续坚持抗击…). */
    private static final Pattern NAMES_NO_ONE = Pattern.compile("[^我你他她它双两各]*");

    private static final Set<EntityType> RESISTERS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION);

    /**
     * Who resists: the state or body named last before 抗 in the sentence (民主柬埔寨政府同西哈努克亲王…建立广泛的联合，共同抗越:
     * Cambodia), not a person, and not 我们 or an unstated subject, whose stance on the struggle is not the struggle.
     */
    private static Optional<Entity> resisting(SentenceView sentence, int at, Entity foe) {
        return sentence.mentionsIn(0, at).stream().map(Mention::entity)
                .filter(e -> RESISTERS.contains(e.type()) && !e.equals(foe)).reduce((first, second) -> second);
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        Matcher matcher = RESISTED.matcher(sentence.text());
        while (matcher.find()) {
            String character = matcher.group("foe") != null ? matcher.group("foe") : matcher.group("joined");
            add(sentence, found, sentence.abbreviation(character).filter(e -> e.type() == EntityType.COUNTRY), matcher.start(), matcher.end());
        }
        Matcher resisting = RESISTING.matcher(sentence.text());
        while (resisting.find()) {
            Optional<Mention> foe = sentence.mentionStartingNear(resisting.end(), EnumSet.of(EntityType.COUNTRY), "");
            if (foe.isPresent() && AGGRESSION_AFTER.matcher(sentence.text()).region(foe.get().end(), sentence.text().length()).lookingAt()) {
                add(sentence, found, foe.map(Mention::entity), resisting.start(), foe.get().end());
            }
        }
    }

    /** Conflict between who resists, named before {@code begin}, and the foe, once per pair. */
    private static void add(SentenceView sentence, List<Relation> found, Optional<Entity> foe, int begin, int end) {
        Optional<Entity> resisting = resisting(sentence, begin, foe.orElse(null));
        if (foe.isEmpty() || resisting.isEmpty()) {
            return;
        }
        List<Entity> parties = List.of(resisting.get(), foe.get());
        if (found.stream().anyMatch(r -> r.kind() == RelationKind.CONFLICT && r.parties().containsAll(parties))) {
            return;
        }
        // how the resistance is put is said after who resists (…人民坚持抗越斗争), not by a stance on it (将继续支持…); a clause
        // that goes on from the resister's with no subject of its own says it whole (…人民在…领导下，继续坚持抗击…)
        int clause = sentence.clauseStart(begin);
        int from = sentence.mentionsIn(clause, begin).stream()
                .filter(m -> m.entity().equals(resisting.get())).mapToInt(Mention::end).max()
                .orElse(NAMES_NO_ONE.matcher(sentence.text().substring(clause, begin)).matches()
                        && sentence.participantsIn(clause, begin).isEmpty() ? clause : begin);
        found.add(sentence.stated(Relation.of(RelationKind.CONFLICT, parties, begin, end), from, begin));
    }
}
