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
 * its own, and 抗美援朝 a campaign.
 */
final class ResistanceRule implements RelationRule {
    private static final Pattern RESISTED = Pattern.compile(
            "抗(?<foe>\\p{IsHan})(?=(?:救国)?(?:、抗\\p{IsHan})*(?:救国)?的?(?:正义)?斗争)|(?<=联合|团结|共同)抗(?<joined>\\p{IsHan})");

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
            Optional<Entity> foe = sentence.abbreviation(character).filter(e -> e.type() == EntityType.COUNTRY);
            Optional<Entity> resisting = resisting(sentence, matcher.start(), foe.orElse(null));
            if (foe.isEmpty() || resisting.isEmpty()) {
                continue;
            }
            List<Entity> parties = List.of(resisting.get(), foe.get());
            if (found.stream().anyMatch(r -> r.kind() == RelationKind.CONFLICT && r.parties().containsAll(parties))) {
                continue;
            }
            // how the resistance is put is said after who resists (…人民坚持抗越斗争), not by a stance on it (将继续支持…)
            int from = sentence.mentionsIn(sentence.clauseStart(matcher.start()), matcher.start()).stream()
                    .filter(m -> m.entity().equals(resisting.get())).mapToInt(Mention::end).max().orElse(matcher.start());
            found.add(sentence.stated(Relation.of(RelationKind.CONFLICT, parties, matcher.start(), matcher.end()), from, matcher.start()));
        }
    }
}
