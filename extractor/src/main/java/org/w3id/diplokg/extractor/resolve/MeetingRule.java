package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Named meetings no gazetteer can list, because each session has its own name: a numbered session
 * (第二十四次中国—欧盟领导人会晤, 世贸组织第十三届部长级会议) or a body's summit at a place
 * (上合组织阿斯塔纳峰会), a themed year (中俄文化年; one state's year in another, 中国印度旅游年 gives 印度旅游年), or an
 * anniversary of what a party did (联合国成立75周年, 中乌建交30周年, 乌兹别克斯坦独立25周年, 改革开放40周年, whose
 * parties are read inside it). Each becomes an event named as written, an edition of a known
 * event by its ordinal and the event's canonical name (第六届进博会 = 第六届中国国际进口博览会); a session
 * of the National People's Congress becomes the same event however it is written (十四届全国人大二次会议).
 */
final class MeetingRule {
    static final double CONFIDENCE = 0.6;
    static final double CONFIDENCE_SESSION = 0.9;
    private static final String NUMBER = "[一二三四五六七八九十百零〇两\\d]+";
    /** An edition's ordinal: 第六届, 第二十四次, 第三轮, and 首届, 首次, 首轮 (the first edition is an edition too). */
    static final String EDITION = "(?:第" + NUMBER + "[届次轮]|首[届次轮])";
    private static final String MEETING = "(?:一般性辩论|领导人会晤|领导人会议|领导人峰会|部长级会议|外长会议|外长会|高官会|峰会|会晤|年会|缔约方大会|大会"
            + "|高峰论坛|论坛会议|论坛|博览会|进博会|运动会|奥运会|冬奥会|世博会|会议|对话会|研讨会|高层对话|战略对话|对话|高层磋商|磋商|会谈)";
    /**
     * 第N届/次/轮 + up to 20 characters of name + a meeting word; the name may carry — and “” (第三届“一带一路”国际合作高峰论坛);
     * a session's general debate is its own event (第三十八届联合国大会一般性辩论, not the session that holds it);
     * never a clause's verb or preposition (第二次举行峰会, 首次在非洲举行峰会 name no meeting).
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:(?:落实)?《[^《》]{2,30}》)?(?:(?!首[届次轮])[\\p{IsHan}—“”+＋&&[^第]]){0,20}" + EDITION + "[\\p{IsHan}—“”&&[^在于出参举召将是的向同访应办]]{0,20}?" + MEETING + "(?![议晤]|一般性辩论)");
    /**
     * The meeting of a treaty's parties with no number, named after the treaty the gazetteer knows right before
     * (关税及贸易总协定缔约方部长级会议, 不扩散核武器条约缔约国审议和延长大会); a numbered one is {@link #NUMBERED}'s.
     */
    private static final Pattern TREATY_PARTIES_MEETING = Pattern.compile("缔约(?:方|国)[\\p{IsHan}]{0,6}?(?:部长级会议|大会|会议)");
    private static final int LONGEST_TREATY = 30;

    /** A phase of a round of talks, named after the round: 第三阶段会议 (a conference's phase is the conference). */
    private static final Pattern PHASE = Pattern.compile("第[一二三四五六七八九十]+阶段(?:会议|会谈)");
    /** A forum's own meeting, named after it: …论坛部长级会议, …论坛峰会, …论坛外长会议 (whole, not …外长会 and 议). */
    private static final Pattern FORUM_MEETING = Pattern.compile("(?:部长级会议|领导人会议|外长会议|高官会议|高官会|峰会|外长会|年会)(?![议晤])");
    /** Two parties joined: 中国和南非, 中国同东盟, 中国—东盟. */
    private static final Pattern JOINED = Pattern.compile("(.+?)[和与同暨—－-](.+)");
    /** A numbered meeting with no name, however held: 第一次会议, 第二次视频会晤, 第二次非正式会晤. */
    private static final Pattern UNNAMED = Pattern.compile(EDITION + "(?:视频|非正式|正式|特别|定期|线上)?(?:会议|会晤|峰会|大会|论坛|年会|博览会|运动会|外长会|对话|会谈)");
    /** The edition's ordinal at the head of a name: 第六届 of 第六届进博会. */
    private static final Pattern ORDINAL = Pattern.compile("^" + EDITION);
    private static final Pattern EDITION_ANYWHERE = Pattern.compile(EDITION);
    /** A treaty's name, or the carrying out of one, before the number of its meeting. */
    private static final Pattern TREATY_MEETING = Pattern.compile("(?:落实)?《[^《》]+》");
    /** The states of a region counted (中亚五国), one party of who meets. */
    private static final Pattern COUNTED_STATES = Pattern.compile("(?<region>.+?)[两三四五六七八九十]+国");
    /** Talks on a party's issue, named by it before a session's number: 叙利亚问题, 中印边界问题特别代表. */
    private static final Pattern ISSUE = Pattern.compile("[\\p{IsHan}—]+?(?<problem>问题)(?:特别代表)?");
    /** The most characters between the party and 问题 (边界 of 中印边界问题). */
    private static final int ISSUE_WORDS = 4;
    /**
     * Who meets, before a session's number: 中俄总理第二十四次定期会晤, 金砖国家领导人第十一次会晤, a body's members' heads
     * (上海合作组织成员国元首第三次会晤), a grouping quoted (“上海五国”元首第五次会晤).
     */
    private static final Pattern MEETING_PARTY = Pattern.compile("^“?(?<party>[^“”]+?)”?(?:成员国)?(?:领导人|总理|元首|首脑|外长|外交部长|部长|国家元首)?$");
    /**
     * The anniversary of a party's founding or of relations between parties, named as an event
     * (联合国成立75周年, 中乌建交30周年, 中国—东盟建立对话关系30周年, 世界反法西斯战争胜利75周年): a party's
     * name, what happened, the years.
     */
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(?<before>[\\p{IsHan}—]{1,20}?)(?<what>成立|建交|胜利|建党|复交|独立|召开|发表|启动|建立(?:外交|对话|[\\p{IsHan}]{0,6}?伙伴)关系"
                    + "|恢复外交关系|邦交正常化)?(?:[0-9０-９]+|[一二三四五六七八九十百]+)周年");

    /** What begins relations between two parties, whose anniversary is named with the two dashed (中国—东盟建立对话关系20周年). */
    private static final Pattern RELATIONS_BEGUN = Pattern.compile("建交|复交|建立.*关系|恢复外交关系|邦交正常化");

    /**
     * A meeting or celebration held for an anniversary and named after it (…30周年特别外长会, …70周年纪念大会,
     * …70周年庆典); not 纪念日, the day itself.
     */
    private static final Pattern AFTER_ANNIVERSARY = Pattern.compile("(?:[\\p{IsHan}&&[^的之和与同在]]{0,4}?" + MEETING + "|庆典|纪念活动)");

    /**
     * A summit named by who met and where (中美元首旧金山会晤, 中印领导人武汉非正式会晤, 上海合作组织成员国元首莫斯科会晤) or
     * how (中德欧领导人视频会晤):
     * the place or 视频 right before 会晤; the place alone (在杭州会晤) is where they met.
     */
    private static final Pattern PLACE_MEETING = Pattern.compile("(?<place>\\p{IsHan}{2,5}?)(?:非正式)?会晤");
    /**
     * The standing summit or conference of a counted group of states, by who meets (五国元首会晤, 印度支那三国外长会议, 中俄印三国外长会晤,
     * and talks of counted parties, 三方会谈, 四方会谈: the parties' compound
     * before the count belongs to the name when it counts as many); not 两国, a pair's meeting, and not a numbered session
     * (五国元首第四次会晤), which is read as an edition, nor after parties listed with 、 (中、俄、哈、吉、塔五国元首会晤).
     */
    private static final Pattern COUNTED_SUMMIT = Pattern.compile(
            "(?<count>[三四五六七八九十])(?:国(?:元首|领导人|首脑|外长)(?:非正式|定期)?(?:会晤|会议(?![室厅]))|方会谈)");

    /**
     * Where a body the reference list knows by the count of its states begins (上海五国 of 上海五国元首会晤), or the region whose
     * states are counted (印度支那 of 印度支那三国外长会议) with the city before it (休斯敦西方七国首脑会议), else at the count.
     */
    private int groupNamedBefore(String sentence, int count) {
        int begin = gazetteer.nameEndingAt(sentence, count + 2, LONGEST_GROUP, EnumSet.of(EntityType.ORGANIZATION));
        if (begin >= 0 && begin < count) {
            return begin;
        }
        // 印度支那三国外长会议: the region whose states are counted opens the name, and the city that held it before
        // the region (休斯敦西方七国首脑会议)
        int region = gazetteer.nameEndingAt(sentence, count, LONGEST_GROUP, EnumSet.of(EntityType.REGION));
        if (region < 0) {
            return count;
        }
        int city = gazetteer.nameEndingAt(sentence, region, LONGEST_GROUP, EnumSet.of(EntityType.REGION));
        return city >= 0 ? city : region;
    }

    /** The longest name of a group of states counted (上海五国). */
    private static final int LONGEST_GROUP = 8;

    /** Who meets, written before a summit's place: states' abbreviations and their leaders' office (中美元首, 朝美领导人). */
    private static final Pattern LEADERS = Pattern.compile("(?:元首|领导人|首脑|总理)$");
    /** The most characters of who meets before a summit's place (中德欧领导人, 上海合作组织成员国元首). */
    private static final int LONGEST_LEADERS = 12;

    /** The numbers of the party's congresses and of the terms of its Central Committee and the NPC: 八, 十九, 二十, 二十一. */
    private static final String TERM_NUMBER = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    /** 十四届全国人大二次会议: a session of the National People's Congress, one event whatever the form. */
    private static final Pattern NPC_SESSION = Pattern.compile(
            "第?(?<term>" + TERM_NUMBER + ")届全国(?:人大|人民代表大会)第?(?<session>[一二三四五六七八九])次会议");
    /**
     * 第十二届全国人大常委会第二十二次会议: a session of the NPC's Standing Committee, one event whatever the form (the committee
     * meets some thirty times a term, so its session's number runs past ten).
     */
    private static final Pattern NPC_STANDING_COMMITTEE_SESSION = Pattern.compile(
            "第?(?<term>" + TERM_NUMBER + ")届全国(?:人大常委会|人民代表大会常务委员会)第(?<session>[一二三四]?十?[一二三四五六七八九]|[一二三四]?十)次(?:全体)?会议");
    /**
     * A body's name, of at least two words before its kind, right before 首次 (中美经贸磋商机制首次会议, 新冠肺炎疫苗合作国际
     * 论坛首次会议): 首次 then begins its first meeting's name, not a clause (两国领导人首次会晤 names no body).
     */
    private static final Pattern BODY_BEFORE_FIRST = Pattern.compile("\\p{IsHan}{4,}(?:工作组|委员会|联委会|混委会|机制|论坛|理事会|小组)$");
    /** The longest party name looked for after 首次 (太平洋岛国论坛 and shorter). */
    private static final int LONGEST_PARTY = 10;
    /** The most characters a body's name adds after a party's (成员国元首理事会, 边境事务磋商和协调工作机制). */
    private static final int BODY_WORDS = 14;
    /** Characters that begin a clause, not a name: verbs and prepositions of attending, hosting and meeting (主办, 举办). */
    private static final Pattern CLAUSE_CHARACTERS = Pattern.compile("[在于出参举召办同与和将是的向对]");
    /**
     * A National Congress of the Communist Party of China by its short form (党的十八大, 中共十九大), read
     * only after the party's name, or before 以来 or 报告, where the short form cannot be anything else; or by
     * its full name, with the party's name before it in the sentence (中国共产党将召开第二十次全国代表大会), so
     * every form is one congress.
     */
    private static final Pattern PARTY_CONGRESS = Pattern.compile(
            "(?:(?<=党的|中共|中国共产党)(?<number>" + TERM_NUMBER + ")大)"
                    + "|(?:(?<number2>" + TERM_NUMBER + ")大(?=以来|报告|召开|精神))"
                    + "|(?:(?:中国共产党|中共|党的)?第(?<number3>" + TERM_NUMBER + ")次全国代表大会)");
    /**
     * A plenary session of the party's Central Committee (十九届六中全会, 党的二十届三中全会): the form names
     * nothing else, so it is read wherever it stands, and named as the party names it in full.
     */
    private static final Pattern PARTY_PLENUM = Pattern.compile(
            "(?:(?:党的|中共|中国共产党)第?)?(?<term>" + TERM_NUMBER + ")届中央委员会第(?<plenum>[一二三四五六七八九])次全体会议"
                    + "|(?:(?:党的|中共)第?)?(?<term2>" + TERM_NUMBER + ")届(?<plenum2>[一二三四五六七八九])中全会");
    private static final String[] ORDINALS = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"};

    /**
     * A themed year two parties hold (中俄文化年, 中法文化旅游年, 中国—东盟数字经济合作年): 中 + a party's
     * abbreviation, or 中国— + a party's name, and the theme.
     */
    private static final Pattern THEMED_YEAR = Pattern.compile(
            "(?:中(?<parties>[\\p{IsHan}]{1,2}?)|中国[—－-](?<party>[\\p{IsHan}]{2,8}?))[\\p{IsHan}]{0,6}?(?:交流|合作|文化|旅游|创新|友好)年");

    /** A year one state holds in another (“中国旅游年” in 韩国, 中国印度旅游年): the theme after the state's full name. */
    private static final Pattern STATE_YEAR = Pattern.compile("(?:文化|旅游|友好交流|交流)年");
    /**
     * A themed year in quotation marks, named by a state (“俄罗斯年”), a language (“汉语年”), or its theme (“国家年”,
     * “中欧文化对话年”); not “钻石十年”, a span of years.
     */
    private static final Pattern QUOTED_YEAR = Pattern.compile("“(?<theme>[\\p{IsHan}—]{1,12}?)年”");
    private static final Pattern YEAR_THEME = Pattern.compile(".*(?:交流|合作|文化|旅游|创新|友好|对话|国家|[\\p{IsHan}]语)");
    /** The longest state name looked for before a themed year (乌兹别克斯坦). */
    private static final int LONGEST_STATE = 6;

    /**
     * A body's meeting at a place (上合组织阿斯塔纳峰会, 中非合作论坛峰会, 博鳌亚洲论坛年会), or China's with it
     * (中国—东盟领导人会议): built from the gazetteer's organizations.
     */
    private final Pattern bodyMeeting;
    private final Gazetteer gazetteer;
    private final PartyAbbreviations abbreviations;

    MeetingRule(Gazetteer gazetteer, PartyAbbreviations abbreviations) {
        this.gazetteer = gazetteer;
        this.abbreviations = abbreviations;
        String bodies = gazetteer.names().entrySet().stream()
                // a summit series holds its ministers' meetings as a body does (东亚峰会外长会)
                .filter(e -> (e.getValue().type() == EntityType.ORGANIZATION || e.getValue().type() == EntityType.EVENT
                        && e.getKey().endsWith("峰会")) && e.getKey().length() >= 2)
                .map(java.util.Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        // a joiner between the body and the meeting joins two meetings (二十国集团伦敦峰会和匹兹堡峰会), it names no one
        this.bodyMeeting = Pattern.compile("(?:中国?[—-])?(?:" + bodies + ")(?:[0-9０-９]{4}年)?[\\p{IsHan}&&[^和与及暨]]{0,4}?(?:领导人(?:非正式)?(?:峰会|会晤|会议)|峰会|外长会|部长级会议|年会)");
    }

    List<Candidate> find(String sentence, AbbreviationContext here) {
        // first, so that where a body's meeting reads the same words (中国共产党…全国代表大会), the party's numbering names them
        List<Candidate> found = partyCongressesAndPlenums(sentence);
        Matcher body = bodyMeeting.matcher(sentence);
        while (body.find()) {
            found.add(namedAsWritten(body.start(), body.end(), body.group()));
        }
        Matcher year = THEMED_YEAR.matcher(sentence);
        while (year.find()) {
            boolean named = year.group("parties") != null ? abbreviations.isCompound("中" + year.group("parties"), here)
                    : gazetteer.byName(year.group("party")).filter(e -> e.type() != EntityType.EVENT).isPresent();
            if (named) {
                found.add(namedAsWritten(year.start(), year.end(), year.group())); // 中拉文化交流年, not 中期合作年
            }
        }
        Matcher stateYear = STATE_YEAR.matcher(sentence);
        while (stateYear.find()) {
            int begin = gazetteer.nameEndingAt(sentence, stateYear.start(), LONGEST_STATE, EnumSet.of(EntityType.COUNTRY));
            if (begin >= 4 && sentence.substring(begin - 4, begin).chars().allMatch(c -> c >= '0' && c <= '9')) {
                begin -= 4; // 2020尼泊尔旅游年: the year written before the state belongs to the name
            }
            if (begin >= 0) { // the state is named inside too
                String name = sentence.substring(begin, stateYear.end());
                Mention mention = new Mention(begin, stateYear.end(), name, NewNames.named(EntityType.EVENT, name), CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(begin, stateYear.end(), Candidate.RULE, List.of(mention), true));
            }
        }
        Matcher quotedYear = QUOTED_YEAR.matcher(sentence);
        while (quotedYear.find()) {
            quotedYear(sentence, quotedYear, found).ifPresent(found::add);
        }
        Matcher counted = COUNTED_SUMMIT.matcher(sentence);
        while (counted.find()) {
            int parties = ChineseNumerals.parse(counted.group("count")); // as many abbreviations right before the count
            boolean theirs = counted.start() >= parties
                    && abbreviations.isCompound(sentence.substring(counted.start() - parties, counted.start()), here);
            int begin = theirs ? counted.start() - parties : groupNamedBefore(sentence, counted.start());
            if (begin > 1 && sentence.charAt(begin - 2) == '、') {
                continue; // 中、哈、吉、俄、塔五国元首会晤: the listed parties' meeting, read with them
            }
            found.add(namedAsWritten(begin, counted.end(), sentence.substring(begin, counted.end())));
        }
        Matcher placed = PLACE_MEETING.matcher(sentence);
        while (placed.find()) {
            placeMeeting(sentence, placed, here).ifPresent(found::add);
        }
        Matcher partiesMeet = TREATY_PARTIES_MEETING.matcher(sentence);
        while (partiesMeet.find()) {
            int treatyEnd = partiesMeet.start() > 0 && sentence.charAt(partiesMeet.start() - 1) == '》'
                    ? partiesMeet.start() - 1 : partiesMeet.start();
            int begin = gazetteer.nameEndingAt(sentence, treatyEnd, LONGEST_TREATY, EnumSet.of(EntityType.AGREEMENT));
            if (begin >= 0) {
                begin = begin > 0 && sentence.charAt(begin - 1) == '《' ? begin - 1 : begin;
                found.add(namedAsWritten(begin, partiesMeet.end(), sentence.substring(begin, partiesMeet.end())));
            }
        }
        Matcher numbered = NUMBERED.matcher(sentence);
        while (numbered.find()) {
            int end = numbered.end();
            Matcher phase = PHASE.matcher(sentence).region(end, sentence.length());
            if (numbered.group().endsWith("会谈") && phase.lookingAt()) {
                end = phase.end(); // 第五轮六方会谈第三阶段会议: a phase of the round of talks is the meeting named
            }
            Matcher forumMeeting = FORUM_MEETING.matcher(sentence).region(end, sentence.length());
            if (numbered.group().endsWith("论坛") && forumMeeting.lookingAt()) {
                end = forumMeeting.end(); // 首届中国—太平洋岛国经济发展合作论坛部长级会议: the forum's meeting
            }
            if (!firstNamesAParty(sentence, numbered, here)) {
                continue;
            }
            String surface = trimLeadingWords(sentence.substring(numbered.start(), end), here);
            if (NPC_SESSION.matcher(surface).find() || NPC_STANDING_COMMITTEE_SESSION.matcher(surface).find() || UNNAMED.matcher(surface).matches()) {
                continue; // read below as the session it is; 第一次会议 names nothing
            }
            int begin = end - surface.length();
            List<Mention> mentions = new ArrayList<>();
            // an edition the reference list knows by this name (《联合国气候变化框架公约》第十五次缔约方会议): that edition
            Entity known = gazetteer.byName(surface).filter(e -> e.type() == EntityType.EVENT).orElse(null);
            mentions.add(known != null ? new Mention(begin, end, surface, known, NameMatcher.CONFIDENCE, Annotator.GAZETTEER)
                    : new Mention(begin, end, surface, NewNames.named(EntityType.EVENT, editionName(surface)), CONFIDENCE, Annotator.RULE));
            if (surface.startsWith("落实《")) {
                // 落实《南海各方行为宣言》…高官会: a meeting on carrying out a treaty names the treaty too (of a treaty's
                // own meeting, 《生物多样性公约》第十五次缔约方大会, annotators read the meeting alone)
                treatyMet(sentence, begin, end).ifPresent(mentions::add);
            }
            found.add(new Candidate(begin, end, Candidate.RULE, mentions));
        }
        Matcher anniversary = ANNIVERSARY.matcher(sentence);
        while (anniversary.find()) {
            String before = anniversary.group("before");
            // with no word of what happened, only a known programme or event has an anniversary (改革开放40周年)
            int party = anniversary.group("what") != null ? partyAtEnd(before, here) : programmeAtEnd(before);
            if (party >= 0) {
                int begin = anniversary.start() + party;
                // 中国—东盟建立对话关系30周年特别外长会: a meeting named after the anniversary is the event
                Matcher meeting = AFTER_ANNIVERSARY.matcher(sentence).region(anniversary.end(), sentence.length());
                int end = anniversary.end();
                if (meeting.lookingAt()) {
                    end = meeting.end();
                    // 纪念…70周年大会, 庆祝…成立70周年大会: a gathering held for an anniversary is named by what it does
                    begin = commemorationStart(sentence, begin);
                }
                String surface = sentence.substring(begin, end);
                String name = anniversary.group("what") == null || !RELATIONS_BEGUN.matcher(anniversary.group("what")).matches() ? surface
                        : dashedPair(sentence.substring(begin, anniversary.start("what")), here) + sentence.substring(anniversary.start("what"), end);
                Mention mention = new Mention(begin, end, surface, NewNames.named(EntityType.EVENT, name), CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(begin, end, Candidate.RULE, List.of(mention), true));
            }
        }
        sessions(NPC_STANDING_COMMITTEE_SESSION.matcher(sentence), found, (term, number, written) -> new Entity(
                "NPC-SC-" + term + "-" + number, EntityType.EVENT,
                "第" + written.group("term") + "届全国人民代表大会常务委员会第" + written.group("session") + "次会议",
                number + ordinalSuffix(number) + " Session of the Standing Committee of the " + term + ordinalSuffix(term)
                        + " National People's Congress", List.of(), null, true, null));
        sessions(NPC_SESSION.matcher(sentence), found, (term, number, written) -> new Entity(
                "NPC-" + term + "-" + number, EntityType.EVENT,
                "第" + written.group("term") + "届全国人民代表大会第" + written.group("session") + "次会议",
                ORDINALS[number] + " Session of the " + term + ordinalSuffix(term) + " National People's Congress",
                List.of(), null, true, null));
        return found;
    }

    /**
     * Two parties joined by a word (中国与东盟) written with a dash, as the anniversary of their relations is named
     * wherever it is written (中国—东盟建立对话关系20周年); anything else as it stands.
     */
    private String dashedPair(String parties, AbbreviationContext here) {
        Matcher joined = JOINED.matcher(parties);
        if (joined.matches() && !joined.group(1).contains("—") && isParty(joined.group(1), here) && isParty(joined.group(2), here)) {
            return joined.group(1) + "—" + joined.group(2);
        }
        return parties;
    }

    /** Whether the last party the sentence names before {@code at} is China's (中国共产党, 中共, 党的). */
    private static boolean afterChinasParty(String sentence, int at) {
        String before = sentence.substring(0, at);
        int chinas = Stream.of("中国共产党", "中共", "党的").mapToInt(before::lastIndexOf).max().orElse(-1);
        int anyParty = before.lastIndexOf("共产党");
        return chinas >= 0 && anyParty <= chinas + "中国".length();
    }

    /** The party's congresses and its Central Committee's plenums, each one event whatever the form. */
    private static List<Candidate> partyCongressesAndPlenums(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher congress = PARTY_CONGRESS.matcher(sentence);
        while (congress.find()) {
            if (congress.group("number3") != null && !afterChinasParty(sentence, congress.end())) {
                continue; // 越南共产党第十三次全国代表大会: another party's congress
            }
            String number = Stream.of("number", "number2", "number3").map(congress::group).filter(Objects::nonNull).findFirst().orElseThrow();
            int n = ChineseNumerals.parse(number);
            Entity event = new Entity("CPC-" + n, EntityType.EVENT, "中国共产党第" + number + "次全国代表大会",
                    n + ordinalSuffix(n) + " National Congress of the Communist Party of China", List.of(), null, true, null);
            found.add(candidate(congress.start(), congress.end(), congress.group(), event, CONFIDENCE_SESSION));
        }
        Matcher plenum = PARTY_PLENUM.matcher(sentence);
        while (plenum.find()) {
            String term = plenum.group("term") != null ? plenum.group("term") : plenum.group("term2");
            String number = plenum.group("plenum") != null ? plenum.group("plenum") : plenum.group("plenum2");
            int t = ChineseNumerals.parse(term);
            int n = ChineseNumerals.parse(number);
            Entity event = new Entity("CPC-" + t + "-" + n, EntityType.EVENT, "中国共产党第" + term + "届中央委员会第" + number + "次全体会议",
                    ORDINALS[n] + " Plenary Session of the " + t + ordinalSuffix(t) + " Central Committee of the Communist Party of China",
                    List.of(), null, true, null);
            found.add(candidate(plenum.start(), plenum.end(), plenum.group(), event, CONFIDENCE_SESSION));
        }
        return found;
    }

    /**
     * 首次 and 首轮 are also adverbs (首次集体线下会晤, 首次面对面对话): they begin a name only when a party
     * follows (首次中国—太平洋岛国外长会, 首次中美…联合对话); 首届 and 第N次 always do.
     */
    private boolean firstNamesAParty(String sentence, Matcher numbered, AbbreviationContext here) {
        Matcher edition = EDITION_ANYWHERE.matcher(sentence).region(numbered.start(), numbered.end());
        if (!edition.find() || !edition.group().matches("首[次轮]")) {
            return true;
        }
        String before = sentence.substring(numbered.start(), edition.start());
        if (BODY_BEFORE_FIRST.matcher(before).find()) {
            return true; // 孟中印缅经济走廊联合工作组首次会议: a named body's first meeting
        }
        if (gazetteer.byName(before).filter(e -> e.type() == EntityType.EVENT || e.type() == EntityType.ORGANIZATION).isPresent()) {
            return true; // 六方会谈首次工作组会议: a known series' or body's first meeting of a kind
        }
        for (int end = Math.min(numbered.end(), edition.end() + LONGEST_PARTY); end > edition.end() + 1; end--) {
            if (isParty(sentence.substring(edition.end(), end), here)) {
                return true;
            }
        }
        return false;
    }

    /** The summit at a place: the longest known place (not a state) right before 会晤, after who met. */
    private Optional<Candidate> placeMeeting(String sentence, Matcher placed, AbbreviationContext here) {
        int placeEnd = placed.end("place");
        int placeBegin = -1;
        for (int begin = placed.start("place"); begin < placeEnd - 1 && placeBegin < 0; begin++) {
            String place = sentence.substring(begin, placeEnd);
            boolean city = gazetteer.byName(place).filter(e -> e.type() == EntityType.REGION).isPresent();
            placeBegin = city || place.equals("视频") ? begin : -1;
        }
        if (placeBegin < 0) {
            return Optional.empty();
        }
        int begin = placeBegin;
        for (int start = Math.max(0, placeBegin - LONGEST_LEADERS); start < placeBegin - 2; start++) {
            String who = sentence.substring(start, placeBegin);
            Matcher leaders = LEADERS.matcher(who);
            if (leaders.find() && (abbreviations.isCompound(who.substring(0, leaders.start()), here) || meets(who, here))) {
                begin = start;
                break;
            }
        }
        if (begin == placeBegin) {
            return Optional.empty(); // 在杭州会晤, 举行视频会晤: where or how they met, no summit's name
        }
        return Optional.of(namedAsWritten(begin, placed.end(), sentence.substring(begin, placed.end())));
    }

    /**
     * A quoted themed year no other form read: named with the state holding it where one stands before it
     * (中国“俄罗斯年” is China's year of Russia, 俄罗斯的“汉语年” Russia's year of Chinese), else as written.
     */
    private Optional<Candidate> quotedYear(String sentence, Matcher quoted, List<Candidate> found) {
        int begin = quoted.start() + 1;
        int end = quoted.end() - 1;
        String theme = quoted.group("theme");
        boolean named = YEAR_THEME.matcher(theme).matches()
                || gazetteer.byName(theme).filter(e -> e.type() == EntityType.COUNTRY).isPresent();
        if (!named || found.stream().anyMatch(c -> c.begin() < end && begin < c.end())) {
            return Optional.empty();
        }
        int stateEnd = quoted.start() >= 1 && sentence.charAt(quoted.start() - 1) == '的' ? quoted.start() - 1 : quoted.start();
        int host = gazetteer.nameEndingAt(sentence, stateEnd, LONGEST_STATE, EnumSet.of(EntityType.COUNTRY));
        String written = sentence.substring(begin, end);
        String name = host >= 0 ? sentence.substring(host, stateEnd) + written : written;
        return Optional.of(candidate(begin, end, written, NewNames.named(EntityType.EVENT, name), CONFIDENCE));
    }

    /** A new event whose name is the text as written. */
    private static Candidate namedAsWritten(int begin, int end, String name) {
        return candidate(begin, end, name, NewNames.named(EntityType.EVENT, name), CONFIDENCE);
    }

    /** How a body's session is named in full from its term, its number and the words it was written with. */
    private interface SessionNaming {
        Entity event(int term, int number, Matcher written);
    }

    /** Each session the matcher finds (with groups term and session), one event whatever the form it is written in. */
    private static void sessions(Matcher matcher, List<Candidate> found, SessionNaming naming) {
        while (matcher.find()) {
            Entity event = naming.event(ChineseNumerals.parse(matcher.group("term")), ChineseNumerals.parse(matcher.group("session")), matcher);
            found.add(candidate(matcher.start(), matcher.end(), matcher.group(), event, CONFIDENCE_SESSION));
        }
    }

    private static Candidate candidate(int begin, int end, String surface, Entity event, double confidence) {
        Mention mention = new Mention(begin, end, surface, event, confidence, Annotator.RULE);
        return new Candidate(begin, end, Candidate.RULE, List.of(mention));
    }

    private static String ordinalSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * The characters before the number belong to the name only when they are a body's name
     * (世贸组织第十三届...) or who meets (金砖国家领导人第十一次会晤, 中国—中亚外长第三次会晤), not a verb
     * (举办第...); the longest such ending is kept.
     */
    private String trimLeadingWords(String match, AbbreviationContext here) {
        Matcher edition = EDITION_ANYWHERE.matcher(match);
        int ordinal = edition.find() ? edition.start() : 0;
        String before = match.substring(0, ordinal);
        if (TREATY_MEETING.matcher(before).matches()) {
            return match; // 《联合国气候变化框架公约》第三十次缔约方大会, 落实《南海各方行为宣言》第六次高官会: a treaty's own meeting
        }
        for (int start = 0; start < before.length(); start++) {
            String words = before.substring(start);
            boolean body = words.matches(".*(组织|论坛|集团|联盟|合作|大会|理事会|委员会|联委会|混委会|高委会|会议|机制|进程|工作组|小组)$") && namesABody(words, here);
            if (body || meets(words, here) || aboutAnIssue(words, here) || delegationsOn(words, here)) {
                return match.substring(start);
            }
        }
        return match.substring(ordinal);
    }

    /**
     * Whether {@code words} are a body's name: a name the gazetteer knows, or one followed by a few
     * words of the body's own (上海合作组织成员国元首理事会), never by a clause (越南五国外长在重庆出席澜湄合作:
     * a verb or preposition after the name means the name is not the body's).
     */
    private boolean namesABody(String words, AbbreviationContext here) {
        int dash = words.indexOf('—');
        if (dash > 0 && isParty(words.substring(0, dash), here) && namesABody(words.substring(dash + 1), here)) {
            return true; // 中国—太平洋岛国经济发展合作论坛: China joined by a dash to a body's name
        }
        for (int end = words.length(); end >= 2; end--) {
            if (isParty(words.substring(0, end), here)) {
                String rest = words.substring(end);
                return rest.length() <= BODY_WORDS && !CLAUSE_CHARACTERS.matcher(withoutInnerJoiners(rest, here)).find();
            }
        }
        return false;
    }

    /**
     * A body's words without the 与 or 和 that join two of its own words (高层协调与合作委员会); one that
     * joins another party (中国与东盟…) is kept, and stops the name.
     */
    private String withoutInnerJoiners(String rest, AbbreviationContext here) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean joiner = (c == '与' || c == '和') && i > 0 && i + 1 < rest.length();
            if (!joiner || partyBegins(rest.substring(i + 1), here)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private boolean partyBegins(String words, AbbreviationContext here) {
        for (int end = Math.min(words.length(), LONGEST_PARTY); end >= 1; end--) {
            if (isParty(words.substring(0, end), here)) {
                return true;
            }
        }
        return false;
    }

    /** Parties, each named or abbreviated, joined by dashes, with the office of who meets after them. */
    private boolean meets(String words, AbbreviationContext here) {
        Matcher matcher = MEETING_PARTY.matcher(words);
        if (!matcher.matches()) {
            return false;
        }
        for (String part : matcher.group("party").split("[—+＋]")) { // 中国—东盟, “中国+中亚五国”
            Matcher counted = COUNTED_STATES.matcher(part);
            if (!isParty(part, here) && !(counted.matches() && isParty(counted.group("region"), here))) {
                return false;
            }
        }
        return true;
    }

    /** The known agreement whose title opens a meeting's name, as a mention of its own. */
    private Optional<Mention> treatyMet(String sentence, int begin, int end) {
        int open = sentence.indexOf('《', begin);
        int close = open < 0 ? -1 : sentence.indexOf('》', open);
        if (close < 0 || close > end) {
            return Optional.empty();
        }
        String title = sentence.substring(open + 1, close);
        return gazetteer.byName(title).filter(e -> e.type() == EntityType.AGREEMENT)
                .map(treaty -> new Mention(open + 1, close, title, treaty, CONFIDENCE_SESSION, Annotator.GAZETTEER));
    }

    /**
     * Who meets for their governments, and on what, before a round's number: 中英两国政府代表团关于香港问题的 (第十四轮会谈),
     * 中苏两国政府特使的 (第三轮磋商), 中英关于香港问题的 (第四轮会谈); the parties named or abbreviated, joined or not.
     */
    private static final Pattern DELEGATIONS = Pattern.compile("(?<parties>[^的]+?)(?:两国|双方)?(?:政府)?(?<envoys>代表团|特使|官员)?的?"
            + "(?<issue>关于[\\p{IsHan}]{1,12}?问题的)?");

    private boolean delegationsOn(String words, AbbreviationContext here) {
        Matcher delegations = DELEGATIONS.matcher(words);
        if (!delegations.matches() || delegations.group("envoys") == null && delegations.group("issue") == null) {
            return false;
        }
        return Stream.of(delegations.group("parties").split("[和与同—]")).allMatch(party -> isParty(party, here));
    }

    /** Whether {@code words} name the talks on a party's issue (叙利亚问题, 中印边界问题特别代表): who meets on it. */
    private boolean aboutAnIssue(String words, AbbreviationContext here) {
        Matcher issue = ISSUE.matcher(words);
        if (!issue.matches()) {
            return false;
        }
        int problem = issue.start("problem");
        for (int end = Math.max(1, problem - ISSUE_WORDS); end <= problem; end++) {
            if (isParty(words.substring(0, end), here)) {
                return true;
            }
        }
        return false;
    }

    /** Where a gathering's name starts when 纪念 or 庆祝 opens it, else {@code begin}. */
    private static int commemorationStart(String sentence, int begin) {
        String before = sentence.substring(0, begin);
        return before.endsWith("纪念") || before.endsWith("庆祝") ? begin - 2 : begin;
    }

    /** The start (in {@code before}) of the longest party name, or two joined by 和/与/同, that ends it, or -1. */
    private int partyAtEnd(String before, AbbreviationContext here) {
        for (int start = 0; start < before.length(); start++) {
            String words = before.substring(start);
            Matcher joined = JOINED.matcher(words);
            if (isParty(words, here) || joined.matches() && isParty(joined.group(1), here) && isParty(joined.group(2), here)) {
                return start;
            }
        }
        return -1;
    }

    /** The start (in {@code before}) of the longest initiative or event the gazetteer knows that ends it, or -1. */
    private int programmeAtEnd(String before) {
        for (int start = 0; start < before.length() - 1; start++) {
            Optional<Entity> known = gazetteer.byName(before.substring(start));
            if (known.isPresent() && (known.get().type() == EntityType.INITIATIVE || known.get().type() == EntityType.EVENT)) {
                return start;
            }
        }
        return -1;
    }

    /** A name the gazetteer knows (联合国, 世界反法西斯战争), or two or more one-character parties (中乌, 俄中). */
    private boolean isParty(String words, AbbreviationContext here) {
        if (gazetteer.byName(words).isPresent()) {
            return true;
        }
        return words.length() <= 4 && abbreviations.isCompound(words, here);
    }

    /**
     * An edition's name: its ordinal and the canonical name of what it is an edition of, where the
     * gazetteer knows it (第六届进博会 and 第六届中国国际进口博览会 are one expo); else as written.
     */
    private String editionName(String surface) {
        Matcher ordinal = ORDINAL.matcher(surface);
        if (ordinal.find()) {
            String series = surface.substring(ordinal.end()).replaceAll("[“”]", "");
            Optional<Entity> known = gazetteer.byName(series).filter(e -> e.type() == EntityType.EVENT);
            if (known.isPresent()) {
                return ordinal.group() + known.get().zhLabel();
            }
        }
        return surface;
    }
}
