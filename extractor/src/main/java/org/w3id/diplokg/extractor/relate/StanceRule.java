package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Support and opposition: 中方支持东盟在区域合作中的中心地位, 坚决反对“台独”. The actor is who
 * speaks the verb (see {@link SentenceView#actorBefore}); the object is the entity the clause goes on
 * to name right after the verb, and its words up to the clause's end; a quoted term (“台独”) is the
 * object where no entity follows. 相互支持 and 支持彼此 are both sides' (no object); 不支持 is a denied support.
 * 抵制 and 谴责 are opposition too. 双方 or 两国 before the verb make both parties take the stance. A stance on 此
 * (中方对此坚决反对, 中方对此表示欢迎) is on the party the sentence opened with, if any (see {@link #toldOf}). (恪守 and 坚持
 * are read as support only of the one-China principle, 维护 only of what a system rests on: the gold guideline names
 * 支持 only, and on the development sets the others cost more precision than they gave recall.) Taking a document as
 * the basis of what is done (以《公约》为基础) supports it.
 */
final class StanceRule implements RelationRule {
    /**
     * Keeping to the one-China principle or policy, or the 1992 Consensus (菲方重申坚持一个中国政策, 拒不承认“九二共识”):
     * support, as the golds read it in 18 of 29 such clauses (keeping to other principles they mostly leave out).
     */
    private static final String ONE_CHINA = "(?:一个中国原则|一个中国政策|“?九二共识)";
    private static final String KEEPING = "坚持|恪守|奉行|遵守|承认";
    /**
     * What 维护 upholds that makes it a stance on a party or document named right after it: a document in title marks
     * (维护《联合国宪章》的宗旨和原则, 维护《反导条约》), or a body's or state's authority, standing, sovereignty or territory
     * (维护联合国的权威, 维护伊拉克的主权和领土完整); not peace and stability of a place, which names no stance on it.
     */
    private static final String UPHELD = "这一条约|《|[^，。；《]{2,12}?的(?:权威|地位|主权|领土完整)";
    private static final String DEMANDS = "要求|主张";
    /**
     * Demanding that a state's troops leave (要求越南从柬埔寨撤出全部军队, 双方主张苏联军队尽快撤出阿富汗, 要求外国军队撤出…):
     * opposition to the state named right after the verb, or to no one named, as the development golds read such demands.
     */
    private static final String DEMANDING_WITHDRAWAL = "(?:" + DEMANDS + ")(?=[^，。；]{1,16}?(?:撤出|撤军|撤走|撤回|撤离))";
    /** A demand that describes what follows it: 要求苏联撤军的呼声, 要求伊拉克撤军的有关决议. */
    private static final Pattern DEMAND_AS_A_MODIFIER = Pattern.compile("[^，。；]*?的(?:有关)?(?:决议|呼声|提案|声音|草案)");
    /** Who may be named before a demand as making it: the speaker's side, or the pair. */
    private static final Pattern DEMANDING_SIDE = Pattern.compile("我们|我国|中方|双方|两国");

    /** Whether the demand's own clause names who makes it: a state or body right before, or 我们, 中方, 双方. */
    private static boolean namesWhoDemands(SentenceView sentence, int verb, String lead) {
        return DEMANDING_SIDE.matcher(lead).find() || sentence.mentionsIn(sentence.clauseStart(verb), verb).stream()
                .anyMatch(m -> m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION);
    }

    /** The verbs of opposition: against what or whom follows. */
    private static final String AGAINST = "反对|抵制|谴责|不赞成|" + DEMANDS;
    /**
     * 支持, 反对, 抵制, 谴责; and 维护 where what is upheld is the body or document a system rests on (维护以联合国为核心的
     * 国际体系: the UN) or what {@link #UPHELD} names; keeping to the one-China principle.
     */
    private static final Pattern STANCE = Pattern.compile("(支持|反对|抵制|谴责|不赞成|" + DEMANDING_WITHDRAWAL
            + "|(?:维护|捍卫)(?=以[^，。；]{1,24}?为(?:核心|基础|基石)|" + UPHELD + ")"
            + "|(?:" + KEEPING + ")(?=[^，。；]{0,4}?" + ONE_CHINA + "))");
    private static final Pattern WELCOME = Pattern.compile("欢迎|赞赏|积极评价|高度评价|赞同");
    /** 对此, 对这一…, 对这些…: what the stance is on was told before. */
    private static final Pattern ON_THIS = Pattern.compile("对(?:此|这一|这些|该)");
    /** Nothing after the welcome but a second word of the same (表示欢迎和祝贺, 表示赞赏和支持). */
    private static final Pattern NOTHING_MORE = Pattern.compile("(?:[和与](?:祝贺|支持|肯定))?");
    private static final Set<EntityType> WELCOMED = EnumSet.of(EntityType.INITIATIVE, EntityType.AGREEMENT);
    private static final Set<EntityType> OBJECTS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION,
            EntityType.REGION, EntityType.AGREEMENT, EntityType.INITIATIVE, EntityType.EVENT, EntityType.PERSON);
    private static final String FILLERS = "和了着各国《以";
    private static final Set<EntityType> QUOTED_OBJECTS = EnumSet.of(EntityType.ORGANIZATION, EntityType.AGREEMENT,
            EntityType.INITIATIVE, EntityType.EVENT);
    private static final Pattern QUOTED = Pattern.compile("^[^“\"]{0,8}[“\"]([^”\"]{1,12})[”\"]");
    private static final Pattern NOT_A_STANCE = Pattern.compile("^(?:和|与|、|力度|者|率|下|的)");
    private static final int LONGEST_OBJECT_TEXT = 30;
    /** Words that say how a stance is taken (坚决反对, 愿继续支持). */
    private static final String HOW_TAKEN = "坚决|坚定|始终|一贯|一如既往|继续|将|愿|都|共同|要|一致|重申|积极|严格|切实|同样|强烈|表示|予以|坚持";
    /** Words right before the verb that make it a stance the speaker takes. */
    private static final Pattern STANCE_LEAD = Pattern.compile("(?:" + HOW_TAKEN + ")$");
    /** A lead of nothing but how the stance is taken, and with whom (与国际社会共同抵制…). */
    private static final Pattern STANCE_WORDS = Pattern.compile("(?:[同与和][^，。；]{1,8}?(?=一道|共同))?(?:也|还|并|同时|一道|"
            + HOW_TAKEN + ")*");
    private static final int LONGEST_BARE_OBJECT = 30;
    /**
     * Opposing what anyone might do (反对任何外国以任何借口干涉波兰的内政): a stance on the act, whoever the words after
     * name, as the development golds read 29 of 31 such clauses.
     */
    private static final Pattern ANY = Pattern.compile("任何|一切");

    /**
     * The entity named right after the verb, or a programme, document, body or meeting quoted whole right after it
     * (支持“两国方案”); not a name that only opens a quoted term (反对“台独”: no stance on Taiwan), nor a place quoted
     * (抵制“印太”对抗: the quotation marks make it a strategy's name, not the region).
     */
    private static Optional<Mention> objectNamedAfter(SentenceView sentence, int verbEnd) {
        Optional<Mention> first = sentence.mentionStartingNear(verbEnd, OBJECTS, FILLERS);
        if (first.isPresent()) {
            Matcher described = DESCRIBED_BY.matcher(sentence.text()).region(first.get().end(), sentence.clauseEnd(verbEnd));
            if (sentence.text().startsWith("以", first.get().begin() - 1) && described.lookingAt()) {
                // 支持以西哈努克亲王为主席的民主柬埔寨联合政府: who heads it describes the object named after 的;
                // but 以联合国为核心的国际体系, unnamed, is upheld through the body at its core
                return sentence.mentionStartingNear(described.end(), OBJECTS, FILLERS).or(() -> first);
            }
            Matcher led = LED_BY.matcher(sentence.text()).region(first.get().end(), sentence.clauseEnd(verbEnd));
            if (led.lookingAt()) {
                // 支持西哈努克亲王领导的民主柬埔寨联合政府: the body its leader describes is the object
                return sentence.mentionStartingNear(led.end(), OBJECTS, FILLERS).or(() -> first);
            }
            return first;
        }
        if (SET_UP.matcher(sentence.text()).region(verbEnd, sentence.text().length()).lookingAt()) {
            // 中国一贯支持建立国际经济新秩序: the order or body to be set up is supported
            Optional<Mention> setUp = sentence.mentionStartingNear(verbEnd + 2, SET_UP_OBJECTS, FILLERS);
            if (setUp.isPresent()) {
                return setUp;
            }
        }
        return sentence.mentionStartingNear(verbEnd, QUOTED_OBJECTS, FILLERS + "“")
                .filter(m -> sentence.text().startsWith("“", m.begin() - 1) && sentence.text().startsWith("”", m.end()));
    }

    /** Setting a body or order up (建立, 成立): what is set up is what a stance on doing so is on. */
    private static final String SETTING_UP = "建立|成立";
    /** 建立 or 成立 right after the verb: what is supported is to be set up. */
    private static final Pattern SET_UP = Pattern.compile(SETTING_UP);
    private static final Set<EntityType> SET_UP_OBJECTS = EnumSet.of(EntityType.INITIATIVE, EntityType.ORGANIZATION);

    /** The rest of A领导的 after A (西哈努克亲王领导的, 阿拉法特主席领导的): what follows 的 is what A leads. */
    private static final Pattern LED_BY = Pattern.compile("[^，。；的]{0,6}?(?:领导|率领)的");

    /** 在A(的)领导下 right after who is supported, its 人民 perhaps between (巴勒斯坦人民在巴勒斯坦解放组织领导下…). */
    private static final Pattern LED_UNDER = Pattern.compile("(?:人民)?在([^，。；在]{2,20}?)的?领导下");
    /** Who may lead those supported: a body or a person, not a state. */
    private static final Set<EntityType> LEADERS = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON);

    /**
     * The body or person under whose leadership the one supported acts (支持巴勒斯坦人民在巴勒斯坦解放组织领导下进行的
     * 正义斗争): supported too, as the development golds read three of the four such clauses.
     */
    private static Optional<Entity> leaderOf(SentenceView sentence, Mention supported, int clauseEnd) {
        Matcher under = LED_UNDER.matcher(sentence.text()).region(supported.end(), clauseEnd);
        if (!under.lookingAt()) {
            return Optional.empty();
        }
        return sentence.mentionsIn(under.start(1), under.end(1)).stream().filter(m -> LEADERS.contains(m.entity().type()))
                .map(Mention::entity).findFirst();
    }

    /** The rest of 以A为B的 after A (以西哈努克亲王为主席的, 以联合国为核心的): what follows 的 is what A describes. */
    private static final Pattern DESCRIBED_BY = Pattern.compile("[^，。；为]{0,8}?为[^，。；]{1,10}?的");

    /** The object and those of its type (or, for a state or land, of either) listed right after it, each once; or no object. */
    private static List<Optional<Entity>> objectsListed(SentenceView sentence, Optional<Mention> object) {
        if (object.isEmpty()) {
            return List.of(Optional.empty());
        }
        // 支持法国、德国…: each listed is supported; states and lands are listed together (南非人民和纳米比亚人民 in 1986),
        // and so are those who act (支持秘书长德奎利亚尔和伊斯兰会议组织、不结盟运动…所作的努力)
        EntityType type = object.get().entity().type();
        Set<EntityType> listed = SentenceView.PARTICIPANTS.contains(type) ? SentenceView.PARTICIPANTS : Set.of(type);
        return sentence.listedFrom(object.get(), listed).stream()
                .map(m -> Optional.of(m.entity())).distinct().toList();
    }

    /**
     * Welcoming or praising a proposal or a document is supporting it (菲方欢迎中方提出的…理念, 中方积极评价…构想,
     * 双方高度评价…宣言): the first initiative or agreement the clause names after the verb.
     */
    private static void welcomed(SentenceView sentence, List<Relation> found) {
        Matcher matcher = WELCOME.matcher(sentence.text());
        while (matcher.find()) {
            int end = sentence.clauseEnd(matcher.end());
            Optional<Mention> object = sentence.mentionsIn(matcher.end(), end).stream()
                    .filter(m -> WELCOMED.contains(m.entity().type())).findFirst();
            String lead = sentence.text().substring(sentence.clauseStart(matcher.start()), matcher.start());
            Optional<Entity> actor = stanceTaker(sentence, matcher.start(), lead);
            String rest = sentence.text().substring(matcher.end(), end);
            boolean saidAfter = saidAfterWhatItIsOn(sentence, matcher.start(), NOTHING_MORE.matcher(rest).matches() ? "" : rest);
            if (object.isEmpty() && actor.isPresent() && NOTHING_MORE.matcher(rest).matches()
                    && (saidAfter || ON_THIS.matcher(lead).find() && saysOnThis(sentence, matcher.start()))) {
                // 中方对此表示欢迎, 我们对此表示赞赏: a stance on what was told before, on whoever the sentence opened with
                for (Optional<Entity> told : toldOf(sentence, matcher.start(), actor.get(), saidAfter)) {
                    if (saidAfter && told.isEmpty()) {
                        continue; // 中国政府认为，…，我们表示支持: what it is on is named by nothing read
                    }
                    found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agentsAt(sentence, actor.get(), matcher.start()),
                            matcher.start(), end).withObject(told.orElse(null)), matcher.start()));
                }
                continue;
            }
            boolean othersEnacted = object.isPresent() && enactedByOthers(sentence, matcher.end(), end, object.get());
            if (actor.isEmpty() && othersEnacted) {
                actor = bothSides(sentence, matcher.start()); // 双方欢迎《禁止化学武器公约》…生效: both welcome it
            }
            if (othersEnacted && actor.isPresent() && namedAsItsParty(sentence, object.get(), actor.get())) {
                continue; // 双方高度评价…签署的《中越北部湾划界协定》: a document its name says is theirs
            }
            if (object.isEmpty() || actor.isEmpty() || object.get().entity().equals(actor.get())) {
                continue;
            }
            String between = sentence.text().substring(matcher.end(), object.get().begin());
            if (!sentence.mentionsIn(matcher.end(), object.get().begin()).isEmpty() && !between.contains("提出") && !othersEnacted) {
                continue; // 欢迎卡方积极参与“一带一路”: who is welcomed to take part, not a stance on the initiative
            }
            List<Entity> agents = agentsAt(sentence, actor.get(), matcher.start());
            found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agents, matcher.start(), end)
                    .withObject(object.get().entity()), matcher.start()));
        }
    }

    /**
     * What is welcomed or supported named between 对 and the verb (中方对约旦和以色列签署《约以和平条约》表示欢迎, 中国政府对安理会
     * 的这一决定表示欢迎, 中国政府对苏联撤军表示欢迎): the document or programme named there, else the first party; where
     * nothing is named, none (对各位嘉宾的到来表示热烈欢迎 greets). The development golds read 21 of the 22 such clauses as
     * support.
     * A stance on 此 is {@link #welcomed}'s.
     */
    private static final Pattern WELCOMED_BEFORE = Pattern.compile(
            "对(?!此|这一|这些|该)([^，。；]{1,40}?)表示(?:了)?(?:热烈|诚挚|衷心|高度|坚定)?(?:欢迎|支持)");
    private static final Set<EntityType> PARTIES_WELCOMED = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION,
            EntityType.PERSON, EntityType.EVENT);
    /** What the words between 对 and 表示 may end on, and so be what is welcomed (a meeting held, a document signed). */
    private static final Set<EntityType> WELCOMED_LAST = EnumSet.of(EntityType.EVENT, EntityType.AGREEMENT, EntityType.INITIATIVE);

    private static void welcomedBefore(SentenceView sentence, List<Relation> found) {
        Matcher matcher = WELCOMED_BEFORE.matcher(sentence.text());
        while (matcher.find()) {
            Optional<Entity> actor = stanceTaker(sentence, matcher.start()).or(() -> bothSides(sentence, matcher.start()));
            if (actor.isEmpty()) {
                continue;
            }
            List<Mention> named = sentence.mentionsIn(matcher.start(1), matcher.end(1)).stream()
                    .filter(m -> !m.entity().equals(actor.get())).toList();
            // 对…在印度尼西亚举行的雅加达非正式会晤表示欢迎: the name the words end on is what is welcomed, not where it was
            Optional<Entity> object = named.stream().filter(m -> m.end() == matcher.end(1) && WELCOMED_LAST.contains(m.entity().type()))
                    .findFirst()
                    .or(() -> named.stream().filter(m -> WELCOMED.contains(m.entity().type())).findFirst())
                    .or(() -> named.stream().filter(m -> PARTIES_WELCOMED.contains(m.entity().type())).findFirst())
                    .map(Mention::entity);
            if (object.isEmpty()) {
                continue; // 对各位嘉宾的到来表示热烈欢迎: a greeting, or what is welcomed named before (对协议的签署)
            }
            List<Entity> agents = agentsAt(sentence, actor.get(), matcher.start());
            if (found.stream().anyMatch(r -> r.kind() == RelationKind.SUPPORT && r.parties().equals(agents))) {
                continue; // read already (对…所作的努力表示赞赏和支持: praise)
            }
            found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agents, matcher.start(), matcher.end())
                    .withObject(object.get()), matcher.end() - 2));
        }
    }

    /** A document's signing, adoption or entry into force, done by whoever is named before the verb. */
    private static final Pattern ENACTED = Pattern.compile("签署|签订|通过|达成|发表|生效");
    /** Words that make the document the welcomers' own (双方欢迎两国政府签署的…, 三国领导人欢迎本次会议发表…). */
    private static final Pattern OWN_DOCUMENT = Pattern.compile("两国|双方|三方|三国|各方|我们|我国|中方|本次|此访|这次|此次|期间");

    /**
     * Whether the clause welcomes a document others made or that came into force (我们欢迎美朝双方签署《美朝核框架协议》,
     * 中方欢迎安理会一致通过第2118号决议, 双方欢迎《巴黎协定》…生效): support of it, as the development golds read 16 such
     * clauses; not the welcomers' own documents (双方欢迎两国有关部门签署…), which they leave out.
     */
    private static boolean enactedByOthers(SentenceView sentence, int welcomeEnd, int clauseEnd, Mention document) {
        if (document.entity().type() != EntityType.AGREEMENT) {
            return false;
        }
        String words = sentence.text().substring(welcomeEnd, clauseEnd);
        if (!ENACTED.matcher(words).find()) {
            return false;
        }
        Matcher own = OWN_DOCUMENT.matcher(words);
        while (own.find()) {
            int at = welcomeEnd + own.start();
            if (sentence.mentions().stream().anyMatch(m -> m.begin() < at && at < m.end())) {
                continue; // 两国 inside the document's own name (《美苏消除两国中程和中短程导弹条约》) says nothing of the welcomers
            }
            if (sentence.mentions().stream().noneMatch(m -> m.end() == at)) {
                return false; // 双方 of the welcomers, not 美朝双方, the others named right before it
            }
        }
        return true;
    }

    /** Whether the document's name names the party (中越…协定, 《中华人民共和国和越南社会主义共和国陆地边界条约》). */
    private static boolean namedAsItsParty(SentenceView sentence, Mention document, Entity party) {
        String name = document.entity().zhLabel() + " " + document.surface();
        return AgreementPartyRule.partiesByName(sentence, document).contains(party) || name.contains(party.zhLabel())
                || party.aliases().stream().anyMatch(alias -> alias.length() >= 2 && name.contains(alias));
    }

    /** 双方 or 两国 opening a stance: the first of the pair they stand for, the other taking it with it; else none. */
    private static Optional<Entity> bothSides(SentenceView sentence, int verb) {
        return allNamedTogether(sentence, verb).stream().findFirst();
    }

    /** What may open a clause before the party it is about: a time (一年来, 2011年12月), or nothing. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:[^，。；]{0,8}(?:来|年|月|日|后|前))?");

    /**
     * Who the sentence told of before a stance on 此 (菲方愿为…发挥建设性作用，中方对此表示赞赏; 希腊已正式表示希望加入…，
     * 我们对此表示欢迎): the party its first clause opens with, alone (not 俄乌双方 nor 约旦和以色列, two; but 以色列在黎巴嫩南部
     * 一再进行军事挑衅, where the second is where it acts), and not who takes the stance;
     * where the stance opens the sentence, what the sentence before told of ({@link #toldIn}), each apart.
     */
    private static List<Optional<Entity>> toldOf(SentenceView sentence, int verb, Entity actor, boolean saidAfter) {
        // a stance on 此 is on a party told of; one said after what it is on may be on a programme, document or meeting too
        Set<EntityType> types = saidAfter ? TOLD_BEFORE : SentenceView.PARTICIPANTS;
        int clause = sentence.clauseStart(verb);
        List<Mention> before = sentence.mentionsIn(0, clause).stream()
                .filter(m -> types.contains(m.entity().type())).toList();
        if (before.isEmpty()) {
            // 中方对此表示赞赏 opening its sentence: on what the sentence before told of
            List<Optional<Entity>> told = sentence.context().told().stream().filter(e -> !e.equals(actor)).map(Optional::of).toList();
            return told.isEmpty() ? List.of(Optional.empty()) : told;
        }
        Mention first = before.get(0);
        String opening = sentence.text().substring(sentence.clauseStart(first.begin()), first.begin());
        boolean alone = before.size() == 1
                || !LISTED_WITH.matcher(sentence.text().substring(first.end(), Math.max(first.end(), before.get(1).begin()))).matches();
        if (!CLAUSE_OPENING.matcher(opening).matches() || !alone || first.entity().equals(actor)) {
            return List.of(Optional.empty());
        }
        return List.of(Optional.of(first.entity()));
    }

    /** What joins two parties told of together (俄乌双方, 约旦和以色列): then neither alone is what a stance is on. */
    private static final Pattern LISTED_WITH = Pattern.compile("|和|与|、|及|以及|同|跟");

    /** A clause of nothing but who takes the stance and 表示 or 予以 (…，我们表示支持; …，中方表示赞赏). */
    private static final Pattern SAYS_SO = Pattern.compile("^(?:我们|我国|中方|中国政府|中国)?(?:也|都)?(?:表示|予以)(?:坚决|积极|高度|充分)?");
    /**
     * What a stance said in a later clause of its own may be on: a state, body, land, programme, document or meeting the
     * sentence opens with (not a person, whose coming is welcomed, not backed).
     */
    private static final Set<EntityType> TOLD_BEFORE = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION,
            EntityType.AGREEMENT, EntityType.INITIATIVE, EntityType.EVENT);

    /**
     * Whether the stance is a clause of its own after what it is on, with no object and no 对此 (非斯方案反映了…愿望，
     * 我们表示支持; 东盟国家为…作出了积极努力，我们表示支持): then it is on what the sentence opened with.
     */
    private static boolean saidAfterWhatItIsOn(SentenceView sentence, int verb, String rest) {
        int clause = sentence.clauseStart(verb);
        String lead = sentence.text().substring(clause, verb);
        return clause > 0 && rest.isEmpty() && SAYS_SO.matcher(lead).matches()
                && !COMING.matcher(sentence.text().substring(0, clause)).find();
    }

    /** A visit told before the stance (…外长下月访华，我们表示欢迎): the coming is welcomed, no stance on who comes. */
    private static final Pattern COMING = Pattern.compile("访|来华|到访");

    /** Verbs that make a document or programme: a stance on 此 after them is on what was made. */
    private static final Pattern MADE = Pattern.compile("签署|签订|达成|发表|通过|提出|公布|宣布|出台|制定");

    /**
     * What a sentence tells of, for a stance on 此 that opens the next one: the document or programme it says was made
     * (…签署了《沙姆沙伊赫备忘录》。中方对此表示欢迎), else the parties its first clause opens with, one or joined (越方重申
     * 坚持一个中国原则。中方对此表示赞赏; 印度和巴基斯坦进行了核试验。中国政府对此表示强烈遗憾和反对), else the first document or
     * programme it names; else nothing.
     */
    static List<Entity> toldIn(SentenceView sentence) {
        Optional<Mention> programme = sentence.mentions().stream().filter(m -> PROGRAMMES.contains(m.entity().type())).findFirst();
        if (programme.isPresent() && MADE.matcher(sentence.text().substring(0, programme.get().begin())).find()) {
            return List.of(programme.get().entity()); // …签署了《沙姆沙伊赫备忘录》: the document made, not who made it
        }
        List<Mention> participants = sentence.mentions().stream()
                .filter(m -> SentenceView.PARTICIPANTS.contains(m.entity().type())).toList();
        if (!participants.isEmpty() && CLAUSE_OPENING.matcher(sentence.text().substring(
                sentence.clauseStart(participants.get(0).begin()), participants.get(0).begin())).matches()) {
            return sentence.listedFrom(participants.get(0), SentenceView.PARTICIPANTS).stream().map(Mention::entity).toList();
        }
        return programme.map(m -> List.of(m.entity())).orElse(List.of());
    }

    /**
     * Whether the words before the verb make it the minister's own stance, with no subject of their own: nothing,
     * or how it is taken and with whom (坚决反对…, 与国际社会共同抵制…); not 成员国重申支持…, where an unnamed subject takes it.
     */
    private static boolean ministersOwn(String lead) {
        return (lead.isEmpty() || STANCE_LEAD.matcher(lead).find()) && !lead.contains("们") && STANCE_WORDS.matcher(lead).matches();
    }

    /**
     * Who proposed what follows (中方提出的, 习近平主席…在联合国大会上提出的): the stance is on the proposal, not
     * on them. Not 支持X举办Y: the annotators split on whether the host or the event is supported (measured).
     */
    private static final Pattern PROPOSER_OF = Pattern.compile("^[^，。；]{0,24}?(?:提出|倡导|发起)的");

    /**
     * 哈方支持中方提出的“双轨并进”思路: the object is the proposal, not its proposer named right after the
     * verb; the first entity after 提出的 (or 举办) in the clause, else the party as read.
     */
    private static Optional<Mention> proposalOf(SentenceView sentence, Optional<Mention> first, int clauseEnd) {
        if (first.isEmpty() || first.get().end() >= clauseEnd) {
            return first; // nothing after it in the clause, or a quoted term with a comma inside (“搁置争议，共同开发”)
        }
        Matcher proposer = PROPOSER_OF.matcher(sentence.text().substring(first.get().end(), clauseEnd));
        if (!proposer.find()) {
            return first;
        }
        int after = first.get().end() + proposer.end();
        return sentence.mentionsIn(after, clauseEnd).stream().filter(m -> OBJECTS.contains(m.entity().type())).findFirst().or(() -> first);
    }

    /**
     * What a party is supported in doing to a document or programme, named right after it (支持安理会通过第2118号决议,
     * 支持哈方实施“哈萨克斯坦—2050”战略, 支持苏丹南北双方全面落实《全面和平协议》), or its own programme named right
     * after it (支持非洲联盟《2063年议程》): the document or programme is the object, as the annotators read it. A body
     * set up (支持非洲联盟建立非洲疾病预防控制中心) is the object likewise; not one joined (支持非洲联盟正式加入二十国集团 supports
     * the joiner, as the golds read it twice for once the body).
     */
    private static final Pattern ACTS_ON = Pattern.compile("^[^，。；]{0,6}?(?:(通过|实施|推进|实现|落实|执行|制定|履行|遵守|签署|加入)|("
            + SETTING_UP + "))[“《]?$");
    private static final Pattern OWN_PROGRAMME = Pattern.compile("^[“《]?$");
    private static final Set<EntityType> PROGRAMMES = EnumSet.of(EntityType.AGREEMENT, EntityType.INITIATIVE);

    /**
     * A body's or state's envoy named after it (支持联合国和阿拉伯国家联盟联合特使安南的斡旋努力, 支持联合国秘书长叙利亚问题特使
     * 佩德森继续开展斡旋, 支持联合国秘书长个人代表科尔多韦斯…所作的努力): the person is supported; the bodies say whose envoy he is.
     */
    private static final Pattern ENVOY = Pattern.compile("^[^，。；的]{0,12}?(?:特使|特别代表|个人代表|秘书长|总干事)$");

    /** The envoy named after the first party the stance names, and after the bodies listed with it; else that party. */
    private static Optional<Mention> envoyOf(SentenceView sentence, Optional<Mention> first, int clauseEnd) {
        if (first.isEmpty() || !SentenceView.ACTORS.contains(first.get().entity().type())) {
            return first;
        }
        int after = first.get().end();
        for (Mention next : sentence.mentionsIn(after, clauseEnd)) {
            if (next.entity().type() == EntityType.PERSON) {
                return ENVOY.matcher(sentence.text().substring(after, next.begin())).matches() ? Optional.of(next) : first;
            }
            if (!SentenceView.ACTORS.contains(next.entity().type()) || !sentence.text().substring(after, next.begin()).matches("[和与、—]?")) {
                return first;
            }
            after = next.end(); // 联合国和阿拉伯国家联盟: the bodies whose envoy follows, listed
        }
        return first;
    }

    /** The document or programme the first party the stance names acts on, or its own named right after it; else that party. */
    private static Optional<Mention> actedOn(SentenceView sentence, Optional<Mention> first, int clauseEnd) {
        if (first.isEmpty() || !SentenceView.ACTORS.contains(first.get().entity().type())) {
            return first;
        }
        Optional<Mention> next = sentence.mentionsIn(first.get().end(), clauseEnd).stream().findFirst();
        if (next.isEmpty()) {
            return first;
        }
        String between = sentence.text().substring(first.get().end(), next.get().begin());
        EntityType type = next.get().entity().type();
        Matcher acts = ACTS_ON.matcher(between);
        boolean onProgramme = PROGRAMMES.contains(type) && (acts.find() || OWN_PROGRAMME.matcher(between).matches());
        boolean onBody = type == EntityType.ORGANIZATION && acts.reset().find() && acts.group(2) != null;
        return onProgramme || onBody ? next : first;
    }

    /**
     * The body whose reform is supported (支持对安理会进行合理、必要的改革, 支持对联合国包括安理会进行必要改革): the body is
     * the object, as the development golds read it eight times in ten. Only support: 反对对伊朗实施制裁 opposes the
     * sanctions, not Iran.
     */
    private static final Pattern REFORM = Pattern.compile("^[^，。；]{0,12}?进行[^，。；]{0,10}?改革");

    private static Optional<Mention> reformed(SentenceView sentence, int verbEnd, int clauseEnd) {
        if (!sentence.text().startsWith("对", verbEnd)) {
            return Optional.empty();
        }
        return sentence.mentionStartingNear(verbEnd + 1, EnumSet.of(EntityType.ORGANIZATION), "")
                .filter(body -> body.end() <= clauseEnd && REFORM.matcher(sentence.text().substring(body.end(), clauseEnd)).find());
    }

    /** Words that urge or ask someone to do what follows (我们敦促美方恪守…, 希望有关国家…). */
    static final String URGING = "敦促|希望|要求|呼吁|促请";
    /** Who is urged or asked to do what follows: they act, not who urges. */
    private static final Pattern URGED = Pattern.compile("(?:" + URGING + ")[^，。；]*$");

    /**
     * A party keeping to the one-China principle (俄方重申坚持一个中国原则; 我们敦促美方恪守…, which the urged party is
     * asked to): support by a named party other than the speaker's country, whose own adherence is no news; none where
     * the keeping is the topic (坚持一个中国原则是人心所向) or whoever keeps to it is unnamed (有关国家, 183个国家).
     */
    private static Optional<Relation> keptTo(SentenceView sentence, Matcher verb, String lead, int end) {
        Optional<Mention> principle = sentence.mentionStartingNear(verb.end(), OBJECTS, FILLERS + "“坚定");
        if (principle.isEmpty() || sentence.text().startsWith("是", principle.get().end())) {
            return Optional.empty();
        }
        Matcher urged = URGED.matcher(lead);
        int clause = sentence.clauseStart(verb.start());
        Optional<Entity> actor = urged.find()
                ? sentence.actorsIn(clause + urged.start(), verb.start()).stream().reduce((first, second) -> second)
                : sentence.actorBefore(verb.start());
        if (actor.isEmpty() || actor.get().equals(sentence.speakerCountry()) || lead.matches(".*(?:国家|各国)都?$")) {
            return Optional.empty();
        }
        return Optional.of(sentence.stated(Relation.of(RelationKind.SUPPORT, List.of(actor.get()), verb.start(), end)
                .withObject(principle.get().entity()), verb.start()));
    }

    /** Whether {@code index} lies inside quotation marks opened before it. */
    private static boolean quoted(String text, int index) {
        String before = text.substring(0, index);
        return before.chars().filter(c -> c == '“').count() > before.chars().filter(c -> c == '”').count();
    }

    /**
     * Taking documents or principles as the basis of what is done (以《联合国气候变化框架公约》和《京都议定书》为基础); not
     * 以…为指导, which the annotators leave out (a treaty's spirit as a guide, a party's thought).
     */
    private static final Pattern BASIS = Pattern.compile("以([^，。；为]{2,60}?)为基础");
    private static final Set<EntityType> BASES = EnumSet.of(EntityType.AGREEMENT, EntityType.INITIATIVE);

    /**
     * Taking a document or principle as the basis of what is done is supporting it (各方应以《公约》为基础, 双方将继续以
     * 《公约》及《议定书》为基础): each agreement or initiative named between 以 and 为基础, by the actor before it, both
     * parties where 双方 governs, else the speaker's country, whose position the sentence states. Not inside quotation
     * marks (a theme), nor where the clause opens with no one to take it and no speaker.
     */
    private static void basedOn(SentenceView sentence, List<Relation> found) {
        Matcher matcher = BASIS.matcher(sentence.text());
        while (matcher.find()) {
            if (quoted(sentence.text(), matcher.start())) {
                continue;
            }
            List<Mention> bases = sentence.mentionsIn(matcher.start(1), matcher.end(1)).stream()
                    .filter(m -> BASES.contains(m.entity().type())).toList();
            if (bases.isEmpty()) {
                continue;
            }
            Optional<Entity> actor = sentence.actorBefore(matcher.start()).or(() -> Optional.ofNullable(sentence.speakerCountry()));
            if (actor.isEmpty()) {
                continue;
            }
            List<Entity> agents = agentsAt(sentence, actor.get(), matcher.start());
            int end = sentence.clauseEnd(matcher.end());
            bases.stream().map(Mention::entity).distinct().forEach(basis -> found.add(sentence.stated(
                    Relation.of(RelationKind.SUPPORT, agents, matcher.start(), end).withObject(basis), matcher.start())));
        }
    }

    /**
     * Wishing a meeting success (预祝会议取得圆满成功, 期待莫斯科峰会取得成功), or hoping it brings results (希望正在…举行的…会议取得
     * 积极成果: four of the five development sentences read so; 期待…取得积极成果, none of three): the events named between
     * are supported; what is named between may say when and where it is held.
     */
    private static final Pattern WISHED_SUCCESS = Pattern.compile(
            "(?:(?:预祝|祝愿|期待着?|希望)([^，。；]{1,50}?)取得[^，。；]{0,4}成功|希望([^，。；]{1,50}?)取得[^，。；]{0,4}成果)");

    /**
     * Wishing an event success is supporting it (我们预祝峰会取得圆满成功: of the five such development sentences that name
     * the event, the golds list four), by who wishes it, else the speaker's country.
     */
    private static void wishedSuccess(SentenceView sentence, List<Relation> found) {
        Matcher matcher = WISHED_SUCCESS.matcher(sentence.text());
        while (matcher.find()) {
            int wished = matcher.group(1) != null ? 1 : 2;
            List<Entity> events = sentence.mentionsIn(matcher.start(wished), matcher.end(wished)).stream()
                    .filter(m -> m.entity().type() == EntityType.EVENT).map(Mention::entity).distinct().toList();
            Optional<Entity> actor = stanceTaker(sentence, matcher.start());
            if (events.isEmpty() || actor.isEmpty()) {
                continue;
            }
            List<Entity> agents = agentsAt(sentence, actor.get(), matcher.start());
            int end = sentence.clauseEnd(matcher.end());
            // a wish seeks what it wishes (3 of the 4 golds), whatever the words before say
            events.forEach(event -> found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agents, matcher.start(), end)
                    .withObject(event), matcher.start()).withModality(RelationModality.SOUGHT)));
        }
    }

    /** Congratulating someone on taking an office (祝贺加尔巴先生当选第四十四届联合国大会主席): the one elected is named between. */
    private static final Pattern CONGRATULATED = Pattern.compile("祝贺([^，。；]{1,24}?)(?:当选|就任|连任)");
    /** Recommending someone for an office (推荐坦桑尼亚外交部长萨利姆为秘书长候选人, 推荐潘基文先生): the one recommended after. */
    private static final Pattern RECOMMENDED = Pattern.compile("推荐了?([^，。；为]{1,24}?)(?=为|出任|担任|先生|[，。；]|$)");
    private static final Set<EntityType> ELECTED = EnumSet.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION);

    /**
     * Congratulating one on an election or on taking office is supporting them (the UN General Assembly's new president
     * in each of twelve development speeches): the person named between, else the state or body named right after 祝贺
     * (祝贺印度当选…); not a place they come from (来自圭亚那的因萨纳利大使: the ambassador, or no one where no person is read).
     * Who congratulates is named before, else the speaker's state (我代表中国代表团，热烈祝贺…).
     */
    private static void congratulated(SentenceView sentence, List<Relation> found) {
        backedForOffice(sentence, found, CONGRATULATED, true);
    }

    /**
     * Recommending one for an office is supporting them (安理会…推荐潘基文先生, 非洲统一组织推荐…萨利姆为候选人: all six such
     * development sentences), by who recommends, named before.
     */
    private static void recommended(SentenceView sentence, List<Relation> found) {
        backedForOffice(sentence, found, RECOMMENDED, false);
    }

    /** Support for the one {@code backing}'s group 1 names for an office, by the actor before, else maybe the speaker's state. */
    private static void backedForOffice(SentenceView sentence, List<Relation> found, Pattern backing, boolean speakerMayBack) {
        Matcher matcher = backing.matcher(sentence.text());
        while (matcher.find()) {
            List<Mention> named = sentence.mentionsIn(matcher.start(1), matcher.end(1)).stream()
                    .filter(m -> ELECTED.contains(m.entity().type())).toList();
            Optional<Entity> elected = named.stream().filter(m -> m.entity().type() == EntityType.PERSON).map(Mention::entity)
                    .reduce((first, second) -> second).or(() -> named.stream().filter(m -> m.begin() == matcher.start(1))
                            .map(Mention::entity).findFirst());
            Optional<Entity> actor = sentence.actorBefore(matcher.start())
                    .or(() -> speakerMayBack ? Optional.ofNullable(sentence.speakerCountry()) : Optional.empty());
            if (elected.isEmpty() || actor.isEmpty() || elected.equals(actor)) {
                continue;
            }
            found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agentsAt(sentence, actor.get(), matcher.start()),
                    matcher.start(), sentence.clauseEnd(matcher.end())).withObject(elected.get()), matcher.start()));
        }
    }

    /** Refusing to accept (中方不接受、不参与所谓仲裁): opposition, however the refusal goes on (不承认, 不参与). */
    private static final Pattern NOT_ACCEPTED = Pattern.compile("(?:不|绝不|决不)(?:能|会)?(?:接受|容忍)");
    private static final Set<EntityType> REFUSED = EnumSet.of(EntityType.EVENT, EntityType.AGREEMENT, EntityType.INITIATIVE);

    /**
     * Not accepting something is opposing it (8 of the 10 development sentences with 不接受 list the opposition): by who
     * refuses, else the speaker's country; on the case, document or programme named right after, else the last one named
     * before in the sentence (对于菲律宾单方面提起的所谓南海仲裁案，中方不接受), else the event named last in the sentences
     * before (the case the answer is about: …仲裁案…。中方不接受、不承认。).
     */
    private static void notAccepted(SentenceView sentence, List<Relation> found) {
        Matcher matcher = NOT_ACCEPTED.matcher(sentence.text());
        while (matcher.find()) {
            Matcher judged = JUDGED.matcher(sentence.text().substring(sentence.clauseStart(matcher.start()), matcher.start()));
            if (judged.find()) {
                judgedUnacceptable(sentence, matcher, judged, found);
                continue;
            }
            Optional<Entity> actor = stanceTaker(sentence, matcher.start());
            if (actor.isEmpty()) {
                continue;
            }
            Optional<Entity> refused = sentence.mentionStartingNear(matcher.end(), REFUSED, "、不参与承认所谓的“")
                    .or(() -> sentence.mentionsIn(0, matcher.start()).stream().filter(m -> REFUSED.contains(m.entity().type()))
                            .reduce((first, second) -> second))
                    .map(Mention::entity)
                    .or(() -> sentence.namedBefore(matcher.start(), EntityType.EVENT, List.of()));
            int end = sentence.clauseEnd(matcher.end());
            found.add(sentence.stated(Relation.of(RelationKind.OPPOSITION, agentsAt(sentence, actor.get(), matcher.start()),
                    matcher.start(), end).withObject(refused.orElse(null)), matcher.start()));
        }
    }

    /** …是(中国)不能接受的: what the clause opened with is judged, by who is named after 是, else the speaker's country. */
    private static final Pattern JUDGED = Pattern.compile("是(?<judge>[^，。；是]{0,8})$");

    /**
     * A thing judged unacceptable (任何把台湾纳入…的做法，都是中方不能接受的; 这是中国绝对不能接受的): opposed by the party named
     * between 是 and the verb, else the speaker's country; on the case, document or programme the clause names before, and
     * never on a party named inside what is judged (绕开安理会…的行为都是不能接受的: not the Council's stance).
     */
    private static void judgedUnacceptable(SentenceView sentence, Matcher verb, Matcher judged, List<Relation> found) {
        int clause = sentence.clauseStart(verb.start());
        int judgeAt = clause + judged.start("judge");
        Optional<Entity> actor = sentence.actorsIn(judgeAt, verb.start()).stream().findFirst()
                .or(() -> Optional.ofNullable(sentence.speakerCountry()));
        if (actor.isEmpty()) {
            return;
        }
        Optional<Entity> refused = sentence.mentionsIn(0, clause + judged.start()).stream()
                .filter(m -> REFUSED.contains(m.entity().type())).reduce((first, second) -> second).map(Mention::entity);
        found.add(sentence.stated(Relation.of(RelationKind.OPPOSITION, List.of(actor.get()), verb.start(),
                sentence.clauseEnd(verb.end())).withObject(refused.orElse(null)), verb.start()));
    }

    /** What opens a wish or a refusal in the minister's own words (最后，预祝…; 我预祝…; …，并对…表示赞赏): nothing of a subject. */
    private static final Pattern OWN_OPENING = Pattern.compile("^(?:(?:最后|我们|我)(?![国方]))?(?:也|还|并|同时)*");

    /** Who wishes or refuses at {@code verb}: as {@link #stanceTaker}, the minister's own opening words counting as none. */
    private static Optional<Entity> stanceTaker(SentenceView sentence, int verb) {
        String lead = sentence.text().substring(sentence.clauseStart(verb), verb);
        return stanceTaker(sentence, verb, OWN_OPENING.matcher(lead).replaceFirst(""));
    }

    /**
     * Who takes a stance at {@code verb}: the actor before it, else the speaker's country when {@code lead}, the clause's
     * words before the verb, are the minister's own (see {@link #ministersOwn}).
     */
    private static Optional<Entity> stanceTaker(SentenceView sentence, int verb, String lead) {
        Optional<Entity> actor = sentence.actorBefore(verb);
        return actor.isEmpty() && sentence.speakerCountry() != null && ministersOwn(lead) ? Optional.of(sentence.speakerCountry()) : actor;
    }

    /**
     * An act on a party, right after the verb of opposing (反对对朝鲜施加压力和实行制裁): the stance is on the act, its words the
     * object; the party acted on is none.
     */
    private static final Pattern ACT_ON = Pattern.compile("对[^，。；]{1,12}?(?:施加|实施|实行|进行|采取|动用|使用)");

    /** Valuing a body's role (中方重视南亚区域合作联盟在促进地区合作中的作用, 重视欧盟的地位和作用). */
    private static final Pattern VALUES_ROLE = Pattern.compile("重视(?=[^，。；]{2,40}?(?:作用|地位))");

    /**
     * Valuing the role of a body is supporting it (8 of the 11 development clauses): each body listed right after 重视,
     * by who values it, else the speaker's country.
     */
    private static void valuedRole(SentenceView sentence, List<Relation> found) {
        Matcher matcher = VALUES_ROLE.matcher(sentence.text());
        while (matcher.find()) {
            Optional<Mention> body = sentence.mentionStartingNear(matcher.end(), EnumSet.of(EntityType.ORGANIZATION), "");
            Optional<Entity> actor = stanceTaker(sentence, matcher.start());
            if (body.isEmpty() || actor.isEmpty() || body.get().end() > sentence.clauseEnd(matcher.end())) {
                continue;
            }
            List<Entity> agents = agentsAt(sentence, actor.get(), matcher.start());
            int end = sentence.clauseEnd(matcher.end());
            for (Optional<Entity> valued : objectsListed(sentence, body)) {
                found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agents, matcher.start(), end)
                        .withObject(valued.orElse(null)), matcher.start()));
            }
        }
    }

    /**
     * Praising a party: 赞赏 right before it (赞赏俄罗斯为缓和局势所作的外交努力), or 对 it … 表示赞赏 (对巴西、土耳其…表示赞赏);
     * not thanks (感谢…所作的贡献: 5 more right, 7 more wrong on development, the golds of the UN speeches split on them);
     * 高度 and 充分 belong to the verb, so that 我们高度赞赏… is still the minister's own words.
     */
    private static final Pattern PRAISES = Pattern.compile("(?:高度|充分)?赞赏");
    /** A title before the one praised (对秘书长德奎利亚尔先生…): not the party, which follows it. */
    private static final Pattern TITLE_FIRST = Pattern.compile("(?:上届|本届)?(?:大会)?(?:秘书长|主席|总统|总理|外长|总干事)、?");
    /** Praise said after the one praised, or tribute paid (对德奎利亚尔秘书长…所作的不懈努力表示敬意). */
    private static final Pattern PRAISE_AFTER = Pattern.compile("表示(?:高度|充分)?赞赏|表示(?:崇高的)?敬意");
    private static final Set<EntityType> PRAISED = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON,
            EntityType.EVENT);

    /**
     * Praising a state, body, person or meeting (中方赞赏印度尼西亚和法国…所作的努力, 我们对巴西、土耳其为此所作的努力表示赞赏,
     * 双方赞赏雅加达非正式会议…所作的贡献) is supporting them: each listed, by who praises, else the speaker's country, else
     * both sides where 双方 names them. Not 对此 (see {@link #welcomed}).
     */
    private static void praised(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher before = PRAISES.matcher(text);
        while (before.find()) {
            praise(sentence, before.start(), praisedAt(sentence, before.end()), found);
        }
        Matcher after = PRAISE_AFTER.matcher(text);
        while (after.find()) {
            int clause = sentence.clauseStart(after.start());
            int on = text.lastIndexOf('对', after.start());
            if (on < clause || ON_THIS.matcher(text).region(on, after.start()).lookingAt()) {
                continue;
            }
            praise(sentence, on, praisedAt(sentence, on + 1), found);
        }
    }

    /**
     * The one praised, named at {@code index} after any title (对秘书长德奎利亚尔先生…); a person named after their state's
     * or body's office is the one praised, not the state (赞赏孟加拉国外长乔杜里先生所作的贡献).
     */
    private static Optional<Mention> praisedAt(SentenceView sentence, int index) {
        Matcher title = TITLE_FIRST.matcher(sentence.text()).region(index, sentence.text().length());
        Optional<Mention> party = sentence.mentionStartingNear(title.lookingAt() ? title.end() : index, PRAISED, "");
        return party.flatMap(sentence::holderOfOfficeOf).or(() -> party);
    }

    /**
     * What the praise is of, after the party, that makes it no support of the party: what it proposed (the proposal is
     * welcomed, see {@link #welcomed}), its keeping to the one-China principle (its own support, see {@link #keptTo}), or
     * what it gave the praiser (赞赏中方给予的支持, 提供的援助).
     */
    private static final Pattern PRAISED_FOR_OTHER = Pattern.compile("提出的|倡导的|一个中国|给予|提供");
    /**
     * What a party is praised for that makes the praise support of it: its efforts, contribution, role or stance (所作的
     * 努力, 发挥的作用, 这一立场). Praise of other things (所做的大量工作, its government's cooperation) the development
     * golds split on: with these words 23 of 28 such clauses are their support, without them 5 of 17.
     */
    private static final Pattern PRAISED_FOR = Pattern.compile("努力|贡献|作用|立场");

    private static void praise(SentenceView sentence, int verb, Optional<Mention> party, List<Relation> found) {
        int end = sentence.clauseEnd(verb);
        if (party.isEmpty() || party.get().end() > end) {
            return;
        }
        String praisedFor = sentence.text().substring(party.get().end(), end);
        Optional<Entity> actor = stanceTaker(sentence, verb).or(() -> bothSides(sentence, verb)); // 关于…问题，双方赞赏…
        if (actor.isEmpty() || party.get().entity().equals(actor.get()) || PRAISED_FOR_OTHER.matcher(praisedFor).find()
                || !PRAISED_FOR.matcher(praisedFor).find()) {
            return;
        }
        List<Entity> agents = agentsAt(sentence, actor.get(), verb);
        for (Optional<Entity> praised : objectsListed(sentence, party)) {
            found.add(sentence.stated(Relation.of(RelationKind.SUPPORT, agents, verb, end).withObject(praised.orElse(null)), verb));
        }
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        praised(sentence, found);
        valuedRole(sentence, found);
        welcomed(sentence, found);
        welcomedBefore(sentence, found);
        basedOn(sentence, found);
        wishedSuccess(sentence, found);
        congratulated(sentence, found);
        recommended(sentence, found);
        notAccepted(sentence, found);
        String text = sentence.text();
        Matcher matcher = STANCE.matcher(text);
        while (matcher.find()) {
            boolean upholding = matcher.group(1).matches("维护|捍卫");
            if (upholding && quoted(text, matcher.start())) {
                continue; // 安理会“维护以联合国为核心的国际体系”高级别会议: a meeting's theme, no one's stance
            }
            int end = sentence.clauseEnd(matcher.end());
            String rest = text.substring(matcher.end(), end);
            boolean against = matcher.group(1).matches(AGAINST);
            RelationKind kind = against ? RelationKind.OPPOSITION : RelationKind.SUPPORT;
            boolean mutual = text.substring(0, matcher.start()).matches(".*(?:相互|互相)") || rest.matches("^(?:彼此|对方).*");
            if (mutual) { // 中俄相互支持, 双方坚定支持彼此: both sides, no object
                List<Entity> sides = sentence.partiesBefore(text.startsWith("相互", matcher.start() - 2)
                        || text.startsWith("互相", matcher.start() - 2) ? matcher.start() - 2 : matcher.start());
                if (sides.size() >= 2) {
                    found.add(sentence.stated(Relation.of(kind, sides, matcher.start(), end), matcher.start()));
                }
                continue;
            }
            String lead = text.substring(sentence.clauseStart(matcher.start()), matcher.start());
            if (matcher.group(1).matches(KEEPING)) {
                keptTo(sentence, matcher, lead, end).ifPresent(found::add);
                continue;
            }
            boolean saidAfter = saidAfterWhatItIsOn(sentence, matcher.start(), rest);
            boolean onThis = rest.isEmpty() && ON_THIS.matcher(lead).find() || saidAfter; // 中方对此坚决反对: no object after the verb
            if (!onThis && (rest.isEmpty() || NOT_A_STANCE.matcher(rest).find())) {
                continue;
            }
            boolean demanding = matcher.group(1).matches(DEMANDS); // a demand is a stance whoever is named before it
            boolean stance = demanding || onThis && (saidAfter || saysOnThis(sentence, matcher.start())) || lead.isEmpty()
                    || STANCE_LEAD.matcher(lead).find() || against && ANY.matcher(rest).lookingAt()
                    || saidBy(sentence, matcher.start()) && (sentence.mentionsIn(matcher.end(), end).isEmpty() || against && ACT_ON.matcher(rest).lookingAt());
            if (demanding && (!namesWhoDemands(sentence, matcher.start(), lead) || DEMAND_AS_A_MODIFIER.matcher(rest).lookingAt())) {
                // …通过决议，要求外国军队撤出…: a demand going on from another's act, which the golds mostly leave out;
                // 要求苏联撤军的呼声: a demand that only describes a call or a resolution
                continue;
            }
            Optional<Entity> actor = stanceTaker(sentence, matcher.start(), lead); // the minister's own: 支持…, 坚决反对…
            List<Entity> together = sentence.partiesBefore(matcher.start());
            String governing = text.substring(sentence.governingStart(matcher.start()), matcher.start());
            boolean bothSides = namesAllParties(sentence, together, governing);
            if (actor.isEmpty() && bothSides) {
                actor = Optional.of(together.get(0));
            }
            if (actor.isEmpty()) {
                continue;
            }
            Entity agent = actor.get();
            List<Entity> agents = List.of(agent);
            if (together.size() == 2 && together.get(0).equals(agent) && governing.matches(".*[同与][^，。]*")) {
                agents = together; // 中方愿同俄方…，坚决反对…: both take the stance
            } else if (bothSides && together.contains(agent)) {
                agents = together; // 双方支持…: both parties
            } else {
                List<Entity> listed = listedSubject(sentence, matcher.start());
                if (listed.contains(agent)) {
                    agents = listed; // 中国和俄罗斯支持…: each listed
                }
            }
            Optional<Mention> named = proposalOf(sentence, objectNamedAfter(sentence, matcher.end())
                    .or(() -> against ? Optional.empty() : reformed(sentence, matcher.end(), end))
                    .filter(m -> !m.entity().equals(agent)), end);
            Optional<Mention> object = envoyOf(sentence, actedOn(sentence, named, end), end);
            Matcher quoted = QUOTED.matcher(rest);
            String objectText;
            if (object.isPresent()) {
                objectText = rest.length() <= LONGEST_OBJECT_TEXT ? rest : null;
            } else if (upholding) {
                continue; // 维护以规则为基础的…: upholding what no body or document names
            } else if (quoted.find()) {
                objectText = quoted.group(1);
            } else if (stance && rest.length() <= LONGEST_BARE_OBJECT) {
                objectText = rest.isEmpty() ? null : rest; // 坚决反对世界上的霸权霸道霸凌; 中方对此坚决反对: none
            } else {
                continue;
            }
            List<Optional<Entity>> objects = new ArrayList<>(object.isEmpty() && onThis
                    ? toldOf(sentence, matcher.start(), agent, saidAfter) // 我们对此予以强烈谴责: on who was told of
                    : objectsListed(sentence, object));
            object.flatMap(o -> leaderOf(sentence, o, end)).filter(leader -> !objects.contains(Optional.of(leader)))
                    .ifPresent(leader -> objects.add(Optional.of(leader)));
            for (Optional<Entity> each : objects) {
                if (saidAfter && each.isEmpty()) {
                    continue; // as for a welcome: no stance read without what it is on
                }
                List<Entity> takers = agents;
                if (demanding && found.stream().anyMatch(r -> r.kind() == RelationKind.OPPOSITION && r.parties().equals(takers)
                        && Objects.equals(r.object(), each.orElse(null)))) {
                    continue; // 反对伊拉克入侵科威特，要求伊拉克…撤军: one stance, told twice
                }
                found.add(sentence.stated(Relation.of(kind, agents, matcher.start(), end)
                        .withObject(each.orElse(null)).withObjectText(objectText), matcher.start()));
            }
        }
    }

    private static final Set<EntityType> LISTED_ACTORS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION);

    /**
     * The states or bodies listed together right before the verb, with nothing but how between the last and it
     * (中国和俄罗斯支持…, 中国、吉尔吉斯斯坦、俄罗斯和塔吉克斯坦支持…): each takes the stance; else empty.
     */
    private static List<Entity> listedSubject(SentenceView sentence, int verb) {
        List<Mention> named = sentence.mentionsIn(sentence.clauseStart(verb), verb).stream()
                .filter(m -> LISTED_ACTORS.contains(m.entity().type())).toList();
        if (named.size() < 2 || !saidBy(sentence, verb)) {
            return List.of();
        }
        return sentence.listedEndingAt(named.get(named.size() - 1).end(), LISTED_ACTORS).stream()
                .map(Mention::entity).distinct().toList();
    }

    /**
     * Whether a party named right before the verb takes it, with nothing but how between (中方支持…, 我们也支持…,
     * 法国和德国领导人表示支持 is not): where its words name nothing, they are what it supports (中方支持适当扩大安理会
     * names the Council, and is read no better either way on development).
     */
    private static boolean saidBy(SentenceView sentence, int verb) {
        int subjectEnd = subjectEnd(sentence, verb);
        return subjectEnd >= 0
                && STANCE_WORDS.matcher(GOVERNMENT.matcher(sentence.text().substring(subjectEnd, verb)).replaceFirst("")).matches();
    }

    /** Where the last party named in the verb's clause before it ends, else where 我们 or 我国 opening the clause ends; or -1. */
    private static int subjectEnd(SentenceView sentence, int verb) {
        int clause = sentence.clauseStart(verb);
        int subjectEnd = sentence.mentionsIn(clause, verb).stream().filter(m -> SentenceView.ACTORS.contains(m.entity().type()))
                .mapToInt(Mention::end).max().orElse(-1);
        if (subjectEnd < 0 && sentence.text().substring(clause, verb).matches("(?:我们|我国).*")) {
            subjectEnd = clause + 2;
        }
        return subjectEnd;
    }

    /** 对此 right after who takes the stance (中方对此, 中国政府也对此, 我们对此), with how in between at most. */
    private static final Pattern SUBJECT_THEN_ON_THIS = Pattern.compile("^(?:政府和人民|政府|人民)?(?:也|还|则|已)?对(?:此|这一|这些|该)");

    /**
     * Whether a party, or 我们 opening the clause, says the stance on 此 (中方对此坚决反对); not 各界朋友都会对此予以理解和支持
     * after a place named in their description.
     */
    private static boolean saysOnThis(SentenceView sentence, int verb) {
        int subjectEnd = subjectEnd(sentence, verb);
        return subjectEnd >= 0 && SUBJECT_THEN_ON_THIS.matcher(sentence.text().substring(subjectEnd, verb)).find();
    }

    /** A state's government and people after its name (中国政府和人民强烈谴责…): the state takes the stance. */
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:政府和人民|政府|人民)");

    /** Who takes the stance at {@code verb}: every party named before it where 双方, 两国, 三国 or 各方 governs and the actor is one, else the actor. */
    private static List<Entity> agentsAt(SentenceView sentence, Entity actor, int verb) {
        List<Entity> together = allNamedTogether(sentence, verb);
        return together.contains(actor) ? together : List.of(actor);
    }

    /** The parties before the verb when its governing words name them all (双方, 两国, 三国, 各方), else empty. */
    private static List<Entity> allNamedTogether(SentenceView sentence, int verb) {
        List<Entity> together = sentence.partiesBefore(verb);
        String governing = sentence.text().substring(sentence.governingStart(verb), verb);
        return namesAllParties(sentence, together, governing) ? together : List.of();
    }

    /** Whether the governing words name every party together: 双方 or 两国 for a pair, 三国, 五方 or 各方 for a joint document's all. */
    private static boolean namesAllParties(SentenceView sentence, List<Entity> together, String governing) {
        return together.size() == 2 && governing.matches(".*(?:双方|两国).*")
                || together.size() >= 3 && together.equals(sentence.allParties(governing));
    }
}
