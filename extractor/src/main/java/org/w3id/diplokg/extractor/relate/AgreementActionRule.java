package org.w3id.diplokg.extractor.relate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * An agreement and what happened to it in the same clause (签署, 延期, 生效, 完成谈判, 谈判, 批准,
 * 退出), its parties the actors named there; without a party there is no relation.
 */
final class AgreementActionRule implements RelationRule {
    /** Verb patterns and the action they name, tried in order (完成谈判 before 谈判). */
    private static final Map<Pattern, String> ACTIONS = new java.util.LinkedHashMap<>();

    static {
        ACTIONS.put(Pattern.compile("完成[^，。；]{0,16}谈判|谈成|达成|缔结"), "concluded");
        ACTIONS.put(Pattern.compile("签署|签订|签约"), "signed");
        ACTIONS.put(Pattern.compile("延期|延长"), "extended");
        ACTIONS.put(Pattern.compile("生效"), "entered into force");
        ACTIONS.put(Pattern.compile("批准"), "ratified");
        ACTIONS.put(Pattern.compile("退出|撕毁|废除"), "withdrawn");
        ACTIONS.put(Pattern.compile("谈判|商谈|磋商"), "negotiated");
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Mention agreement : sentence.mentions()) {
            if (agreement.entity().type() != EntityType.AGREEMENT) {
                continue;
            }
            int clause = sentence.clauseStart(agreement.begin());
            int clauseEnd = sentence.clauseEnd(agreement.end());
            String words = sentence.text().substring(clause, clauseEnd);
            for (Map.Entry<Pattern, String> action : ACTIONS.entrySet()) {
                Matcher matcher = action.getKey().matcher(words);
                if (!matcher.find()) {
                    continue;
                }
                List<Entity> parties = sentence.actorsIn(clause, clauseEnd);
                if (parties.isEmpty()) {
                    sentence.actorBefore(agreement.begin()).ifPresent(parties::add);
                }
                if (!parties.isEmpty()) {
                    int begin = Math.min(agreement.begin(), clause + matcher.start());
                    int end = Math.max(agreement.end(), clause + matcher.end());
                    found.add(new Relation(RelationKind.AGREEMENT_ACTION, parties, agreement.entity(), null,
                            action.getValue(), null, begin, end));
                }
                break;
            }
        }
    }
}
