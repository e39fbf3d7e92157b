package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * An initiative and the actors that join, build or carry it out in the same clause: 同东盟共建“一带一路”,
 * 意大利加入“一带一路”合作, 参与全球发展倡议, 推动构建人类命运共同体, 落实全球发展倡议. Said by China with 同/与 before a partner, China is a party too.
 */
final class InitiativeParticipationRule implements RelationRule {
    private static final Map<Pattern, RelationAction> VERBS = new java.util.LinkedHashMap<>();

    static {
        VERBS.put(Pattern.compile("共建|共同建设|携手建设|共同构建|携手构建|共同倡导"), RelationAction.CO_BUILDING);
        VERBS.put(Pattern.compile("加入|签署"), RelationAction.ACCESSION);
        VERBS.put(Pattern.compile("参与|参加|响应|对接|落实|推进|推动|构建|建设|打造|搭建|深耕|弘扬|践行|倡导|实施"),
                RelationAction.PARTICIPATES);
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Mention initiative : sentence.mentions()) {
            if (initiative.entity().type() != EntityType.INITIATIVE) {
                continue;
            }
            int clause = sentence.clauseStart(initiative.begin());
            String before = sentence.text().substring(clause, initiative.begin());
            for (Map.Entry<Pattern, RelationAction> verb : VERBS.entrySet()) {
                Matcher matcher = verb.getKey().matcher(before);
                if (!matcher.find()) {
                    continue;
                }
                int verbAt = clause + matcher.start();
                List<Entity> parties = new ArrayList<>(sentence.partiesBefore(verbAt));
                if (parties.isEmpty()) {
                    sentence.actorBefore(verbAt).ifPresent(parties::add);
                }
                Entity speaker = sentence.speakerCountry();
                if (speaker != null && !parties.contains(speaker) && before.matches(".*[同与和].*")
                        && verb.getValue() == RelationAction.CO_BUILDING) {
                    parties.add(0, speaker);
                }
                if (!parties.isEmpty()) {
                    found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, parties, verbAt, initiative.end())
                            .withObject(initiative.entity()).withAction(verb.getValue()), verbAt));
                }
                break;
            }
        }
    }
}
