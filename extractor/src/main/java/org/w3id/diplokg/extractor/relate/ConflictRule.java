package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Conflict between named parties: 冲突, 对抗, 战争, 交战, 贸易战, 摩擦, 冷战 with two parties before it in the clause
 * (中欧之间不存在根本利害冲突 is a denied one), or one and the party named after 同/与 (无意同美国打“新冷战”), or a
 * compound of one-character parties right before it inside a name (巴以冲突). No parties, no conflict: 地缘冲突 names none.
 */
final class ConflictRule implements RelationRule {
    private static final Pattern WITH_WHOM = Pattern.compile("[同与跟]");
    private static final Pattern CONFLICT = Pattern.compile("冲突|对抗|战争|交战|开战|贸易战|摩擦|冷战");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher matcher = CONFLICT.matcher(text);
        int lastClause = -1;
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            if (clause == lastClause) {
                continue;
            }
            List<Entity> parties = new ArrayList<>(sentence.actorsIn(clause, matcher.start()));
            if (parties.size() < 2) {
                int from = Math.max(clause, matcher.start() - 2);
                parties = new ArrayList<>(sentence.compoundAt(text.substring(from, matcher.start())));
            }
            if (parties.size() < 2 && WITH_WHOM.matcher(text.substring(clause, matcher.start())).find()) {
                // 中方无意同美国打“新冷战”: with whom it is named
                parties = new ArrayList<>(sentence.partiesBefore(matcher.start()).stream()
                        .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION).toList());
            }
            if (parties.size() < 2) {
                continue;
            }
            lastClause = clause;
            found.add(sentence.stated(Relation.of(RelationKind.CONFLICT, parties, clause, matcher.end()), matcher.start()));
        }
    }
}
