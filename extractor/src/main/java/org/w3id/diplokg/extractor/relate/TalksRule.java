package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Talks between parties: negotiation, consultation, dialogue or reconciliation (俄乌双方尽早恢复谈判,
 * 巴以双方应当回到谈判桌前, 沙特和伊朗实现和解, 朝美恢复对话). The parties are those named before the
 * word in its clause (两国, 双方: the pair named before), states and bodies only; two at least. Talks on
 * a named agreement are the agreement rule's.
 */
final class TalksRule implements RelationRule {
    /** Words of a third party's stance on others' talks (中方支持/欢迎/希望/敦促…): they are not a side. */
    private static final Pattern STANCE = Pattern.compile("支持|欢迎|乐见|希望|敦促|呼吁|鼓励|期待|劝");
    private static final Pattern TALKS = Pattern.compile("(?:谈判|磋商|商谈|对话|和谈|和解|协商|沟通)(?!关系|机制|平台|伙伴|基础|进程|协调|渠道)");
    /**
     * 沟通 is talks only with whom it is kept named (同日方保持沟通, 双方同意保持沟通): else it is a general
     * word (加强沟通, 民心沟通).
     */
    private static final Pattern WITH_WHOM = Pattern.compile("[同与跟]|双方|两国");
    /**
     * Talks named as a way, not held (双方主张通过对话谈判解决…, 对话和谈判是唯一出路): a view on how others
     * should settle a question, which no development annotator reads as talks of the holders.
     */
    private static final Pattern A_WAY = Pattern.compile("(?:主张|认为|倡导|坚持)[^，。；]{0,6}通过[^，。；]{0,4}$");
    /**
     * Talks said to be something (对话和谈判是唯一出路): a view of talks, not talks held; but not 是否 (中苏边界谈判是否已经恢复,
     * asked of talks held) or 是 before when or where they were (谈判是1969年10月在北京开始的).
     */
    private static final Pattern A_VIEW_OF_TALKS = Pattern.compile("(?:和谈判|和对话|、谈判)?是(?!否|[0-9０-９一二三四五六七八九十]{1,4}年|在)");

    /** A round of talks named as an event after its parties (第六轮中美战略与经济对话, 首轮中美全面经济对话). */
    private static final Pattern TALKS_EVENT = Pattern.compile("^(?:第[一二三四五六七八九十百\\d]+[轮次届]|首[轮次届])?(?<name>.+(?:对话|磋商|会谈|和谈))$");

    /** What a round named as a clause's subject is said to do, and when and where, before the clause ends. */
    private static final Pattern HELD_AFTER = Pattern.compile("[^，。；？！]{0,30}?(?<verb>举行|开始|结束|进行|召开|恢复)");

    /** Talks of counted sides (三方会谈, 四方会谈), the sides listed right before. */
    private static final Pattern COUNTED_TALKS = Pattern.compile("[三四五六七八九]方会谈");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Mention event : sentence.mentions()) {
            Matcher named = TALKS_EVENT.matcher(event.surface());
            if (event.entity().type() != EntityType.EVENT || !named.matches()) {
                continue;
            }
            List<Entity> parties = sentence.compoundAt(named.group("name"));
            Matcher fullName = TALKS_EVENT.matcher(event.entity().zhLabel());
            if (parties.size() < 2 && fullName.matches()) {
                parties = sentence.compoundAt(fullName.group("name")); // 第五轮会谈, the fifth of 中英关于香港问题的…会谈: its holders
            }
            if (parties.size() < 2 && COUNTED_TALKS.matcher(event.surface()).matches()) {
                parties = sentence.listedEndingAt(event.begin(), SIDES).stream().map(Mention::entity).distinct().toList(); // 朝鲜、美国、南朝鲜三方会谈
            }
            if (parties.size() >= 2) { // 今年夏天第六轮中美战略与经济对话将在北京举行: China and the US hold it
                Matcher held = HELD_AFTER.matcher(sentence.text()).region(event.end(), sentence.text().length());
                // the round named first, then when and how it is held (…第十四轮会谈将于5月16日在北京举行): read up to that verb
                int verb = held.lookingAt() ? held.start("verb") : event.begin();
                found.add(sentence.stated(Relation.of(RelationKind.TALKS, parties, event.begin(), Math.max(event.end(), verb))
                        .withObject(event.entity()), verb));
            }
        }
        Matcher matcher = TALKS.matcher(sentence.text());
        int lastClause = -1;
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            if (clause == lastClause || MeetingRule.insideAName(sentence, matcher.start())) {
                continue; // one talks relation per clause
            }
            int clauseEnd = sentence.clauseEnd(matcher.end());
            if (sentence.mentionsIn(clause, clauseEnd).stream().anyMatch(m -> m.entity().type() == EntityType.AGREEMENT)) {
                continue;
            }
            String text = sentence.text();
            if (matcher.group().equals("沟通") && !WITH_WHOM.matcher(text.substring(clause, matcher.start())).find()) {
                continue;
            }
            if (A_WAY.matcher(text.substring(clause, matcher.start())).find()
                    || A_VIEW_OF_TALKS.matcher(text.substring(matcher.end())).lookingAt()) {
                continue;
            }
            // negotiations are held by states and bodies: a place (汉班托塔港) is what they are about
            Matcher topic = TOPIC.matcher(text).region(clause, matcher.start());
            int sidesEnd = matcher.start();
            while (topic.find()) {
                sidesEnd = topic.start(); // 同刘述卿就柬埔寨问题…进行了磋商: Cambodia is what they talk about
            }
            int sidesNamedBy = sidesEnd;
            List<Entity> parties = new ArrayList<>(sentence.partiesBefore(sidesEnd).stream()
                    .filter(party -> SIDES.contains(party.type()) || governedLand(sentence, party, clause, sidesNamedBy)).toList());
            int stance = stanceEnd(sentence, matcher.start());
            if (stance >= 0 && OWN_TALKS.matcher(text.substring(stance, matcher.start())).lookingAt()) {
                stance = -1; // 我们希望同欧盟的谈判早日达成协议: the speaker's own talks, no stance on others'
            }
            List<Entity> urged = stance < 0 ? null : partiesAfter(sentence, stance, Math.max(stance, sidesEnd));
            if (urged != null && (urged.size() >= 2 || !sentence.text().substring(stance, matcher.start())
                    .matches(".*(双方|两国|彼此).*"))) {
                // 中方支持朝美双方继续对话: the two talk, China supports; where the text names fewer than two
                // after the stance (哥伦比亚政府和革命武装力量), the sides are not known, and China is not one;
                // 希望双方…对话 leaves 双方 to the pair named before
                parties = new ArrayList<>(urged);
            }
            if (parties.size() < 2) {
                continue;
            }
            lastClause = clause;
            List<Entity> sides = parties;
            if (found.stream().anyMatch(r -> r.kind() == RelationKind.TALKS && Set.copyOf(r.parties()).equals(Set.copyOf(sides)))) {
                continue; // one talks relation of the same parties per sentence
            }
            List<List<Entity>> tracks = oneWithEach(sentence, clause, matcher.start());
            boolean goesOn = GOES_ON_AFTER.matcher(text).region(matcher.end(), text.length()).lookingAt();
            boolean broken = BROKEN_OFF_AFTER.matcher(text).region(matcher.end(), clauseEnd).lookingAt();
            for (List<Entity> track : tracks.isEmpty() ? List.of(parties) : tracks) {
                Relation talks = sentence.stated(Relation.of(RelationKind.TALKS, track, clause, matcher.end()), matcher.start());
                if (talks.modality() == RelationModality.DONE && (goesOn || broken)) {
                    talks = talks.withModality(broken ? RelationModality.DENIED : RelationModality.ONGOING);
                }
                found.add(talks);
            }
        }
    }

    /** The authorities of a land, named after it (台湾方面, 台湾当局): they talk for it. */
    private static final Pattern AUTHORITIES = Pattern.compile("^(?:方面|当局)");

    /**
     * Whether a land is named in the clause by its authorities (我们愿意同台湾方面进行协商, 同台湾当局…进行对话): then it is a side of
     * the talks, as a state is; a land named alone is where or what they are about.
     */
    private static boolean governedLand(SentenceView sentence, Entity land, int clause, int end) {
        return land.type() == EntityType.REGION && sentence.mentionsIn(clause, end).stream()
                .anyMatch(m -> m.entity().equals(land) && AUTHORITIES.matcher(sentence.text().substring(m.end())).lookingAt());
    }

    private static final Set<EntityType> SIDES = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION);
    /**
     * 就 that opens what talks are about, a question or matter named (就柬埔寨问题进行了磋商), not the adverb (就提出愿看到…,
     * 早就, 这就是); or 关于…的 (中葡关于澳门问题的会谈, 中美关于中国加入世界贸易组织的谈判).
     */
    private static final Pattern TOPIC = Pattern.compile("(?<![早也这那成造迁将])就(?=[^，。；]{1,30}?(?:问题|事宜|议题|局势|情况))"
            + "|关于(?=[^，。；]{1,30}?的)");
    /**
     * Words after the talks in their clause that say they were broken off and not taken up again (…的谈判相继中断，至今未能
     * 恢复; 日内瓦谈判中断以后): not held; not 谈判在中断9年之后…举行, held after a break.
     */
    private static final Pattern BROKEN_OFF_AFTER = Pattern.compile("[^，。；举]{0,12}?(?:中断|破裂)(?![0-9０-９一二三四五六七八九十多]+年)");

    /**
     * Words right after the talks that say they go on (双方谈判正在积极进行, 谈判也在继续进行), read where none before says more;
     * not 在 of where they are held (谈判在日内瓦举行).
     */
    private static final Pattern GOES_ON_AFTER = Pattern.compile("(?:也|仍|还|均|都)?(?:正在|仍在|在(?=进行|继续)|继续|持续)");

    /**
     * The talks of one party with each of several listed after 同 (与), right before 的 and the word of talks
     * (以色列同叙利亚、黎巴嫩、约旦的谈判): as many tracks, one party with each; else none.
     */
    private static List<List<Entity>> oneWithEach(SentenceView sentence, int clause, int talks) {
        return sentence.oneWithEachListed(clause, talks, SIDES, WITH, OF_THEIRS);
    }

    private static final Pattern WITH = Pattern.compile("[同与]");
    /**
     * What closes the list before the talks: 的, maybe after 方面 or 之间, maybe before 双边 (巴勒斯坦方面的双边谈判). Not
     * 关于…的: 中国同俄罗斯、哈萨克斯坦…关于…的谈判 are one set of talks in two of three development texts.
     */
    private static final Pattern OF_THEIRS = Pattern.compile("(?:方面)?(?:之间)?的(?:双边)?");

    /** 同 (与, 跟) right after the stance word: who hopes talks with another (希望同欧盟的谈判…). */
    private static final Pattern OWN_TALKS = Pattern.compile("(?:能|能够|继续|尽快|早日|进一步)?[同与跟]");

    /** Index just past the last stance word before the talks, or -1. */
    private static int stanceEnd(SentenceView sentence, int talks) {
        Matcher stance = STANCE.matcher(sentence.text()).region(0, talks);
        int after = -1;
        while (stance.find()) {
            after = stance.end();
        }
        return after;
    }

    /** The states and bodies named between the end of a stance word and the talks. */
    private static List<Entity> partiesAfter(SentenceView sentence, int stanceEnd, int talks) {
        return sentence.participantsIn(stanceEnd, talks).stream()
                .filter(party -> party.type() == EntityType.COUNTRY || party.type() == EntityType.ORGANIZATION)
                .distinct().toList();
    }
}
