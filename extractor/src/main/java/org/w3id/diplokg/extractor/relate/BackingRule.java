package org.w3id.diplokg.extractor.relate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * A party acting with another's backing (越南在苏联的支持下出兵侵略柬埔寨, 以色列在美国的纵容下入侵黎巴嫩): the backer
 * supports the one it backs, done. The backer is the one actor named in 在…的支持下, the one backed the actor right before
 * it (its authorities or forces may stand between).
 */
final class BackingRule implements RelationRule {
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?:当局|政府|军队|部队)?");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher backed = ConflictRule.BACKED.matcher(text);
        while (backed.find()) {
            List<Entity> backers = sentence.actorsIn(backed.start("backer"), backed.end("backer"));
            List<Mention> before = sentence.mentionsIn(sentence.clauseStart(backed.start()), backed.start()).stream()
                    .filter(m -> SentenceView.ACTORS.contains(m.entity().type())).toList();
            if (backers.size() != 1 || before.isEmpty()) {
                continue;
            }
            Mention party = before.get(before.size() - 1);
            if (RIGHT_BEFORE.matcher(text.substring(party.end(), backed.start())).matches() && !party.entity().equals(backers.get(0))) {
                found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, backers, backed.start(), backed.end())
                        .withObject(party.entity()), backed.start()));
            }
        }
    }
}
