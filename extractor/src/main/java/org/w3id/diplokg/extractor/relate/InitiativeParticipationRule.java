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
 * 意大利加入“一带一路”合作, 参与全球发展倡议, 推动构建人类命运共同体, 落实全球发展倡议. Said by China with 同/与 before a partner, China is a party too;
 * said by China's official with no actor named in the sentence, China is the one who does it.
 */
final class InitiativeParticipationRule implements RelationRule {
    private static final Map<Pattern, RelationAction> VERBS = new java.util.LinkedHashMap<>();

    static {
        VERBS.put(Pattern.compile("共建|共同建设|携手建设|共同构建|携手构建|共同倡导"), RelationAction.CO_BUILDING);
        VERBS.put(Pattern.compile("加入|签署"), RelationAction.ACCESSION);
        VERBS.put(Pattern.compile("参与|参加|响应|对接|落实|推进|推动|构建|建设|打造|搭建|深耕|弘扬|践行|倡导|实施"),
                RelationAction.PARTICIPATES);
    }

    /**
     * Whether the initiative with its verb is what the clause talks about (共建“一带一路”是…平台, …的旗舰项目,
     * 共建“一带一路”从理念转化为行动) rather than what someone does: an unstated subject is then nobody.
     */
    private static boolean named(SentenceView sentence, Mention initiative) {
        String after = sentence.text().substring(initiative.end()).replaceFirst("^[”\"]", "");
        return after.startsWith("是") || after.startsWith("的") || after.startsWith("从") || after.startsWith("不是");
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
                if (parties.isEmpty() && sentence.speakerCountry() != null && sentence.subjectUnstated()
                        && before.substring(0, matcher.start()).length() <= 2 && !named(sentence, initiative)
                        && sentence.mentionsIn(0, verbAt).stream().allMatch(m -> m.entity().type() == EntityType.INITIATIVE)) {
                    // not when something else is the subject (全球发展高层对话会将…，推动构建全球发展共同体)
                    parties.add(sentence.speakerCountry()); // 推动构建人类命运共同体, said by China's minister: China does
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
