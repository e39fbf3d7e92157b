package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Cooperation between named parties: 中俄合作, 中方愿同新方在应对气候变化等领域开展合作, 两国在…机制中保持着
 * 密切协作 (or 协调: coordination is cooperation, as most annotators read it; exchanges, 交流 or 交往, only in named
 * fields, 在文化等领域的交流, or strengthened, 加强…交流: bare ones measured looser), 中非携手, 中方愿同俄方一道 (not 同各方一道:
 * everyone is no named party). The parties are those
 * named before the word in its clause (trade between them too, 中美贸易额达到…, 双边贸易额: as the annotators of the later
 * sets read it), with China when its
 * official says 同/与 a partner, or the pair 两国 and 双方 stand for; the field, where 在…领域 names it,
 * is the object text; each body or meeting named as the framework (在联合国、二十国集团等多边框架内) is the object of a
 * relation of its own. One relation per sentence and parties, none inside a name (上海合作组织), and
 * none for the slogans 合作共赢 and 合作空间.
 */
final class CooperationRule implements RelationRule {
    /**
     * Acting jointly with a partner joined by 同/与/和 (中方愿同越方共同努力, 同中方相向而行, 中国和东盟国家共同维护): 共同 with
     * a verb of doing, not 共同关心的问题 or 共同主席, whose 共同 is shared, not done together.
     */
    private static final String JOINT_ACT = "相向而行|共同(?:努力|维护|推进|推动|应对|举办|办好|抗疫|打造|促进|开发|发起|提出|致力|探讨|做好|落实|实施|打击|开展)";
    private static final Pattern URGED = Pattern.compile(StanceRule.URGING + "|期待|期望");
    private static final Pattern COOPERATION = Pattern.compile(
            "(?<!区域|地区|国际|多边|全球)(?:合作(?!伙伴|论坛|组织|文件|共赢|空间)|协作(?!伙伴)|协调(?!人|员|组|机制|会|国)|携手|并肩|(?<=[同与和][^，。；]{1,24})(?:一道|" + JOINT_ACT + ")"
            + "|(?<=双边)贸易|贸易(?:总)?额|贸易规模"
            + "|(?<=(?:领域|方面)的)(?:交流|交往)|(?<=(?:加强|扩大|深化)[^，。；]{0,16})(?:交流|交往)(?!中心|会))");
    private static final Pattern FIELD = Pattern.compile("在([^，。在]{2,24}?)(?:等)?(?:新兴|传统)?领域");

    /**
     * 中方愿同俄方一道, 希望日方同中方一道: the partners named between the joiner and 一道, with who speaks
     * before the joiner (China when its official's clause names no one); none when the partner is no
     * named party (同各方一道, 同国际社会一道).
     */
    private static List<Entity> together(SentenceView sentence, int clause, int yidao) {
        String words = sentence.text().substring(clause, yidao);
        int joiner = Math.max(words.lastIndexOf('同'), Math.max(words.lastIndexOf('与'), words.lastIndexOf('和')));
        List<Entity> partners = sentence.actorsActingIn(clause + joiner + 1, yidao); // not where: 与俄罗斯在安理会共同提出
        if (joiner < 0 || partners.isEmpty()) {
            return List.of();
        }
        List<Entity> parties = new ArrayList<>(sentence.actorsIn(clause, clause + joiner));
        if (parties.isEmpty()) {
            sentence.actorBefore(clause + joiner).or(() -> Optional.ofNullable(sentence.speakerCountry()))
                    .ifPresent(parties::add);
        }
        partners.stream().filter(p -> !parties.contains(p)).forEach(parties::add);
        return parties;
    }

    /** Where parties cooperate: in the bodies or meetings named before 框架, 机制 or 平台 (在联合国、二十国集团等多边框架内). */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "在([^，。；在]{2,60}?)等?(?:多边|地区|区域|国际|跨地区|和)*(?:框架|机制|平台)(?:内|下|中|里)");
    private static final Set<EntityType> FRAMEWORKS = EnumSet.of(EntityType.ORGANIZATION, EntityType.EVENT);

    /**
     * The bodies and meetings the clause names as where the parties cooperate (两国在联合国、二十国集团等多边框架内密切协调):
     * each is the object of its own relation, as most of the annotators write it; none when the framework is a
     * document or a programme (在《公约》框架下, 在共建“一带一路”框架下).
     */
    private static List<Entity> frameworksNamed(SentenceView sentence, int clause, int verb, List<Entity> parties) {
        Matcher framework = FRAMEWORK.matcher(sentence.text().substring(clause, verb));
        if (!framework.find()) {
            return List.of();
        }
        return sentence.mentionsIn(clause + framework.start(1), clause + framework.end(1)).stream().map(Mention::entity)
                .filter(e -> FRAMEWORKS.contains(e.type()) && !parties.contains(e)).distinct().toList();
    }

    /**
     * The heads of a standing joint body of states (中英联合联络小组, 中日友好二十一世纪委员会); not 机制, a mechanism of
     * talks the golds read as cooperation 2 times in 10.
     */
    private static final Pattern JOINT_BODY = Pattern.compile("(?:委员会|小组|工作组|混委会|联委会|高委会)$");
    /** How far after a joint body its verb's modality words may stand (…小组将开始工作). */
    private static final int AFTER_THE_BODY = 3;

    /**
     * A joint body whose name opens with the states that keep it (中英联合联络小组已经开始工作, 两国商定成立中日友好二十一世纪
     * 委员会, 发挥中俄经贸科技合作委员会的作用) is their cooperation, the body its object, as the sentence states it: set
     * up, working or to be used. A body named without its states (机场委员会) names no pair.
     */
    private static void jointBodies(SentenceView sentence, List<Relation> found) {
        for (Mention body : sentence.mentions()) {
            if (body.entity().type() != EntityType.ORGANIZATION || !JOINT_BODY.matcher(body.surface()).find()
                    || sentence.insideAnother(body, EnumSet.allOf(EntityType.class))) {
                continue;
            }
            if (opensWithAFullName(sentence, body)) {
                continue; // 越南共产党中央委员会: one state's body, not 越 and 南
            }
            List<Entity> states = AgreementPartyRule.partiesByName(sentence, body);
            if (states.size() < 2 || found.stream().anyMatch(r -> r.kind() == RelationKind.COOPERATION
                    && body.entity().equals(r.object()) && Set.copyOf(r.parties()).equals(Set.copyOf(states)))) {
                continue;
            }
            // the modality is the words' around it: 将成立…, …将开始工作
            int verb = Math.min(body.end() + AFTER_THE_BODY, sentence.clauseEnd(body.end()));
            found.add(sentence.stated(Relation.of(RelationKind.COOPERATION, states, body.begin(), body.end())
                    .withObject(body.entity()), sentence.governingStart(body.begin()), verb));
        }
    }

    /** Whether a name opens with a state's or land's name written out (越南…, 德意志民主共和国…), not abbreviated. */
    private static boolean opensWithAFullName(SentenceView sentence, Mention body) {
        return sentence.nameAtStart(body.surface()).filter(e -> SentenceView.ACTORS.contains(e.type())).isPresent();
    }

    /** How far after the word of cooperation the words saying what becomes of it may stand (…合作关系一定会继续向前发展). */
    private static final int WHAT_BECOMES_OF_IT = 8;

    /**
     * Cooperation named as a noun, told as done by the words before it, is going on or to be when the words after it in
     * its clause say so (两国的交往不断扩大, 两国贸易额预计将超过十亿美元): the annotators read the predicate.
     */
    private static Relation withWhatBecomesOfIt(SentenceView sentence, Relation cooperation, int wordEnd) {
        if (cooperation.modality() != RelationModality.DONE) {
            return cooperation;
        }
        String after = sentence.text().substring(wordEnd, Math.min(sentence.clauseEnd(wordEnd), wordEnd + WHAT_BECOMES_OF_IT));
        return ModalityReader.toldAfter(after).map(cooperation::withModality).orElse(cooperation);
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        jointBodies(sentence, found);
        String text = sentence.text();
        Matcher matcher = COOPERATION.matcher(text);
        int lastClause = -1;
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            if (clause == lastClause || MeetingRule.insideAName(sentence, matcher.start()) || PartnershipRule.framesAt(text, matcher.start())) {
                continue; // 中美建设性合作关系: a partnership's framework, not cooperation
            }
            String before = text.substring(clause, matcher.start());
            boolean jointAct = matcher.group().matches(JOINT_ACT);
            boolean joint = jointAct || matcher.group().equals("一道");
            if (jointAct && URGED.matcher(text.substring(clause, matcher.start())).find()) {
                continue; // 希望美方同中方相向而行: what China asks of the other, no cooperation the golds read
            }
            List<Entity> parties = joint ? together(sentence, clause, matcher.start()) : sentence.partiesBefore(matcher.start());
            if (parties.size() < 2 && joint) {
                lastClause = clause; // 愿同各方一道加强合作: the clause's cooperation is with everyone, no named pair
                continue;
            }
            if (parties.size() < 2) {
                parties = sentence.compoundAt(text.substring(Math.max(clause, matcher.start() - 3), matcher.start()));
            }
            if (parties.size() < 2) {
                continue;
            }
            lastClause = clause;
            List<Entity> sides = parties;
            if (found.stream().anyMatch(r -> r.kind() == RelationKind.COOPERATION && Set.copyOf(r.parties()).equals(Set.copyOf(sides)))) {
                continue; // one cooperation of the same parties per sentence
            }
            Matcher field = FIELD.matcher(before);
            Relation cooperation = Relation.of(RelationKind.COOPERATION, parties, clause, matcher.end())
                    .withObjectText(field.find() ? field.group(1) : null);
            List<Entity> frameworks = frameworksNamed(sentence, clause, matcher.start(), parties);
            if (frameworks.isEmpty()) {
                found.add(withWhatBecomesOfIt(sentence, sentence.stated(cooperation, matcher.start()), matcher.end()));
            }
            for (Entity framework : frameworks) {
                found.add(withWhatBecomesOfIt(sentence, sentence.stated(cooperation.withObject(framework), matcher.start()), matcher.end()));
            }
        }
    }
}
