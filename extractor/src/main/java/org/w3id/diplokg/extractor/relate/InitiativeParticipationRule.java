package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * 意大利加入“一带一路”合作, 参与全球发展倡议, 推动构建人类命运共同体, 落实全球发展倡议, 建成中国—东盟自由贸易区, 奉行独立自主的
 * 和平外交政策, and acting within its framework (在清迈倡议框架内扩大…). Said by China with 同/与 before a partner, China is a party too;
 * said by China's official with no actor named in the sentence, China is the one who does it. Who
 * proposed it (X提出的Y, X提出了Y和Z) is a party too, with the action "proposes", as is who publishes or issues it
 * (发布, 出台). A work whose name says whose it is, stated as built or going ahead (中缅油气管道工程开工), is its parties'.
 */
final class InitiativeParticipationRule implements RelationRule {
    private static final Map<Pattern, RelationAction> VERBS = new java.util.LinkedHashMap<>();

    static {
        VERBS.put(Pattern.compile("共建|共同建设|携手建设|共同构建|携手构建|共同倡导"), RelationAction.CO_BUILDING);
        VERBS.put(Pattern.compile("加入|签署"), RelationAction.ACCESSION);
        VERBS.put(Pattern.compile("参与|参加|响应|对接|落实|推进|推动|构建|建设|建立|建成|打造|搭建|深耕|弘扬|践行|倡导|实施|实行|推行|奉行|按照"),
                RelationAction.PARTICIPATES); // 奉行 a policy: 18 more right, 14 more wrong (most a state's stance, kept once)
        // not 开展 (积极开展南南合作): measured in session 53, 2 more right for 3 more wrong
        VERBS.put(Pattern.compile("发起|推出|设立|发布|发表|出台|制定"), RelationAction.PROPOSES); // not 坚持, 秉持 a principle: measured, 3 right for 16 wrong
        // 坚持 a policy or programme named right after it (坚持改革开放, 坚持对外开放的基本国策), not a principle (KEPT_PRINCIPLE)
        VERBS.put(Pattern.compile("坚持(?=(?:实行|推进|走)?[“\"《]?$)"), RelationAction.PARTICIPATES);
    }

    /** Principles kept are stances, the stance rule's (坚持一个中国原则, 坚持和平共处五项原则): no one takes part in them. */
    private static final Pattern KEPT_PRINCIPLE = Pattern.compile("原则$|一个中国|九二共识");

    /**
     * Where the last word of a stance on others' act (欢迎, 支持, 希望) before the verb in its clause begins, or -1; not
     * 支持 or 希望 before 同/与/和 (我们希望同东盟一道推进…: the speaker acts with them).
     */
    private static int stanceOnOthersBefore(String text, int clause, int verb) {
        int welcome = text.lastIndexOf("欢迎", verb - 2);
        int other = Math.max(text.lastIndexOf("支持", verb - 2), text.lastIndexOf("希望", verb - 2));
        if (other > welcome && text.substring(other + 2, verb).matches(".*[同与和].*")) {
            other = -1;
        }
        int at = Math.max(welcome, other);
        return at >= clause ? at : -1;
    }

    /**
     * Whether the initiative with its verb is what the clause talks about (共建“一带一路”是…平台, …的旗舰项目,
     * 共建“一带一路”从理念转化为行动) rather than what someone does: an unstated subject is then nobody.
     */
    private static boolean named(SentenceView sentence, Mention initiative) {
        String after = sentence.text().substring(initiative.end()).replaceFirst("^[”\"]", "");
        return after.startsWith("是") || after.startsWith("的") || after.startsWith("从") || after.startsWith("不是");
    }

    /**
     * X提出的Y, X提出了Y and Z (中方提出的“双暂停”倡议和“双轨并进”思路, 李克强总理…提出了中非“461”合作框架), a title (提出
     * 《全球数据安全倡议》), what the proposal is about, closed by 的, between (提出了符合地区实际的亚洲安全观), and what it
     * would set up (提出了建立高丽民主联邦共和国的方案).
     */
    private static final Pattern PROPOSED = Pattern.compile("(?:提出|抛出)(?:的|了)?(?:所谓的?|[^，。；：！？“”《》]{0,24}?的|构建|建设|共建|建立)?[“\"《]?$");
    private static final Set<EntityType> PROPOSERS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION,
            EntityType.PERSON);
    /** What may join a listed initiative to the one before it, with the quotation marks and kind words between. */
    private static final Pattern LISTED = Pattern.compile("^[”\"]?(?:倡议|思路|理念|构想|主张|框架)?(?:和|、|与|以及)[“\"]?$");

    /** …的倡导者, 的共同倡导者, 的首倡者, 的发起者 after an initiative: who it is said of proposed it. */
    private static final Pattern ADVOCATE_OF = Pattern.compile("^的(?:共同|积极|主要)?(?:倡导者|首倡者|倡议者|发起者|发起国)");

    /**
     * Being called an initiative's advocates (中印两国都是和平共处五项原则的倡导者, as the four such development relations are
     * read): the parties before 是 in the clause proposed it.
     */
    private static boolean advocated(SentenceView sentence, Mention initiative, List<Relation> found) {
        String text = sentence.text();
        int clause = sentence.clauseStart(initiative.begin());
        int is = text.lastIndexOf('是', initiative.begin());
        if (is < clause || !ADVOCATE_OF.matcher(text).region(initiative.end(), text.length()).lookingAt()) {
            return false;
        }
        List<Entity> advocates = sentence.partiesBefore(is);
        if (advocates.isEmpty()) {
            return false;
        }
        found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, advocates, is, initiative.end())
                .withObject(initiative.entity()).withAction(RelationAction.PROPOSES), is));
        return true;
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        Mention proposedBefore = null;
        for (Mention initiative : sentence.mentions()) {
            if (initiative.entity().type() != EntityType.INITIATIVE) {
                continue;
            }
            Mention listedAfter = proposedBefore != null
                    && LISTED.matcher(sentence.text().substring(proposedBefore.end(), initiative.begin())).matches() ? proposedBefore : null;
            proposedBefore = null;
            if (proposed(sentence, initiative, listedAfter, found)) {
                proposedBefore = initiative; // and who takes part in it is read below (塞方支持并积极参与中方提出的…倡议)
            }
            if (AlignmentRule.aligned(sentence, initiative)) {
                continue; // who takes part in programmes aligned with each other: AlignmentRule
            }
            if (advocated(sentence, initiative, found) || progressed(sentence, initiative, found)
                    || withinItsFramework(sentence, initiative, found)) {
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
                if (matcher.group().equals("坚持") && KEPT_PRINCIPLE.matcher(initiative.entity().zhLabel()).find()) {
                    break;
                }
                if (before.substring(0, matcher.start()).endsWith("提出")) {
                    break; // 提出共建…倡议: the proposal, read above, not who builds it
                }
                List<Entity> parties = new ArrayList<>(sentence.partiesBefore(verbAt));
                int welcome = stanceOnOthersBefore(sentence.text(), clause, verbAt);
                if (welcome >= clause) {
                    // 中方欢迎哥伦比亚加入共建“一带一路”合作, 越方支持中国政府按照“一国两制”的方针…: who is welcomed or
                    // supported takes part, not who welcomes; 希望各方按照…: others unnamed, no one
                    List<Entity> welcomed = sentence.actorsIn(welcome + 2, verbAt);
                    if (!welcomed.isEmpty()) {
                        parties = new ArrayList<>(welcomed);
                    } else if (verb.getValue() == RelationAction.PARTICIPATES && sentence.text().substring(welcome + 2, verbAt).contains("各方")) {
                        break;
                    }
                }
                if (parties.isEmpty()) {
                    sentence.actorBefore(verbAt).ifPresent(parties::add);
                }
                if (parties.isEmpty() && sentence.speakerCountry() != null && sentence.subjectUnstated()
                        && before.substring(0, matcher.start()).length() <= 2 && !named(sentence, initiative)
                        && sentence.mentionsIn(0, verbAt).stream().allMatch(m -> m.entity().type() == EntityType.INITIATIVE)) {
                    // not when something else is the subject (全球发展高层对话会将…，推动构建全球发展共同体)
                    parties.add(sentence.speakerCountry()); // 推动构建人类命运共同体, said by China's minister: China does
                }
                List<Entity> named = sentence.compoundAt(initiative.entity().zhLabel());
                if (parties.size() == 1 && named.size() == 2 && named.contains(parties.get(0))) {
                    parties = new ArrayList<>(named); // 推动走廊建设, of 中巴经济走廊: the corridor's two states
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

    /**
     * 在X框架内, 在X框架下: what is done within a programme's framework. Not 在X的基础上 (on the basis of principles):
     * measured, 16 more right for 19 more wrong, the annotators listing it in some texts and not in others.
     */
    private static final Pattern FRAMEWORK_AFTER = Pattern.compile("^[”\"]?(?:倡议|合作)?框架[内下]");

    /**
     * Acting within a programme's framework takes part in it (中方愿在清迈倡议框架内扩大货币互换安排): who acts, those joined
     * with 同 or 与 in the clause, else the speaker's country for an official's clause that names no one.
     */
    private static boolean withinItsFramework(SentenceView sentence, Mention initiative, List<Relation> found) {
        String text = sentence.text();
        if (!FRAMEWORK_AFTER.matcher(text.substring(initiative.end())).find()
                || !text.substring(0, initiative.begin()).matches("(?s).*在[“\"]?")) {
            return false;
        }
        int at = text.lastIndexOf('在', initiative.begin());
        List<Entity> parties = new ArrayList<>(sentence.partiesBefore(at));
        if (parties.isEmpty()) {
            sentence.actorBefore(at).or(() -> Optional.ofNullable(sentence.speakerCountry())).ifPresent(parties::add);
        }
        if (parties.isEmpty()) {
            return false;
        }
        found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, parties, at, initiative.end())
                .withObject(initiative.entity()).withAction(RelationAction.PARTICIPATES), at));
        return true;
    }

    /**
     * Words right after a work or programme that say it is built, opened or going ahead (中缅油气管道工程开工, 中国—东盟自由
     * 贸易区全面建成, 苏伊士运河经贸合作区建设进展顺利, 中俄原油管道正式投入运营), with the words of its building between.
     */
    private static final Pattern PROGRESS = Pattern.compile("^[”\"]?(?:的)?(?:建设|项目|工程|合作|进程)?(?:也|已|已经|将|正|正在|即将|于[^，。；]{1,10}?)?"
            + "(?:全面|正式|如期|顺利|稳步|基本)?(?:建成|开工|竣工|通车|投入运营|投产|启动|落地|取得[^，。；]{0,6}进展|进展顺利|推进)");

    /**
     * A work or programme whose name says whose it is (中巴经济走廊, 中俄原油管道, 中国—东盟自由贸易区), stated as built, opened
     * or going ahead (…全面建成, …开工建设, …进展顺利): those parties take part in it, as the annotators read it, whoever the
     * sentence's subject is.
     */
    private static boolean progressed(SentenceView sentence, Mention initiative, List<Relation> found) {
        Matcher progress = PROGRESS.matcher(sentence.text().substring(initiative.end()));
        if (!progress.find()) {
            return false;
        }
        List<Entity> parties = AgreementPartyRule.partiesByName(sentence, initiative);
        if (parties.size() < 2) {
            return false;
        }
        int verbAt = initiative.end() + progress.start();
        found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, parties, initiative.begin(),
                initiative.end() + progress.end()).withObject(initiative.entity()).withAction(RelationAction.PARTICIPATES), verbAt));
        return true;
    }

    /**
     * An initiative put forward by who is named before 提出 in its clause (or by who put forward the one
     * it is listed after); the party's own, never China's by default: 提出 says whose it is.
     */
    private static boolean proposed(SentenceView sentence, Mention initiative, Mention listedAfter, List<Relation> found) {
        int clause = sentence.clauseStart(initiative.begin());
        String before = sentence.text().substring(clause, initiative.begin());
        Matcher proposal = PROPOSED.matcher(before);
        int verbAt;
        if (proposal.find()) {
            verbAt = clause + proposal.start();
        } else if (listedAfter != null) {
            verbAt = sentence.clauseStart(listedAfter.begin());
            Matcher first = PROPOSED.matcher(sentence.text().substring(verbAt, listedAfter.begin()));
            if (!first.find()) {
                return false;
            }
            verbAt += first.start();
        } else {
            return false;
        }
        // the one named last before 提出: 哈方支持中方提出的…倡议 is China's, 乌方支持习近平主席…提出的… Xi's
        int verbClause = sentence.clauseStart(verbAt);
        List<Entity> proposers = sentence.participantsIn(verbClause, verbAt).stream()
                .filter(e -> PROPOSERS.contains(e.type())) // 在联合国大会上提出, 在哈萨克斯坦和印度尼西亚…提出: where, not who
                .reduce((a, b) -> b).stream().toList();
        if (proposers.isEmpty() && sentence.text().substring(0, verbAt).matches("(?s).*(?:我们|我国|我方)(?:已经|已|还|将|适时|首次)*$")) {
            // 我们…提出: the speaker's state; not 尊重岛国提出的…战略, whose proposer the text leaves unnamed
            proposers = sentence.actorBefore(verbAt).filter(e -> e.type() != EntityType.REGION).stream().toList();
        }
        if (proposers.isEmpty() && sentence.hasNoSubjectOfItsOwn(verbClause, verbAt)) {
            // 习近平主席出席…对话会，首次提出全球文明倡议: a clause with no subject of its own is the sentence's subject's
            proposers = sentence.subjectBefore(verbClause).filter(e -> PROPOSERS.contains(e.type())).stream().toList();
        }
        if (proposers.isEmpty()) {
            return false;
        }
        found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, proposers, verbAt, initiative.end())
                .withObject(initiative.entity()).withAction(RelationAction.PROPOSES), verbAt));
        return true;
    }
}
