package org.w3id.diplokg.extractor.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.dates.TimeExpressionFinder;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * What the relation rules read: one sentence, its mentions in order, its times, the date it was
 * said, the country that speaks when the sentence is a Chinese official's ("我们" is China then), the
 * one-character abbreviations of parties (俄, 华), the names the gazetteer knows, and what the sentences
 * before it said.
 */
record SentenceView(String text, List<Mention> mentions, List<TimeMention> times, LocalDate said, Entity speakerCountry,
                    Function<String, Optional<Entity>> abbreviations, Function<String, Optional<Entity>> names,
                    RelationContext context) {
    /** Entities that can hold a relation or act in one. */
    static final Set<EntityType> ACTORS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);
    /** Actors and the people who act for them (in meetings, visits, hosting). */
    static final Set<EntityType> PARTICIPANTS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION,
            EntityType.PERSON);
    /** A title between a country and a person's name: 伊朗总统莱希 is 莱希 acting, not Iran beside him. */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "(?:国家|国务)?(?:最高)?(?:总统|主席|总理|首相|国王|女王|天皇|元首|外长|外交部长|外交大臣|外相|国务卿|副总统|副总理|副主席|王储|总书记|秘书长|领导人|议长)");
    /**
     * Any office between a state or body and a person's name (美国贸易代表戴琪, 印度国家安全顾问多瓦尔, 巴西总统首席特别顾问阿莫林,
     * 菲律宾参议长索托, 海峡两岸关系协会会长陈云林, 朝鲜最高领导人金正恩): words of no list or clause, ending as an office's
     * name ends; every title of {@link #TITLE} is one.
     */
    private static final Pattern OFFICE = Pattern.compile("[^，。；：、和与及同在对向的]{0,10}(?:长|理|统|使|顾问|代表|相|席|官|书记|主任|臣|卿|王|储|特使|议员|领导人)");
    private static final String CLAUSE_MARKS = "，。；：？！,;:?!";

    SentenceView {
        // 外交部长王毅: the ministry named in a minister's title is mentioned, but the minister acts, not it
        mentions = mentions.stream().filter(m -> !inATitle(text, m)).sorted(Comparator.comparingInt(Mention::begin)).toList();
    }

    private static boolean inATitle(String text, Mention mention) {
        return mention.entity().type() == EntityType.ORGANIZATION && mention.end() < text.length() && text.charAt(mention.end()) == '长';
    }

    /**
     * Whether a longer mention of one of these types holds this one (《宣言》 inside 关于全面有效落实《宣言》的联合声明, 中英联合联络小组
     * inside a longer body's name): its words are the longer name's, no name acting of its own.
     */
    boolean insideAnother(Mention mention, Set<EntityType> types) {
        return mentions.stream().anyMatch(m -> m != mention && types.contains(m.entity().type())
                && m.begin() <= mention.begin() && m.end() >= mention.end() && m.end() - m.begin() > mention.end() - mention.begin());
    }

    /** Index where the clause holding {@code index} begins (just past the previous clause mark). */
    int clauseStart(int index) {
        return clauseStartIn(text, index);
    }

    /** {@link #clauseStart} of any sentence's text, for readers that work before a view is made (pronouns). */
    static int clauseStartIn(String text, int index) {
        for (int i = Math.min(index, text.length()) - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Index just past the clause holding {@code index} (at the next clause mark). */
    int clauseEnd(int index) {
        for (int i = index; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * A phrase of 在…上/下 set before the verb by a comma (中国愿在和平共处五项原则的基础上，同…发展友好合作关系): the
     * comma closes the phrase, not the clause, whose subject and verb lie on both sides of it.
     */
    private static final Pattern FRONTED_PHRASE = Pattern.compile("^[^在]{0,10}在[^在]{1,40}?(?:基础|前提|框架|原则|条件|指导|主持|帮助|见证)(?:上|下|内)$");

    private static boolean closesFrontedPhrase(String text, int mark) {
        if (text.charAt(mark) != '，' && text.charAt(mark) != ',') {
            return false;
        }
        int begin = mark;
        while (begin > 0 && CLAUSE_MARKS.indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        return FRONTED_PHRASE.matcher(text.substring(begin, mark)).matches();
    }

    /** Mentions lying wholly within [begin, end). */
    List<Mention> mentionsIn(int begin, int end) {
        return mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    }

    /** The visits the turn, or the question it answers, stated before this sentence, the latest last. */
    List<Relation> visitsTold() {
        return context.visitsTold();
    }

    /** Distinct actor entities mentioned within [begin, end), in order. */
    List<Entity> actorsIn(int begin, int end) {
        return actorsIn(begin, end, m -> true);
    }

    /** The actors of [begin, end) less a place after 在 (中国—东盟领导人会议在新加坡发表…: where, not who). */
    List<Entity> actorsActingIn(int begin, int end) {
        return actorsIn(begin, end, m -> !framedByZai(m));
    }

    private List<Entity> actorsIn(int begin, int end, java.util.function.Predicate<Mention> kept) {
        Set<Entity> actors = new LinkedHashSet<>();
        mentionsIn(begin, end).stream().filter(m -> ACTORS.contains(m.entity().type()) && !classOfListed(m) && !restedOn(m) && !roleOfTheSubject(m)
                        && !outsideOf(m) && kept.test(m))
                .forEach(m -> actors.add(m.entity()));
        return new ArrayList<>(actors);
    }

    /** What is outside a party (东盟域外大国, 欧洲以外的国家): the party is what it is outside of, not who acts. */
    private static final Pattern OUTSIDE = Pattern.compile("域外|以外|之外");

    private boolean outsideOf(Mention mention) {
        return OUTSIDE.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** What a system rests on, after 以 and before 为核心/为基础 (以联合国为核心的国际体系): said of the system, not who acts. */
    private static final Pattern RESTS_ON = Pattern.compile("^[^，。；]{0,12}?为(?:核心|基础|基石|主渠道|主体|支柱)");

    boolean restedOn(Mention mention) {
        int open = text.lastIndexOf('以', mention.begin());
        return open >= 0 && mention.begin() - open <= 12 && text.substring(open, mention.begin()).matches("[^，。；]*")
                && RESTS_ON.matcher(text.substring(mention.end())).find();
    }

    /** The seat a body gives, after its name (常任理事国 of 安理会常任理事国, 成员国, 主席国). */
    private static final Pattern SEAT = Pattern.compile("^[^，。；]{0,6}?(?:常任理事国|非常任理事国|理事国|成员国|成员|主席国|东道国|签字国|缔约国|观察员国?)");

    /**
     * The body whose seat the subject acts in, after 作为 (中国作为安理会常任理事国，参加了…谈判): what the subject is, not a party
     * of what it does.
     */
    private boolean roleOfTheSubject(Mention mention) {
        int as = text.lastIndexOf("作为", mention.begin());
        return as >= 0 && text.substring(as, mention.begin()).matches("作为[^，。；]{0,8}") && SEAT.matcher(text.substring(mention.end())).find();
    }

    /** What joins a list of names (法国、德国, 智利、巴西和墨西哥). */
    private static final String LIST_JOINERS = "、和与及";

    /** {@code first} and the mentions of these types listed right after it, each joined by 、, 和, 与, 及 or 以及 (the title or quotation marks around each aside). */
    List<Mention> listedFrom(Mention first, Set<EntityType> types) {
        List<Mention> listed = new ArrayList<>(List.of(first));
        Mention last = first;
        while (true) {
            int at = last.end();
            if (at < text.length() && CLOSING_MARKS.indexOf(text.charAt(at)) >= 0) {
                at++; // 《禁止生物武器公约》和《禁止化学武器公约》: the marks around each name
            } else if (text.startsWith(PEOPLE, at)) {
                at += PEOPLE.length(); // 南非人民和纳米比亚人民: a state's people listed is the state listed
            }
            boolean joined = at < text.length() && (LIST_JOINERS.indexOf(text.charAt(at)) >= 0 || text.startsWith("以及", at));
            Optional<Mention> next = joined ? mentionStartingNear(at + (text.startsWith("以及", at) ? 2 : 1), types, OPENING_MARKS)
                    : Optional.empty();
            if (next.isEmpty()) {
                return listed;
            }
            last = next.get();
            listed.add(last);
        }
    }

    /**
     * The mentions of these types listed together (as {@link #listedFrom}) in the clause, the last ending right at
     * {@code end}, at least two (朝鲜、美国、南朝鲜三方会谈, 马来西亚、菲律宾、泰国三个东盟国家); else none.
     */
    List<Mention> listedEndingAt(int end, Set<EntityType> types) {
        for (Mention first : mentionsIn(clauseStart(end), end)) {
            if (!types.contains(first.entity().type())) {
                continue;
            }
            List<Mention> listed = listedFrom(first, types);
            if (listed.size() >= 2 && listed.get(listed.size() - 1).end() == end) {
                return listed;
            }
        }
        return List.of();
    }

    private static final String CLOSING_MARKS = "》”";
    private static final String PEOPLE = "人民";
    private static final String OPENING_MARKS = "《“";

    /**
     * One party named before a joiner ({@code joined}: 同, maybe after an adverb) and several listed right after it, the
     * list closed by {@code closing} right before {@code end} (中国同以色列、韩国建立了外交关系, 以色列同叙利亚、黎巴嫩的谈判):
     * the one with each listed, other than itself; else none.
     */
    List<List<Entity>> oneWithEachListed(int clause, int end, Set<EntityType> types, Pattern joined, Pattern closing) {
        List<Mention> named = mentionsIn(clause, end);
        for (int i = 0; i + 1 < named.size(); i++) {
            Mention one = named.get(i);
            Mention next = named.get(i + 1);
            if (next.begin() < one.end() || !types.contains(one.entity().type())
                    || !joined.matcher(text.substring(one.end(), next.begin())).matches()) {
                continue;
            }
            List<Mention> listed = listedFrom(next, types);
            Mention last = listed.get(listed.size() - 1);
            if (listed.size() >= 2 && last.end() <= end && closing.matcher(text.substring(last.end(), end)).matches()) {
                return listed.stream().filter(m -> !m.entity().equals(one.entity())).map(m -> List.of(one.entity(), m.entity()))
                        .distinct().toList();
            }
        }
        return List.of();
    }

    /**
     * 同巴西、阿根廷等拉美国家, 同美国、俄罗斯、法国、英国等安理会成员: the region or body after 等 is the class of the parties
     * listed, not a party of its own.
     */
    private boolean classOfListed(Mention mention) {
        return (mention.entity().type() == EntityType.REGION || mention.entity().type() == EntityType.ORGANIZATION)
                && mention.begin() > 0 && text.charAt(mention.begin() - 1) == '等';
    }

    /** Titles of heads of state: after the state and before the name (美国总统拜登, 卡塔尔埃米尔塔米姆). */
    private static final String HEADS_OF_STATE = "国家主席|主席|总统|国王|女王|天皇|埃米尔";
    private static final Pattern HEAD_OF_STATE_BEFORE = Pattern.compile("(?:" + HEADS_OF_STATE + "|苏丹)$");
    /**
     * Titles of heads of state, after the state, that stand for the holder when no name follows (韩国国家元首首次访华); not
     * 苏丹, which after a state may be Sudan.
     */
    private static final Pattern HEAD_OF_STATE_AFTER = Pattern.compile("国家元首|元首|" + HEADS_OF_STATE);

    /**
     * The heads of state this sentence names with their title and state: a country named right before
     * the title and the name (美国总统拜登); a name with 主席 after it in the turn of China's official is China's.
     */
    Map<Entity, Entity> headsOfStateNamed() {
        Map<Entity, Entity> heads = new LinkedHashMap<>();
        for (Mention person : mentions) {
            if (person.entity().type() != EntityType.PERSON) {
                continue;
            }
            Matcher title = HEAD_OF_STATE_BEFORE.matcher(text.substring(0, person.begin()));
            if (title.find()) {
                int titleAt = title.start();
                Optional<Entity> state = mentions.stream().filter(m -> m.entity().type() == EntityType.COUNTRY && m.end() == titleAt)
                        .findFirst().map(Mention::entity);
                if (state.isEmpty() && title.group().equals("国家主席") && speakerCountry != null) {
                    state = Optional.of(speakerCountry); // 国家主席习近平, said by China's official
                }
                state.ifPresent(s -> heads.put(s, person.entity()));
            } else if (speakerCountry != null && text.startsWith("主席", person.end())) {
                heads.put(speakerCountry, person.entity());
            }
        }
        return heads;
    }

    /**
     * Whether the mention is a state named only for its unnamed office-holder (这是巴拿马外长首次访华, 日本首相时隔7年再次访华):
     * a title follows it and no person's name.
     */
    boolean namesAnUnnamedOfficeHolder(Mention mention) {
        Matcher title = TITLE.matcher(text).region(mention.end(), text.length());
        if (mention.entity().type() != EntityType.COUNTRY || !title.lookingAt()) {
            return false;
        }
        int after = title.end();
        return mentions.stream().noneMatch(m -> m.begin() == after && m.entity().type() == EntityType.PERSON);
    }

    /**
     * The head of state the document named before, where the mention is their state named for its unnamed head
     * (这是中韩两国建交后韩国国家元首首次访华, after 韩国总统卢泰愚: 卢泰愚); else empty.
     */
    Optional<Entity> unnamedHeadOfState(Mention mention) {
        if (mention.entity().type() != EntityType.COUNTRY || mentions.stream().anyMatch(m -> m.end() == mention.begin())) {
            return Optional.empty(); // 中俄元首: the heads of both, which the meeting reads from the pair
        }
        Matcher title = HEAD_OF_STATE_AFTER.matcher(text).region(mention.end(), text.length());
        if (!title.lookingAt() || mentions.stream().anyMatch(m -> m.begin() == title.end() && m.entity().type() == EntityType.PERSON)) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.leaders().get(mention.entity()));
    }

    /** Whether 在 stands right before the mention: where something happens (在秘鲁举行, 在联合国大会上提出), not who acts. */
    boolean framedByZai(Mention mention) {
        return mention.begin() > 0 && text.charAt(mention.begin() - 1) == '在';
    }

    /** Whether the mention is where someone goes (赴美国旧金山同拜登总统举行会晤, 前往, 抵达): a destination, not who acts. */
    private boolean goneTo(Mention mention) {
        String before = text.substring(0, mention.begin());
        return before.endsWith("赴") || before.endsWith("前往") || before.endsWith("抵达");
    }

    /**
     * What may stand between a place framed by 在 and the next place of the frame: nothing or 首都 (在阿曼首都马斯喀特),
     * a list's joiner (在哈萨克斯坦和印度尼西亚), or 的 before a place within it (在美国加利福尼亚州的安纳伯格庄园).
     */
    private static final Pattern PLACE_WITHIN = Pattern.compile("(?:首都|首府|和|与|、|的)?");

    /**
     * Who takes part in [begin, end): actors and persons, in order, without a place after 在 (在旧金山会晤)
     * and without the country of a person named with a title (伊朗总统莱希 is 莱希).
     */
    List<Entity> participantsIn(int begin, int end) {
        Set<Entity> found = new LinkedHashSet<>();
        List<Mention> inside = mentionsIn(begin, end).stream().filter(m -> PARTICIPANTS.contains(m.entity().type())).toList();
        int framedEnd = -1; // where the last place framed by 在 ends: 在美国加利福尼亚州, 在阿曼首都马斯喀特 frame both places
        for (int i = 0; i < inside.size(); i++) {
            Mention mention = inside.get(i);
            boolean place = mention.entity().type() != EntityType.PERSON && mention.begin() > 0
                    && (framedByZai(mention) || goneTo(mention)
                        || framedEnd >= 0 && PLACE_WITHIN.matcher(text.substring(framedEnd, mention.begin())).matches());
            framedEnd = place ? mention.end() : -1;
            boolean titled = i + 1 < inside.size() && holdsTheOffice(mention, inside.get(i + 1));
            if (!place && !titled && !outsideOf(mention) && !mourned(mention)) {
                found.add(unnamedHeadOfState(mention).orElse(mention.entity()));
            }
        }
        return new ArrayList<>(found);
    }

    /** After a person's name and title: the rites of the dead (大平正芳首相的葬礼, 契尔年科总书记的葬礼). */
    private static final Pattern MOURNED = Pattern.compile("^\\p{IsHan}{0,5}?的(?:葬礼|追悼会|国葬|遗体告别仪式)");

    /** Whether the person is the one whose funeral is attended (出席大平正芳首相的葬礼期间同卡特总统举行了会晤): no participant. */
    private boolean mourned(Mention mention) {
        return mention.entity().type() == EntityType.PERSON && MOURNED.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** The entity these words name whole, if the gazetteer knows them as a name. */
    Optional<Entity> named(String words) {
        return words.length() < 2 ? Optional.empty() : names.apply(words);
    }

    /** The longest start of {@code words} that the gazetteer knows as a name, with the entity it names. */
    Optional<Entity> nameAtStart(String words) {
        for (int length = Math.min(words.length(), 12); length >= 2; length--) {
            Optional<Entity> named = names.apply(words.substring(0, length));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * China in 访华 or 来华 at {@code begin}: 华 is China only bound in such a word, so the mention the resolver made of
     * it, else the gazetteer's.
     */
    Optional<Entity> chinaBoundAt(int begin) {
        return mentionsIn(begin, begin + 2).stream().map(Mention::entity).filter(e -> e.type() == EntityType.COUNTRY).findFirst()
                .or(() -> abbreviation("华"));
    }

    /**
     * The party a one-character abbreviation stands for (俄, 华), if any: a country the sentence names by a name
     * beginning with it where the reference list's own is not named (中巴 beside 巴西副总统 is China and Brazil).
     */
    Optional<Entity> abbreviation(String character) {
        Optional<Entity> listed = abbreviations.apply(character);
        if (listed.isPresent() && mentions.stream().anyMatch(m -> m.entity().equals(listed.get()))) {
            return listed;
        }
        return mentions.stream().map(Mention::entity)
                .filter(e -> e.type() == EntityType.COUNTRY && e.zhLabel().startsWith(character))
                .findFirst().or(() -> listed);
    }

    /**
     * The parties a compound of one-character abbreviations at {@code index} names (中俄, 中日韩), or
     * empty where fewer than two characters there stand for parties.
     */
    List<Entity> compoundAt(String words) {
        for (int length = 3; length <= Math.min(6, words.length()); length++) {
            if (names.apply(words.substring(0, length)).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.REGION)
                    .isPresent()) {
                return List.of(); // 乌拉圭回合…最后文件: a place's full name opens it, not 乌 and 拉 abbreviated
            }
        }
        List<Entity> parties = new ArrayList<>();
        for (int i = 0; i < words.length(); i++) {
            Optional<Entity> pair = i >= 1 && i + 2 <= words.length() ? names.apply(words.substring(i, i + 2))
                    .filter(e -> e.type() == EntityType.COUNTRY) : Optional.empty();
            if (pair.isPresent() && !parties.contains(pair.get())) {
                parties.add(pair.get()); // 中印尼: 印尼 is Indonesia, not India and Nepal (not first: 中非 is China and Africa)
                i++;
                continue;
            }
            Optional<Entity> party = abbreviation(words.substring(i, i + 1));
            boolean beginsAName = i + 2 <= words.length() && names.apply(words.substring(i, i + 2)).isPresent();
            if (party.isEmpty() || parties.contains(party.get()) || parties.size() >= 2 && (beginsAName || beginsAWord(words, i))) {
                break; // 中美非洲事务磋商, 中美法律专家对话: what the two talk about, not a third party
            }
            parties.add(party.get());
        }
        return parties.size() >= 2 ? parties : List.of();
    }

    /**
     * Whether the abbreviation at {@code i} more likely begins an ordinary word (法 of 法律, 新 of 新兴): one of the
     * characters that begin many words, followed by neither another abbreviation nor a word counting the parties
     * (中英法三国, 中美英法德 go on).
     */
    private boolean beginsAWord(String words, int i) {
        if (ORDINARY_WORD_STARTS.indexOf(words.charAt(i)) < 0 || i + 1 >= words.length()) {
            return false;
        }
        String after = words.substring(i + 1, i + 2);
        return abbreviations.apply(after).isEmpty() && PARTY_COUNTERS.indexOf(after) < 0;
    }

    /** Abbreviations that begin many ordinary words (法律, 新兴, 加强, 南方, 老挝 aside). */
    private static final String ORDINARY_WORD_STARTS = "新南老加法土马意";
    private static final String PARTY_COUNTERS = "两三四五六七八九十等国方";

    /** The pair of parties this sentence names together (two actors of one clause; 我们 with the partner after 同), or empty. */
    List<Entity> pairNamed() {
        List<Entity> pair = List.of();
        int start = 0;
        while (start < text.length()) {
            int end = clauseEnd(start);
            // a region (朝鲜半岛, 加利福尼亚州) is mostly what two sides talk about or where they meet: 双方 in the
            // next sentence are states and bodies (also against 中非 or 中亚, which it costs now and then: on the
            // development sets it matched more than it lost, and keeping the acting regions matched fewer)
            List<Entity> actors = actorsIn(start, end, m -> !officeOfANamedPerson(m)).stream().filter(a -> a.type() != EntityType.REGION).toList();
            if (actors.size() == 1 && speakerCountry != null && !actors.contains(speakerCountry)
                    && (text.substring(start, end).matches("^(?:我们|中方)?[^，。]*?[同与和][^，。]*")
                        || VISITED.matcher(text.substring(start, end)).find())) {
                actors = List.of(speakerCountry, actors.get(0)); // 同俄方…; 访问俄罗斯: the visit is between the two
            }
            if (actors.size() == 2) {
                pair = actors;
            }
            start = end + 1;
        }
        return pair;
    }

    /**
     * Whether the mention is a body named as the office of the person named right after it (越南共产党中央委员会总书记杜梅):
     * the person's title, not a side of what the sentence tells.
     */
    private boolean officeOfANamedPerson(Mention mention) {
        return mention.entity().type() == EntityType.ORGANIZATION && mentions.stream()
                .filter(m -> m.begin() >= mention.end()).findFirst().filter(m -> holdsTheOffice(mention, m)).isPresent();
    }

    /** The person named right after an office of the state or body {@code mention} names (孟加拉国外长乔杜里: 乔杜里), if any. */
    Optional<Mention> holderOfOfficeOf(Mention mention) {
        return mentions.stream().filter(m -> m.begin() >= mention.end()).findFirst().filter(m -> holdsTheOffice(mention, m));
    }

    /** Whether {@code next} is a person named after an office of the state or body {@code mention} names (伊朗总统莱希). */
    private boolean holdsTheOffice(Mention mention, Mention next) {
        return next.entity().type() == EntityType.PERSON && OFFICE.matcher(text.substring(mention.end(), next.begin())).matches();
    }

    /** The mention of the given types that begins at {@code index}, skipping a few filler characters. */
    Optional<Mention> mentionStartingNear(int index, Set<EntityType> types, String fillers) {
        for (int at = index; at < text.length(); at++) {
            int start = at;
            Optional<Mention> here = mentions.stream().filter(m -> m.begin() == start && types.contains(m.entity().type())).findFirst();
            // a filler may open a name itself (各国 is skipped, 国际原子能机构 and 以色列 are not)
            if (here.isPresent() || fillers.indexOf(text.charAt(at)) < 0) {
                return here;
            }
        }
        return Optional.empty();
    }

    /**
     * Who acts at {@code index}: the nearest actor mentioned before it in its clause; else the actor
     * that opens the sentence (its subject); else China when a Chinese official says 我们 or 我国.
     */
    Optional<Entity> actorBefore(int index) {
        int clause = clauseStart(index);
        List<Mention> before = mentionsIn(clause, index).stream().filter(m -> ACTORS.contains(m.entity().type()) && !restedOn(m)).toList();
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1).entity());
        }
        String opening = text.substring(clause, index);
        if (speakerCountry != null && opensAsWe(opening)) {
            return Optional.of(speakerCountry); // …都是中国的好朋友，我们支持两国…: the clause's own subject
        }
        if (clause > 0 && speakerCountry != null) {
            int previous = clauseStart(clause - 1);
            String previousOpening = text.substring(previous, clause);
            if (previous > 0 && opensAsWe(previousOpening)) {
                // 以色列吞并…，我们对此表示强烈谴责，坚决支持叙利亚…: the nearer clause's 我们, not the sentence's first party
                return Optional.of(speakerCountry);
            }
        }
        // 在乌克兰问题上，…, 关于柬埔寨问题，双方…: a topic
        Optional<Mention> subject = mentions.stream().filter(m -> m.begin() <= 2 && m.end() <= index
                && ACTORS.contains(m.entity().type()) && !framedByZai(m) && !text.startsWith("关于")).findFirst();
        if (subject.isPresent()) {
            return subject.map(Mention::entity);
        }
        if (speakerCountry != null && opensAsWe(text)) {
            return Optional.of(speakerCountry);
        }
        return Optional.empty();
    }

    /** Whether words open with the speaker's 我们 or 我国, which an official says for his country. */
    private static boolean opensAsWe(String words) {
        return words.startsWith("我们") || words.startsWith("我国");
    }

    /** Adverbs a clause may open with and still have no subject of its own (，随后还将…, ，首次提出…, ，应约会见了…). */
    private static final String CONTINUING = "(?:并且?|随后|还|同时|然后|接着|又|也|将|即将|其间|此后|之后|再|首次|先后|正式|郑重|相继|再次|专门|明确|应约|应邀)*";
    /** …and perhaps when, after 于 (，将于今年内访问…), and where, after 在 (，其间在德班出席…). */
    private static final Pattern NO_SUBJECT = Pattern.compile(CONTINUING + "(?:于[^，。；在]{1,10})?" + CONTINUING + "(?:在[^，。；]{1,12})?" + CONTINUING);

    /** Whether the words from {@code clause} to {@code verb} are adverbs and where only: the clause has no subject of its own. */
    boolean hasNoSubjectOfItsOwn(int clause, int verb) {
        return NO_SUBJECT.matcher(text.substring(clause, verb)).matches() && participantsIn(clause, verb).isEmpty();
    }

    /**
     * The sentence's subject for a clause that has none (习近平主席…首访选择俄罗斯，随后访问了…): the first
     * actor or person that opens a clause before {@code clause} (after a time's clause: 3月，习近平主席…).
     */
    Optional<Entity> subjectBefore(int clause) {
        return subjectMentionBefore(clause).map(Mention::entity);
    }

    /** The mention {@link #subjectBefore} reads, where the caller needs its place (what stands right before it). */
    Optional<Mention> subjectMentionBefore(int clause) {
        return mentions.stream().filter(m -> m.end() <= clause && m.begin() - clauseStart(m.begin()) <= 2
                && PARTICIPANTS.contains(m.entity().type()) && !framedByZai(m)).findFirst();
    }

    /**
     * The actors of the nearest earlier clause that opens with them as its subject (中俄都将…, 我们愿同东盟一道…),
     * for a clause that names none itself; 我们 said by an official is the speaker's country.
     */
    List<Entity> subjectActorsBefore(int clauseStart) {
        int end = clauseStart - 1;
        while (end > 0) {
            int start = clauseStart(end);
            List<Entity> actors = actorsIn(start, end);
            String opening = text.substring(start, end);
            boolean we = speakerCountry != null && opensAsWe(opening);
            boolean opensWithActor = mentionsIn(start, end).stream()
                    .anyMatch(m -> m.begin() == start && ACTORS.contains(m.entity().type()));
            if (we) {
                actors.remove(speakerCountry);
                actors.add(0, speakerCountry);
                return actors;
            }
            if (opensWithActor) {
                return actors;
            }
            end = start - 1;
        }
        return new ArrayList<>();
    }

    /**
     * Where the words that govern a verb at {@code verb} begin: its clause, and the clauses before it
     * while they name no actor (中方将继续…，支持…，支持…: the first clause governs the others) or end a phrase of
     * 在…上 set before the verb.
     */
    int governingStart(int verb) {
        int start = clauseStart(verb);
        while (start > 0 && (!namesAnActor(start, verb) || closesFrontedPhrase(text, start - 1))) {
            start = clauseStart(start - 1); // 中国愿在…的基础上，同…: the subject and its 愿 stand before the phrase
        }
        return start;
    }

    private boolean namesAnActor(int begin, int end) {
        String words = text.substring(begin, end);
        return !actorsIn(begin, end).isEmpty() || words.contains("我们") || words.contains("双方") || words.contains("两国")
                || mentionsIn(begin, end).stream().anyMatch(m -> m.entity().type() == EntityType.PERSON);
    }

    /** A clause that goes on from the one before with no subject of its own (…将出席…，并对加拿大进行国事访问). */
    private static final Pattern GOES_ON = Pattern.compile("并(?:且)?(?![将已])");

    /** A clause that gives an instance of what the one before said (…一直…提供援助，例如帮助…修建了铁路). */
    private static final Pattern INSTANCE = Pattern.compile("[，；：](?:例如|比如|譬如)");

    /** The relation as this sentence states it: its modality read at {@code verb}, and its time. */
    Relation stated(Relation relation, int verb) {
        int window = governingStart(verb);
        if (window > 0 && GOES_ON.matcher(text).region(window, verb).lookingAt()) {
            window = governingStart(window - 1); // the clause it goes on from says how sure: 将出席…，并…访问 is planned
        }
        return stated(relation, window, verb);
    }

    /** A character no modality word holds, standing for each character of a name. */
    private static final char MASK = '□';

    /**
     * The text with every name masked: a name's own words govern nothing (《亚的斯亚贝巴行动计划》 plans nothing, 《不扩散核武器
     * 条约》 denies nothing), so the modality is read from the words around the names.
     */
    private String withNamesMasked() {
        char[] masked = text.toCharArray();
        for (Mention mention : mentions) {
            java.util.Arrays.fill(masked, Math.max(0, mention.begin()), Math.min(masked.length, mention.end()), MASK);
        }
        return new String(masked);
    }

    /**
     * A stance is taken when it is said: a later time in what it is on (支持意大利担任明年二十国集团主席国) dates what is
     * supported, not the support, so it makes no stance planned.
     */
    private static final Set<RelationKind> STANCES = EnumSet.of(RelationKind.SUPPORT, RelationKind.OPPOSITION);

    /** 在…的同时，: a frame whose verb takes the modality of the clause after it. */
    private static final Pattern WHILE_FRAME = Pattern.compile("在[^，。；]{1,40}?的同时，");
    /** How many characters of the clause after the frame may hold its modal word (也应当, 还要). */
    private static final int MAIN_CLAUSE_LEAD = 8;

    /**
     * The modality of a verb inside 在…的同时 (在建立国际经济新秩序的同时，也应当建立国际政治新秩序: sought, as the clause
     * after it is), where that clause opens with a word of modality; else empty.
     */
    private Optional<RelationModality> whileFramed(int verb) {
        Matcher frame = WHILE_FRAME.matcher(text);
        while (frame.find()) {
            if (frame.start() < verb && verb < frame.end()) {
                int main = frame.end();
                int lead = Math.min(main + MAIN_CLAUSE_LEAD, clauseEnd(main));
                RelationModality after = ModalityReader.read(withNamesMasked(), main, lead);
                return after == RelationModality.DONE ? Optional.empty() : Optional.of(after);
            }
        }
        return Optional.empty();
    }

    /** The relation as this sentence states it, its modality read from the words in [window, verb). */
    Relation stated(Relation relation, int window, int verb) {
        Integer years = AnniversaryRule.yearsAfter(text.substring(relation.end()));
        if (years != null) { // 签署20周年, 加入世贸组织20周年: done, in the year the anniversary counts back to
            return relation.withSinceYear(yearNamedIn(clauseStart(relation.begin()), clauseEnd(relation.end())) - years);
        }
        int governing = window;
        Matcher instance = INSTANCE.matcher(text).region(Math.max(0, window - 1), Math.max(window, verb));
        while (instance.find()) {
            governing = instance.end(); // an instance is told as it was: 一直 of the clause before does not make it go on
        }
        int from = governing;
        RelationModality modality = whileFramed(verb).orElseGet(() -> ModalityReader.read(withNamesMasked(), from, verb));
        TimeMention time = timeOf(window, relation.end()).orElse(null);
        if (time != null && (modality == RelationModality.DONE || modality == RelationModality.ONGOING)
                && time.value().start().isAfter(said) && (time.begin() < verb || !STANCES.contains(relation.kind()))) {
            modality = RelationModality.PLANNED; // 明年, 下个月: not yet done when said
        }
        return relation.withModality(modality).withTime(time);
    }

    /**
     * The time expression that says when something in [window, end) happens: the last one with a
     * value inside that span, else one that stands as a clause of its own before it (去年11月，…).
     */
    Optional<TimeMention> timeOf(int window, int end) {
        TimeMention best = null;
        for (TimeMention time : times) {
            if (time.value() == null || time.value().lexical() == null || time.value().start() == null || time.end() > end
                    || TimeExpressionFinder.isAnniversary(time) || insideAName(time)) {
                continue; // an anniversary (建交45周年) says when it falls, not when what the clause states was done; nor
                          // does a year in a programme's name (2063年议程, 2030年可持续发展议程)
            }
            boolean inside = time.begin() >= window;
            boolean ownClause = time.begin() < window && clauseStart(time.begin()) == clauseStart(time.end())
                    && text.substring(clauseStart(time.begin()), clauseEnd(time.end())).replace(time.surface(), "")
                            .matches("(?:以来|起|前|后|底|初|上旬|中旬|下旬|期间)?");
            if (ownClause || inside && (best == null || !describesAThing(time))) {
                best = time;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the time qualifies a thing the clause is about, not when it is done (就香港1994年和1995年的选举安排举行了17轮
     * 会谈: the elections', not the talks'): 的 right after it. It dates the clause only where no other time does.
     */
    private boolean describesAThing(TimeMention time) {
        return QUALIFYING.matcher(text).region(time.end(), text.length()).lookingAt();
    }

    /** 的 right after a time, or after the time it is joined to (1994年和1995年的). */
    private static final Pattern QUALIFYING = Pattern.compile("(?:[和、至到与及][^，。；的]{1,8})?的");

    /** Whether the time is a year inside the name of a programme or document (2063年议程), not of an event, which is held in its year. */
    private boolean insideAName(TimeMention time) {
        return mentions.stream().anyMatch(m -> m.entity().type() != EntityType.EVENT && m.begin() <= time.begin() && time.end() <= m.end()
                && m.end() - m.begin() > time.end() - time.begin());
    }

    /**
     * The two parties 两国 or 双方 in [clause, index) stands for: the pair of actors named together in
     * an earlier clause of the sentence; empty when the words name no pair or none is found.
     */
    List<Entity> pairNamedBefore(int clause, int index) {
        String words = text.substring(clause, index);
        List<Entity> all = context.all(words);
        if (!all.isEmpty()) {
            return all; // 三国领导人…, 各方…, in a joint document of three or more
        }
        if (!PAIR.matcher(words).find()) {
            return List.of();
        }
        // 两国 alone stands for two states (not 中国国药集团 and 贝尔格莱德, named together before)
        boolean states = !(words.contains("双方") || words.contains("彼此"));
        int end = clause - 1;
        while (end > 0) {
            int start = clauseStart(end);
            List<Entity> actors = actorsIn(start, end);
            if (actors.size() == 2 && (!states || bothStates(actors))) {
                return actors;
            }
            List<Entity> others = actors.stream().filter(a -> !a.equals(speakerCountry)).toList();
            if (actors.size() == 3 && others.size() == 2 && (!states || bothStates(others))) {
                return others; // 沙特和伊朗都是中国的好朋友，我们支持两国…: the two beside the speaker's own country
            }
            end = start - 1;
        }
        List<Entity> pair = context.pair(); // the sentence before, the turn, the question
        return !states || bothStates(pair) ? pair : List.of();
    }

    private static boolean bothStates(List<Entity> pair) {
        return pair.size() == 2 && pair.stream().allMatch(e -> e.type() == EntityType.COUNTRY);
    }

    /**
     * Who acts together at {@code verb}: the actors named in its governing words (its clause, or the
     * clauses before while they name none), leaving out those framed by 在 (在联合国、上合组织等机制中);
     * China with the partner its official names after 同/与/和; the pair 两国 and 双方 stand for.
     */
    List<Entity> partiesBefore(int verb) {
        int start = governingStart(verb);
        String words = text.substring(start, verb);
        int frame = words.lastIndexOf('在');
        List<Entity> parties = new ArrayList<>(actorsIn(start, frame > 0 ? start + frame : verb));
        int framedUntil = frame > 0 ? venueEnd(start + frame, verb) : -1;
        if (framedUntil >= 0 && framedUntil < verb && "，,".indexOf(text.charAt(framedUntil)) >= 0) {
            framedUntil++; // 在和平共处五项原则的基础上，同…: a comma after the frame
        }
        if (framedUntil >= 0 && framedUntil < verb && "同与跟和".indexOf(text.charAt(framedUntil)) >= 0) {
            // 我们愿意在平等的基础上同美方进行对话: the frame closes right before 同, and who is named after it acts
            for (Entity after : actorsIn(framedUntil, verb)) {
                if (!parties.contains(after)) {
                    parties.add(after);
                }
            }
        }
        if (frame == 0) {
            int venueEnd = venueEnd(start, verb);
            // 在联合国、上合组织等机制中加强协作: the bodies are where, the clause's subject acts; 在…共同努力下: they act
            parties = new ArrayList<>(venueEnd < 0 ? actorsIn(start, verb) : actorsIn(venueEnd, verb));
            if (venueEnd >= 0 && parties.isEmpty()) {
                parties = subjectActorsBefore(start);
            }
        }
        if (parties.size() == 1 && speakerCountry != null && !parties.contains(speakerCountry)
                && words.matches("^(?:我们|我国|中方)?[^，。]*?[同与和跟][^，。]*")) {
            parties.add(0, speakerCountry); // 我们愿同东盟…, said by China
        } else if (parties.size() >= 2 && speakerCountry != null && !parties.contains(speakerCountry) && weWithThoseAfter(start, words)) {
            parties.add(0, speakerCountry); // 我们愿同菲律宾以及东盟其他国家继续保持对话: China with each named after 同
        }
        if (parties.size() < 2 && (PAIR.matcher(words).find() || ALL.matcher(words).find())) {
            List<Entity> pair = pairNamedBefore(start, verb);
            return pair.isEmpty() ? parties : new ArrayList<>(pair);
        }
        if (!parties.isEmpty() && start < verb && clauseStart(verb) > start && PAIR_OPENS.matcher(words).lookingAt()) {
            // 双方强烈谴责以色列…，支持巴解组织…: the pair that opens the governing clause acts in the clauses after it, and
            // those named after its first verb are what it was about
            List<Entity> pair = pairNamedBefore(start, verb);
            return pair.isEmpty() ? parties : new ArrayList<>(pair);
        }
        return parties;
    }

    /**
     * 双方 or 两国 opening a clause as its subject, maybe after a linking adverb; not where it urges or hopes others to act
     * (双方敦促印度和巴基斯坦停止核试验，立即…加入…: those urged act in the clauses after).
     */
    private static final Pattern PAIR_OPENS = Pattern.compile("(?:同时|并且?|还|也)?(?:双方|两国)(?!关系|之间|人民|政府|领导人)"
            + "(?![^，。；]{0,6}?(?:敦促|呼吁|要求|促请|鼓励|邀请|希望|期待))");

    /** 我们 (我国, 中方) opening the words, then 同 (与, 跟) with no actor before it: the speaker's country acts with those after. */
    private static final Pattern WE_WITH = Pattern.compile("^(?:我们|我国|中方)[^，。同与跟]*?[同与跟]");

    private boolean weWithThoseAfter(int start, String words) {
        Matcher with = WE_WITH.matcher(words);
        return with.find() && actorsIn(start, start + with.end()).isEmpty();
    }

    /**
     * Just past the end of a venue that opens a clause with 在 (在联合国、上合组织等多边机制中, 在国际舞台上), or of the
     * fields it names (在能源等领域, 在…方面): the first 中, 上, 内, 领域 or 方面 after it that stands in no name; -1 where none
     * closes it before {@code verb}.
     */
    private int venueEnd(int clause, int verb) {
        for (int i = clause + 1; i < verb; i++) {
            int at = i;
            if (mentions.stream().anyMatch(m -> m.begin() <= at && at < m.end())) {
                continue;
            }
            if ("中上内".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
            if (text.startsWith("领域", i) || text.startsWith("方面", i)) {
                return i + 2;
            }
        }
        return -1;
    }

    /**
     * The entity of this type named last before {@code index}, in this sentence or the sentences before,
     * other than {@code others}: what 他 stands for, or the event 出席开幕式 attends.
     */
    Optional<Entity> namedBefore(int index, EntityType type, List<Entity> others) {
        List<Entity> here = new ArrayList<>(mentionsIn(0, index).stream().filter(m -> m.entity().type() == type)
                .map(Mention::entity).toList());
        java.util.Collections.reverse(here);
        return java.util.stream.Stream.concat(here.stream(), context.recentNamed().stream().filter(e -> e.type() == type))
                .filter(e -> !others.contains(e)).findFirst();
    }

    /** 他 or 她 standing for one person (not 他们, 其他, 他国, 他人). */
    private static final Pattern ONE_PRONOUN = Pattern.compile("(?<!其)[他她](?![们国人])");

    /**
     * Whom 他 or 她 at {@code index} stands for: as {@link #namedBefore}, but where the sentence used the pronoun before,
     * not a person it named before that (江泽民主席和李鹏总理分别会见了他，迟浩田部长同他举行了会谈: 他 is still the guest,
     * not 李鹏, who met him).
     */
    Optional<Entity> pronounReferent(int index, List<Entity> others) {
        int earlier = -1;
        Matcher pronoun = ONE_PRONOUN.matcher(text).region(0, clauseStart(index));
        while (pronoun.find()) {
            earlier = pronoun.start();
        }
        if (earlier < 0) {
            return namedBefore(index, EntityType.PERSON, others);
        }
        List<Entity> excluded = new ArrayList<>(others);
        mentionsIn(0, earlier).stream().filter(m -> m.entity().type() == EntityType.PERSON).forEach(m -> excluded.add(m.entity()));
        return namedBefore(index, EntityType.PERSON, excluded);
    }

    /** Who acts at {@code verb}: the last participant in its governing words, else {@link #actorBefore}. */
    Optional<Entity> agentBefore(int verb) {
        List<Entity> before = participantsIn(governingStart(verb), verb);
        return before.isEmpty() ? actorBefore(verb) : Optional.of(before.get(before.size() - 1));
    }

    /**
     * The speaker, when the clause before {@code verb} opens with 我 alone (我将访问…, 此次我应…邀请访问…) or with his
     * gladness (很高兴来到…): the minister speaking of himself, not 我们 or 我国 (China) nor 我方.
     */
    Optional<Entity> firstPersonBefore(int verb) {
        String opening = OCCASION.matcher(text.substring(clauseStart(verb), verb)).replaceFirst("");
        boolean singular = opening.startsWith("我") && !opening.startsWith("我们") && !opening.startsWith("我国")
                && !opening.startsWith("我方");
        return singular || GLAD.matcher(opening).lookingAt() ? Optional.ofNullable(context.speaker()) : Optional.empty();
    }

    /** A speaker's own gladness opening a clause with no subject (很高兴来到美丽的吉隆坡): the speaker is who is glad. */
    private static final Pattern GLAD = Pattern.compile("(?:很|非常|十分|特别)?高兴");

    /**
     * A clause opening with 您, 你 or 阁下 (Your Excellency, maybe after the title: 总理阁下即将访问日本) after a few words of when
     * or which occasion (下个月您将…, 这是您…首次访问…).
     */
    private static final Pattern ADDRESSED = Pattern.compile("^[^，。；！？您你]{0,6}?(?:您(?!们)|你(?!们)|阁下)");

    /**
     * The person a question is put to, when the clause before {@code verb} opens with 您 (您即将对美国进行国事访问, 上个月，
     * 您访问了俄罗斯): the one who answers it, as the reader of an interview takes it.
     */
    Optional<Entity> addresseeBefore(int verb) {
        return ADDRESSED.matcher(text.substring(clauseStart(verb), verb)).find()
                ? Optional.ofNullable(context.addressee()) : Optional.empty();
    }

    /** A visit said by the speaker's side (访问俄罗斯, 对日本进行国事访问, 来华访问): its two states are the pair of what follows. */
    private static final Pattern VISITED = Pattern.compile("访问|访华|来华|出访");

    /** 两国, 双方, 彼此: a pair named elsewhere (in the sentence, the turn or the question). */
    static final Pattern PAIR = Pattern.compile("两国|双方|彼此|双边(?=贸易)");
    /** 各方, 三国, 五方: all the parties of a joint document, where their count (if given) is theirs. */
    static final Pattern ALL = Pattern.compile("各方|(?<count>[三四五六七八九十])(?:国|方)");

    /** All the parties of the joint document the words stand for (三国领导人, 五国元首, 各方), else empty. */
    List<Entity> allParties(String words) {
        return context.all(words);
    }

    /** Words that may open a clause before its subject: which occasion (此次我应…邀请访问…). */
    private static final Pattern OCCASION = Pattern.compile("^(?:此次|这次|本次|此行|此访)");

    /** True when the sentence names no actor and is not the minister's own (我们): its subject is the one before. */
    boolean subjectUnstated() {
        return mentions.stream().noneMatch(m -> PARTICIPANTS.contains(m.entity().type()))
                && !(text.contains("我们") || text.contains("我国"));
    }

    /** The year a time mention in [begin, end) names (今年, 明年, 2021年), else the year the sentence was said. */
    int yearNamedIn(int begin, int end) {
        // 去年，双方共同纪念…签署20周年: a time standing as its own clause before counts too
        return timeOf(begin, end).map(time -> time.value().start().getYear()).orElse(said.getYear());
    }
}
