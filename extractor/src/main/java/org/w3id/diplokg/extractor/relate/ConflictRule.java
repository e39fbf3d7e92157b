package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Conflict between named parties: 冲突, 对抗, 对峙, 战争, 交战, 贸易战, 摩擦, 冷战 with two parties before it in the clause
 * (中欧之间不存在根本利害冲突 is a denied one), or one and the party named after 同/与 (无意同美国打“新冷战”), or a
 * compound of one-character parties right before it inside a name (巴以冲突, 两伊战争), which alone names the sides. No parties, no
 * conflict: 地缘冲突 names none.
 * An armed attack by one party on another is a conflict between them (see {@link #attacks}), and so is an aggression
 * named by its verb (see {@link #aggressions}). One the clause goes on to say lasts (…的对抗不断升级) is going on.
 */
final class ConflictRule implements RelationRule {
    private static final Pattern WITH_WHOM = Pattern.compile("[同与跟]");
    private static final String TWO_STATES = "两国";
    private static final Pattern CONFLICT = Pattern.compile("冲突|对抗|对峙|战争|交战|开战|贸易战|摩擦|冷战|(?<!并肩|共同|一起|携手)战斗(?![机力员])");
    /**
     * Working to end it, said between the parties and the word (…和不结盟运动为结束这场战争所作的斡旋努力): they are its
     * mediators, not its sides.
     */
    private static final Pattern ENDING_IT = Pattern.compile("为(?:结束|制止|停止|平息|缓和|解决)");

    /**
     * Armed attacks by one party on another: 空袭, 轰炸, 军事打击, 空中打击, 动武, 进攻, provocations (武装挑衅, 军事挑衅, 挑衅),
     * armed intervention (武装干涉, 军事干涉).
     */
    private static final Pattern ATTACK = Pattern.compile("空袭|轰炸|军事打击|空中打击|动武|进攻(?!性)|(?:武装|军事)?挑衅(?!性)|(?:武装|军事)干涉");
    /** Seizing another's land: words that say a war happened, whoever speaks of it or opposes it. */
    private static final String SEIZING = "(?:侵略|入侵|侵占|占领|吞并|侵犯|侵入)";
    /** 越南侵略柬埔寨, 伊拉克出兵入侵并吞并了科威特, 以色列对黎巴嫩的武装入侵, 苏联出兵阿富汗. */
    private static final Pattern AGGRESSION = Pattern.compile("(?:出兵|武装)?" + SEIZING + "(?:[和并及]" + SEIZING + ")*了?|出兵");
    /** The aggressor's forces or authorities named between it and the verb (苏联军队侵占阿富汗, 越南当局侵略柬埔寨). */
    private static final Pattern FORCES = Pattern.compile("(?:军队|部队|侵略军|当局|政权)$");
    /** How a regime is called between its state and the word (南非种族主义政权): a few characters, no mark. */
    private static final Pattern REGIME_CALLED = Pattern.compile("\\p{IsHan}{1,5}");
    /** 对…的 between the aggressor and the verb names whose land is seized (越南对柬埔寨的侵略). */
    private static final Pattern ON_VICTIM = Pattern.compile("对([^，。；对的]{1,20})的$|对([^，。；对的]{1,20}?)(?:进行了?|发动了?|实施了?)$");
    /**
     * A backer named between the aggressor and its verb (越南在苏联的支持下出兵侵略柬埔寨): not who seizes, and no bar to
     * reading who does.
     */
    static final Pattern BACKED = Pattern.compile("在(?<backer>[^，。；在]{1,15})的(?:支持|支援|纵容|怂恿|庇护|唆使)下");
    /** 对…进行/发动/实施 before the attack: the target is named between 对 and the verb. */
    private static final Pattern ON_TARGET = Pattern.compile("对([^，。；对]{1,30}?)(?:(?:进行了?|发动了?|实施了?|展开了?)[^，。；对]{0,8}?)?$");
    /** A stance's own 对 before the attackers (中国政府对美英两国对伊拉克动武表示谴责): they are named after it. */
    private static final Pattern BEFORE_ATTACKERS = Pattern.compile(".*对");
    /** An attack opposed or urged against, not made (中方反对任何国家绕开安理会对叙利亚动武): no conflict of anyone named. */
    private static final Pattern OPPOSED = Pattern.compile("反对|敦促|呼吁|避免|防止|不应|不能");

    /**
     * An attack is a conflict between who attacks and whom (美国和英国对伊拉克首都巴格达附近目标进行了空袭, 北约轰炸中国驻南联盟
     * 大使馆): the actors before 对 and those after it up to the verb, or those before the verb and the first one right after it.
     */
    private static void attacks(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher matcher = ATTACK.matcher(text);
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            Matcher target = ON_TARGET.matcher(text.substring(clause, matcher.start()));
            List<Entity> parties = new ArrayList<>();
            if (target.find()) {
                // 中国政府对美英两国对伊拉克动武表示谴责: the attackers are named after the stance's own 对
                if (OPPOSED.matcher(text.substring(clause, clause + target.start())).find()) {
                    continue;
                }
                Matcher stance = BEFORE_ATTACKERS.matcher(text.substring(clause, clause + target.start()));
                int attackers = stance.lookingAt() ? clause + stance.end() : clause;
                parties.addAll(sentence.actorsIn(attackers, clause + target.start()));
                if (parties.isEmpty() && attackers == clause && sentence.hasNoSubjectOfItsOwn(clause, clause + target.start())) {
                    // 北约绕开安理会，对南联盟进行了长达78天的轰炸: the clause before names who attacks
                    sentence.subjectBefore(clause).filter(e -> SentenceView.ACTORS.contains(e.type())).ifPresent(parties::add);
                }
                targetsIn(sentence, clause + target.start(1), clause + target.end(1)).stream()
                        .filter(e -> !parties.contains(e)).forEach(parties::add);
            } else {
                parties.addAll(sentence.actorsIn(clause, matcher.start()));
                sentence.mentionStartingNear(matcher.end(), SentenceView.ACTORS, "了").map(Mention::entity)
                        .filter(e -> !parties.contains(e)).ifPresent(parties::add);
            }
            List<Entity> sides = parties.stream().filter(e -> e.type() != EntityType.REGION).toList();
            if (sides.size() >= 2 && found.stream().noneMatch(r -> r.kind() == RelationKind.CONFLICT && r.parties().containsAll(sides))) {
                // 越南武装船只在赤瓜礁附近海域…挑衅: the reef is where, the states are the sides
                found.add(conflict(sentence, sides, clause, matcher));
            }
        }
    }

    /** Whose border a place lies on (对柬泰边境地区的…营地): a compound before 边境 or 边界 names where, not whom. */
    private static final Pattern BORDER = Pattern.compile("^(?:边境|边界)");

    /** The actors attacked, named between 对 and the verb, but not those naming a border where the target lies. */
    private static List<Entity> targetsIn(SentenceView sentence, int begin, int end) {
        List<Mention> named = sentence.mentionsIn(begin, end);
        String text = sentence.text();
        return named.stream().filter(m -> SentenceView.ACTORS.contains(m.entity().type()))
                .filter(m -> !BORDER.matcher(text.substring(compoundEnd(named, m))).lookingAt())
                .map(Mention::entity).distinct().toList();
    }

    /** Where the compound a mention opens or continues ends (柬 of 柬泰: after 泰). */
    private static int compoundEnd(List<Mention> named, Mention mention) {
        int end = mention.end();
        for (Mention next : named) {
            if (next.begin() == end) {
                end = next.end();
            }
        }
        return end;
    }

    /**
     * An aggression is a conflict between the party named right before its verb and the one right after it, or between
     * 对 and 的 (越南对柬埔寨的侵略): only those two, though the clause opens with who opposes or backs it (中国政府反对伊拉克入侵
     * 科威特, 苏联支持越南侵略柬埔寨). A seizing with no party named at either end (日本过去的侵略历史) is none.
     */
    private static void aggressions(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher matcher = AGGRESSION.matcher(text);
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            Matcher onVictim = ON_VICTIM.matcher(text.substring(clause, matcher.start()));
            boolean victimBefore = onVictim.find();
            int verbAt = victimBefore ? clause + onVictim.start() : matcher.start();
            Matcher forces = FORCES.matcher(text.substring(clause, verbAt));
            int aggressorEnd = forces.find() ? regimeOwnerEnd(sentence, clause + forces.start()) : verbAt;
            Optional<Entity> aggressor = aggressorBefore(sentence, clause, aggressorEnd);
            int victimGroup = victimBefore && onVictim.group(1) == null ? 2 : 1;
            // each state listed between 对 and 的 is seized from (南非对莱索托、安哥拉、莫桑比克等邻国的武装侵略)
            List<Entity> victims = victimBefore
                    ? sentence.actorsIn(clause + onVictim.start(victimGroup), clause + onVictim.end(victimGroup))
                    : sentence.mentionStartingNear(matcher.end(), SentenceView.ACTORS, "").map(Mention::entity).stream().toList();
            if (aggressor.isEmpty()) {
                continue;
            }
            for (Entity victim : victims) {
                List<Entity> parties = List.of(aggressor.get(), victim);
                if (!aggressor.get().equals(victim)
                        && found.stream().noneMatch(r -> r.kind() == RelationKind.CONFLICT && r.parties().containsAll(parties))) {
                    found.add(conflict(sentence, parties, clause, matcher));
                }
            }
        }
    }

    /**
     * Where the state whose regime is named at {@code forcesAt} ends, with how the regime is called between (南非种族主义政权:
     * after 南非); {@code forcesAt} itself for other forces, or where no state stands right before.
     */
    private static int regimeOwnerEnd(SentenceView sentence, int forcesAt) {
        if (!sentence.text().startsWith("政权", forcesAt)) {
            return forcesAt;
        }
        return sentence.mentionsIn(Math.max(0, forcesAt - 7), forcesAt).stream()
                .filter(m -> SentenceView.ACTORS.contains(m.entity().type()))
                .filter(m -> REGIME_CALLED.matcher(sentence.text().substring(m.end(), forcesAt)).matches())
                .mapToInt(Mention::end).max().orElse(forcesAt);
    }

    /**
     * What may stand between the aggressor and its verb: its forces, when, how and how often (越南军队多次侵犯, 大举,
     * 大规模出兵, 去年12月又宣布, 不断派兵, 出动大军).
     */
    private static final Pattern MANNER = Pattern.compile("(?:军队|部队|侵略军|当局|武装船只)?"
            + "(?:[^，。；、和与同对向在]{0,3}?(?:年|月|日|底|初)"
            + "|又|再次|多次|不断|一再|大举|大规模|公然|悍然|竟然|已经|曾|曾经|继续|仍|仍然|还|也"
            // the forces sent, counted or not, before or after how (出动十几万军队大举入侵)
            + "|宣布|派兵|出兵|(?:出动|派出|派遣)了?(?:大批|大量|[一二三四五六七八九十两几百千万多余]{1,6}|[0-9]{1,6}多?万?)?"
            + "(?:名|个师)?(?:军队|部队|大军|兵力|士兵|军人))*");

    /**
     * Who seizes: the actor right before the verb (or its forces), with only when, how and how often between; where the
     * clause names no one and has no subject of its own (…，武装占领阿富汗), the subject of the clause before.
     */
    private static Optional<Entity> aggressorBefore(SentenceView sentence, int clause, int end) {
        Matcher backed = BACKED.matcher(sentence.text()).region(clause, end);
        if (backed.find()) { // 越南在苏联的支持下出兵: who is backed stands before the backer
            int backerAt = backed.start();
            return aggressorBefore(sentence, clause, backerAt).filter(aggressor ->
                    MANNER.matcher(sentence.text().substring(backed.end(), end)).matches());
        }
        List<Mention> before = sentence.mentionsIn(clause, end).stream()
                .filter(m -> SentenceView.ACTORS.contains(m.entity().type())).toList();
        if (before.isEmpty()) {
            return clause > 0 && sentence.hasNoSubjectOfItsOwn(clause, end)
                    ? sentence.subjectBefore(clause).filter(e -> SentenceView.ACTORS.contains(e.type())) : Optional.empty();
        }
        Mention last = before.get(before.size() - 1);
        return MANNER.matcher(sentence.text().substring(last.end(), end)).matches() ? Optional.of(last.entity()) : Optional.empty();
    }

    /** A clause after it that opens saying it still goes on (…入侵黎巴嫩，至今仍继续占领黎巴嫩南部). */
    private static final Pattern STILL = Pattern.compile("(?:至今|迄今|目前|现在)(?:仍然?|还)?(?:在|继续)|(?:仍然?|还)继续");

    /**
     * The conflict between the parties at the word {@code matcher} found, stated as the sentence puts it; one stated as done
     * whose clause, or the clause right after it, goes on to say it lasts is going on.
     */
    private static Relation conflict(SentenceView sentence, List<Entity> parties, int clause, Matcher matcher) {
        Relation conflict = sentence.stated(Relation.of(RelationKind.CONFLICT, parties, clause, matcher.end()), matcher.start());
        int clauseEnd = sentence.clauseEnd(matcher.end());
        String after = sentence.text().substring(matcher.end(), clauseEnd);
        String next = clauseEnd < sentence.text().length()
                ? sentence.text().substring(clauseEnd + 1, sentence.clauseEnd(clauseEnd + 1)) : "";
        boolean lasts = ModalityReader.saysItLasts(after) || STILL.matcher(next).lookingAt();
        return conflict.modality() == RelationModality.DONE && lasts ? conflict.withModality(RelationModality.ONGOING) : conflict;
    }

    /**
     * The parties of a compound read right before {@code end}: actors' mentions each ending where the next begins (巴以), or
     * named by the same word (两伊).
     */
    private static List<Entity> joinedRightBefore(SentenceView sentence, int clause, int end) {
        List<Mention> before = sentence.mentionsIn(clause, end);
        List<Entity> joined = new ArrayList<>();
        int at = end;
        int wordEnd = -1;
        for (int i = before.size() - 1; i >= 0 && SentenceView.ACTORS.contains(before.get(i).entity().type()); i--) {
            Mention party = before.get(i);
            boolean sameWord = party.begin() == at && party.end() == wordEnd;
            if (party.end() != at && !sameWord) {
                break;
            }
            joined.add(0, party.entity());
            at = party.begin();
            wordEnd = party.end();
        }
        return joined;
    }

    /** Fighting back in self-defence (我边防部队进行了自卫还击): a conflict of the defender with the one it fights. */
    private static final Pattern COUNTERATTACK = Pattern.compile("自卫(?:还击|反击)");

    /**
     * A counterattack in self-defence is a conflict between who fights back (the actor before it, or the speaker's country
     * for 我边防部队) and the other state the sentence names (越南军队…侵犯…，我边防部队进行了自卫还击, …被越军侵占…), as the
     * development golds read all seven such sentences.
     */
    private static void counterattacks(SentenceView sentence, List<Relation> found) {
        Matcher matcher = COUNTERATTACK.matcher(sentence.text());
        if (!matcher.find()) {
            return;
        }
        int clause = sentence.clauseStart(matcher.start());
        boolean ours = sentence.text().substring(clause, matcher.start()).startsWith("我"); // 我边防部队, 我方
        Optional<Entity> defender = sentence.actorsIn(clause, matcher.start()).stream().findFirst()
                .or(() -> ours ? Optional.ofNullable(sentence.speakerCountry()) : Optional.empty());
        if (defender.isEmpty()) {
            return;
        }
        Optional<Entity> other = sentence.mentions().stream().map(Mention::entity)
                .filter(e -> e.type() == EntityType.COUNTRY && !e.equals(defender.get())).findFirst();
        if (other.isPresent() && found.stream().noneMatch(r -> r.kind() == RelationKind.CONFLICT
                && r.parties().contains(other.get()) && r.parties().contains(defender.get()))) {
            found.add(conflict(sentence, List.of(defender.get(), other.get()), clause, matcher));
        }
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        aggressions(sentence, found);
        attacks(sentence, found);
        counterattacks(sentence, found);
        String text = sentence.text();
        Matcher matcher = CONFLICT.matcher(text);
        int lastClause = -1;
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            if (clause == lastClause) {
                continue;
            }
            // a compound right before it names the sides (中国在两伊战争中严守中立: Iran and Iraq, not China)
            List<Entity> parties = joinedRightBefore(sentence, clause, matcher.start());
            if (parties.size() < 2 && !ENDING_IT.matcher(text.substring(clause, matcher.start())).find()) {
                parties = new ArrayList<>(sentence.actorsIn(clause, matcher.start()));
            }
            if (parties.size() < 2) {
                int from = Math.max(clause, matcher.start() - 2);
                parties = new ArrayList<>(sentence.compoundAt(text.substring(from, matcher.start())));
            }
            if (parties.size() < 2 && text.substring(clause, matcher.start()).contains(TWO_STATES)
                    && !MeetingRule.insideAName(sentence, matcher.start())) {
                // 两国之间的战争, 两国边境地区…的激烈战斗: the pair named before, here, in the turn or the question; not 双方,
                // who in a joint document are those who speak
                parties = new ArrayList<>(sentence.pairNamedBefore(clause, matcher.start()));
            }
            if (parties.size() < 2 && WITH_WHOM.matcher(text.substring(clause, matcher.start())).find()) {
                // 中方无意同美国打“新冷战”: with whom it is named
                parties = new ArrayList<>(sentence.partiesBefore(matcher.start()).stream()
                        .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION).toList());
            }
            if (parties.size() < 2) {
                continue;
            }
            List<Entity> states = parties.stream().filter(e -> e.type() != EntityType.REGION).toList();
            if (states.size() >= 2) {
                parties = states; // 欧洲是北约和华约两大军事集团对峙的地方: the region is where, the blocs are the sides
            }
            lastClause = clause;
            found.add(conflict(sentence, parties, clause, matcher));
        }
    }
}
