package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * An agreement and what happened to it in the same clause (签署, 延期, 生效, 完成谈判, 谈判, 批准 or 核准,
 * 退出, 发表, 落实), its parties the actors named there, else those its name gives (中俄…条约), else the sentence
 * before's pair when this one names no actor; without a party there is no relation.
 */
final class AgreementActionRule implements RelationRule {
    /** Verb patterns and the action they name, tried in order (完成谈判 before 谈判). */
    private static final Map<Pattern, RelationAction> ACTIONS = new java.util.LinkedHashMap<>();

    static {
        ACTIONS.put(Pattern.compile("(?:申请|提出|提交)加入|加入[^，。；]{0,24}申请"), RelationAction.APPLIED_TO_JOIN);
        // 草签: a text initialled ends its negotiation (中葡双方…草签了关于澳门问题的联合声明), before it is signed
        ACTIONS.put(Pattern.compile("完成[^，。；]{0,16}谈判|谈成|达成|缔结|草签"), RelationAction.CONCLUDED);
        ACTIONS.put(Pattern.compile("签署|签订|签约"), RelationAction.SIGNED);
        ACTIONS.put(Pattern.compile("延期|延长"), RelationAction.EXTENDED);
        ACTIONS.put(Pattern.compile("生效"), RelationAction.ENTERED_INTO_FORCE);
        ACTIONS.put(Pattern.compile("批准|核可|核准"), RelationAction.RATIFIED);
        ACTIONS.put(Pattern.compile("退出|撕毁|废除"), RelationAction.WITHDRAWN);
        ACTIONS.put(Pattern.compile("谈判|商谈|磋商"), RelationAction.NEGOTIATED);
        ACTIONS.put(Pattern.compile("发表|通过|制定"), RelationAction.ADOPTED);
        // not 恪守, 遵守, 遵循 in general: who abides by a charter is a stance, which most annotators do not count (measured);
        // the other party of China's bilateral document keeping to it is read apart (abidedBy)
        ACTIONS.put(Pattern.compile("落实|实施|履行|履约"), RelationAction.IMPLEMENTED);
        // 中国于1992年加入《不扩散核武器条约》; 美方应尽快重返全面协议: a party that left joins again
        ACTIONS.put(Pattern.compile("加入|重返|重新加入"), RelationAction.ACCESSION);
    }

    /**
     * What one party does alone (美方宣布将退出《中导条约》, 提出加入): who acts right before the verb, not who
     * the clause says noticed it (中方注意到…).
     */
    private static final Set<RelationAction> ONE_SIDED = EnumSet.of(RelationAction.WITHDRAWN, RelationAction.APPLIED_TO_JOIN);

    /**
     * The persons named before the verb in its clause (江泽民主席同普京总统在莫斯科签署了…), in order, each once; none where
     * they sign on behalf of others (代表两国政府).
     */
    private static List<Entity> signersBefore(SentenceView sentence, int clause, int verb) {
        if (sentence.text().substring(clause, verb).contains("代表")) {
            return List.of(); // 唐家璇外长和阮怡年外长代表两国政府签署了…: on behalf of their states, who sign
        }
        return sentence.mentionsIn(clause, verb).stream().map(Mention::entity).filter(e -> e.type() == EntityType.PERSON)
                .distinct().toList();
    }

    /**
     * The parties named only in what a document is about, after the 关于 of its title (关于香港问题的联合声明: Hong Kong), and
     * nowhere else in the clause: what it is on, not who acts on it.
     */
    private static List<Entity> topicsOf(SentenceView sentence, Mention agreement, int clause, int clauseEnd) {
        int about = agreement.surface().indexOf("关于");
        if (about < 0) {
            return List.of();
        }
        int topicStart = agreement.begin() + about;
        List<Mention> elsewhere = sentence.mentionsIn(clause, clauseEnd).stream()
                .filter(m -> m.begin() < topicStart || m.begin() >= agreement.end()).toList();
        return sentence.mentionsIn(topicStart, agreement.end()).stream().map(Mention::entity)
                .filter(e -> elsewhere.stream().noneMatch(m -> m.entity().equals(e) && m != agreement)).toList();
    }

    /** What a meeting does to a document that makes it its holders' (会议通过了《…》, 峰会签署《…》). */
    private static final Set<RelationAction> ADOPTING = EnumSet.of(RelationAction.ADOPTED, RelationAction.SIGNED);

    /**
     * An agreement named inside another's name (发表了关于全面有效落实《宣言》的联合声明): what is done is done to the statement;
     * 落实 inside its name is no act.
     */
    private static final Set<EntityType> AGREEMENTS = EnumSet.of(EntityType.AGREEMENT);

    /** Whether the clause names the party only as where it happens (在新加坡发表): a venue, not who acts. */
    private static boolean framedIn(SentenceView sentence, Entity party, int clause, int clauseEnd) {
        List<Mention> named = sentence.mentionsIn(clause, clauseEnd).stream().filter(m -> m.entity().equals(party)).toList();
        return !named.isEmpty() && named.stream().allMatch(sentence::framedByZai);
    }

    /**
     * Words that put who acts after them (支持东盟落实…, 欢迎印尼加入…, 中方对约旦和以色列签署…表示欢迎): the one backed is the
     * actor.
     */
    private static final Pattern BACKING = Pattern.compile("支持|欢迎|鼓励|帮助|呼吁|敦促|对(?=[^，。；]{2,40}?表示)");

    /** The sides that sign, named between a backing word and the verb by how many they are (欢迎去年12月双方签署的…). */
    private static final Pattern SIDES_NAMED = Pattern.compile("双方|两国|三国|三方|各方");

    /** Where the last of these words in [clause, verb) ends, or -1: who is named after it acts. */
    private static int endOfLast(Pattern words, SentenceView sentence, int clause, int verb) {
        Matcher matcher = words.matcher(sentence.text()).region(clause, verb).useTransparentBounds(true);
        int after = -1;
        while (matcher.find()) {
            after = matcher.end();
        }
        return after;
    }

    /**
     * Keeping to a document, right before its name (恪守中美三个联合公报, 切实遵守《…》) or before the list that names it
     * (恪守一个中国政策和中美三个联合公报, 恪守《中日联合声明》和《中日和平友好条约》), or what it holds (恪守在三个联合公报中…).
     */
    private static final Pattern ABIDES = Pattern.compile("(?:恪守|遵守|信守|遵循)(?:切实)?(?:在|[^，。；]{1,20}?(?:和|、|以及|及))?[《“]?$");
    /** Who is asked to keep to it (敦促美方, 希望日方): the actors after the last of these words. */
    private static final Pattern ASKED = Pattern.compile(StanceRule.URGING);

    /**
     * The other party of China's bilateral document keeping to it (我们希望美方恪守中美三个联合公报原则, 美国…遵守中美三个联合
     * 公报): implementing it, as the annotators read it for these documents (17 of 25 such clauses); not China or both
     * sides keeping to it (中日双方应当恪守…, 中方愿同日方一道恪守…: a pledge they left out), nor documents of many parties
     * (恪守《联合国宪章》), which they mostly read as a stance.
     */
    private static void abidedBy(SentenceView sentence, Mention agreement, List<Relation> found) {
        int clause = sentence.clauseStart(agreement.begin());
        Matcher abides = ABIDES.matcher(sentence.text().substring(clause, agreement.begin()));
        List<Entity> named = AgreementPartyRule.partiesByName(sentence, agreement);
        if (!abides.find() || named.size() != 2) {
            return;
        }
        int verb = clause + abides.start();
        int after = endOfLast(ASKED, sentence, clause, verb);
        List<Entity> abiders = after >= 0 ? sentence.actorsActingIn(after, verb) : sentence.actorBefore(verb).stream().toList();
        if (abiders.size() != 1 || !named.contains(abiders.get(0)) || abiders.get(0).equals(named.get(0))
                || abiders.get(0).equals(sentence.speakerCountry()) || sentence.partiesBefore(verb).contains(named.get(0))) {
            return;
        }
        Relation abiding = sentence.stated(Relation.of(RelationKind.AGREEMENT_ACTION, abiders, verb, agreement.end())
                .withObject(agreement.entity()).withAction(RelationAction.IMPLEMENTED), verb);
        // 我们要求美方恪守…: asked of them, not yet done
        found.add(after >= 0 && abiding.modality() == RelationModality.DONE ? abiding.withModality(RelationModality.SOUGHT) : abiding);
    }

    /**
     * Whether the states or bodies read as acting are not the ones the document's name gives (…阿尔希波夫访华期间，双方签署了
     * 《中苏经济技术合作协定》: 双方 read from the visit as his council and China, where the name says China and the Soviet
     * Union; 两国 read from the sentences before as Japan and the US where 《中日和平友好条约》 says whose it is), or more states
     * than the name gives (中国同韩国、澳大利亚分别签署了中韩自由贸易协定…); persons who sign are read apart. Measured: the name
     * is right far more often than the states read, though a successor state acting on its predecessor's treaty (科济列夫外长
     * 访华期间，双方互换了《中苏国界东段协定》: Russia) is then read as the predecessor (keeping states read as acting cost 5 more
     * right than it gained).
     */
    private static boolean readBeyondItsName(List<Entity> parties, List<Entity> named) {
        return !parties.isEmpty() && parties.stream().noneMatch(p -> p.type() == EntityType.PERSON)
                && parties.stream().anyMatch(p -> !named.contains(p));
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Mention agreement : sentence.mentions()) {
            if (agreement.entity().type() == EntityType.AGREEMENT && !sentence.insideAnother(agreement, AGREEMENTS)) {
                abidedBy(sentence, agreement, found);
            }
        }
        for (Mention agreement : sentence.mentions()) {
            if (agreement.entity().type() != EntityType.AGREEMENT || sentence.insideAnother(agreement, AGREEMENTS)) {
                continue;
            }
            int clause = sentence.clauseStart(agreement.begin());
            int clauseEnd = sentence.clauseEnd(agreement.end());
            String words = sentence.text().substring(clause, clauseEnd);
            for (Map.Entry<Pattern, RelationAction> action : ACTIONS.entrySet()) {
                Matcher matcher = action.getKey().matcher(words);
                if (!matcher.find()) {
                    continue;
                }
                List<Entity> parties = ONE_SIDED.contains(action.getValue())
                        ? new ArrayList<>(sentence.agentBefore(clause + matcher.start()).stream().toList())
                        : new ArrayList<>(sentence.actorsActingIn(clause, clauseEnd));
                parties.removeAll(topicsOf(sentence, agreement, clause, clauseEnd));
                if (parties.isEmpty()) {
                    parties.addAll(sentence.partiesBefore(Math.min(agreement.begin(), clause + matcher.start())));
                }
                if (parties.isEmpty()) {
                    sentence.actorBefore(agreement.begin()).filter(actor -> !framedIn(sentence, actor, clause, clauseEnd))
                            .ifPresent(parties::add);
                }
                int backing = endOfLast(BACKING, sentence, clause, clause + matcher.start());
                List<Entity> backed = backing < 0 ? List.of() : sentence.actorsActingIn(backing, clause + matcher.start());
                if (!backed.isEmpty()) {
                    parties = new ArrayList<>(backed); // 中方支持东盟落实“五点共识”: ASEAN carries it out
                } else if (backing >= 0 && action.getValue() == RelationAction.SIGNED
                        && !SIDES_NAMED.matcher(sentence.text()).region(backing, clause + matcher.start()).find()) {
                    parties.clear(); // 双方欢迎今年4月在日内瓦签署的《…协议》: who welcome a signing did not sign; its name may say who did
                }
                List<Entity> named = AgreementPartyRule.partiesByName(sentence, agreement);
                if (parties.isEmpty() || parties.size() == 1 && named.size() >= 2 && named.contains(parties.get(0))
                        || named.size() >= 2 && readBeyondItsName(parties, named)) {
                    // 《中俄睦邻友好合作条约》签署20周年, 我们愿推进中日韩自由贸易协定谈判: its name says whose it is
                    parties = new ArrayList<>(named);
                }
                if (parties.isEmpty() && ADOPTING.contains(action.getValue())) { // 第三十四届东盟峰会通过了《东盟印太展望》: ASEAN
                    parties.addAll(MeetingHolders.ofSubject(sentence, clause, clause + matcher.start()));
                }
                if (parties.isEmpty() && sentence.subjectUnstated()) { // 加快推进“准则”磋商, after 我们将与东盟…
                    parties.addAll(sentence.context().pair());
                }
                if (!parties.isEmpty()) {
                    int begin = Math.min(agreement.begin(), clause + matcher.start());
                    int end = Math.max(agreement.end(), clause + matcher.end());
                    int verb = clause + matcher.start();
                    List<Entity> signers = action.getValue() == RelationAction.SIGNED ? signersBefore(sentence, clause, verb) : List.of();
                    boolean bySigners = signers.size() >= 2 && parties.size() >= 2;
                    Relation relation = sentence.stated(Relation.of(RelationKind.AGREEMENT_ACTION, bySigners ? signers : parties, begin, end)
                            .withObject(agreement.entity()).withAction(action.getValue()), verb);
                    if (bySigners && relation.modality() == RelationModality.DONE) {
                        // 江泽民主席同普京总统签署了…: the two persons sign, as the annotators list it; their states are its parties
                        found.add(Relation.of(RelationKind.AGREEMENT_PARTY, parties, begin, end).withObject(agreement.entity()));
                    }
                    found.add(relation);
                }
                break;
            }
        }
    }
}
