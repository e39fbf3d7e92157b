package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.model.Tagging.Word;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Names found by their structure rather than looked up: a noun phrase whose head word says what kind
 * of thing it is (倡议, 命运共同体, 条约, 组织, 峰会: head-words.tsv) and whose modifiers say which one
 * (全球治理倡议, 亚太命运共同体, 北大西洋公约组织). CoreNLP's words and parts of speech give the phrase's
 * left edge: it runs back over nouns, proper nouns, adjectives, numbers and quoted terms, and stops at
 * a verb, a preposition, 的 or punctuation. A phrase is read as a name only when its modifiers give
 * the evidence its head asks for; generic modifiers (国际组织, 合作倡议) give none. The new entity's key
 * is its name without quotation marks, so the same name in two documents is one entity.
 */
final class HeadWordRule {
    static final double CONFIDENCE = 0.65;
    /** The longest phrase read as one name, in words before the head. */
    private static final int MAX_MODIFIERS = 6;
    /** Parts of speech that may stand inside a name before its head. */
    private static final Set<String> NOMINAL = Set.of("NN", "NR", "JJ", "CD", "OD", "NT");
    /** Nouns, common and proper: a word a joiner may follow inside a meeting's name. */
    private static final Set<String> NOUNS = Set.of("NN", "NR");
    /**
     * A number that picks one thing out: a year (2030年), a plan (十四五), a set (八大), a numbered
     * resolution (第2758号); not 一 of 一系列, nor the session of 第七十三届世卫大会决议.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "[0-9０-９]{4}年?(?:以?后)?|十[一二三四五六七八九]五|[二三四五六七八九十]+大|第?[0-9０-９一二三四五六七八九十百零〇]+号");
    /**
     * A small count of documents or principles (四个, 三个; 四项 of 中非经济技术合作四项原则) that belongs to a name
     * beside its parties or its subject.
     */
    private static final Pattern COUNT = Pattern.compile("[两二三四五六七八九十]个|[二三四五六七八九十]项");
    private static final Set<String> DASHES = Set.of("—", "－", "-", "·");
    /**
     * The shortest title line read as a name, and what a title never holds (a sentence's punctuation;
     * not 、, which lists what a statement is about: …关于深化…伙伴关系、构建…命运共同体的联合声明).
     */
    private static final int TITLE_MIN = 8;
    private static final Pattern TITLE_BREAKS = Pattern.compile("[，。；：！？,.;:!?（）()\\s]");

    /**
     * A document signed or issued and named by what it is about, without title marks (签署关于开展两洋铁路
     * 合作的声明, 发表了关于落实《宣言》的联合声明, 签署了关于…的补充议定书, …签署的关于阿富汗问题的日内瓦协议): 关于…的, a
     * word or two of its own (a place, 原则, 全面) and a kind of document, right after the verb or what was signed.
     */
    private static final Pattern ABOUT_TITLE = Pattern.compile(
            "(?<=签署|签订|发表|通过|达成|签署了|签订了|发表了|通过了|签署的|签订的|达成的|通过的|发表的)关于[^，。；：“”]{2,30}?的"
            + "(?:补充|附加|合作|谅解|[^的和等了，。；：“”、\\s]{2,3}?)?(?:联合)?(?:声明|宣言|公报|协定|协议|备忘录|议定书|公约)");

    /** A title in title marks: a document's, a book's or a paper's (《乌拉圭回合多边贸易谈判结果最后文件》, 《人民日报》). */
    private static final Pattern TITLED = Pattern.compile("《([^《》〈〉]{4,40})》");

    /** A quoted phrase of a few words with no 的, no list and no clause break inside: it may be a name. */
    private static final Pattern QUOTED_NAME = Pattern.compile("“([^“”的、，。；：！？\\s]{3,24})”");
    /** Parts of speech of a clause, never inside a name: prepositions, adverbs, pronouns, 是, 有, 把, 被, aspect and 的. */
    private static final Set<String> CLAUSE_TAGS = Set.of("P", "AD", "PN", "VC", "VE", "BA", "LB", "SB", "AS", "DEC", "DEG", "MSP");
    /**
     * Heads of works one coined proper noun names alone (亚吉/NR 铁路, 蒙内铁路, 瓦尔代论坛): a two-place
     * abbreviation or a place the gazetteer does not know, not a party's name (非洲铁路 is no name).
     */
    private static final Set<String> ONE_NAME_HEADS = Set.of("铁路", "高铁", "公路", "管道", "论坛");

    /** Who meets, in a meeting's name: 领导人圆桌峰会, 全球发展高层对话会, 金砖国家外长会晤. */
    private static final Set<String> LEVELS = Set.of("领导人", "高层", "高级别", "部长级", "外长", "元首", "首脑", "总理", "议长");

    /** Tags of a word that ends a clause before a name: a verb, preposition, adverb, conjunction or mark. */
    private static final Set<String> CLAUSE_BEFORE = Set.of("VV", "VC", "VE", "VA", "P", "PU", "AD", "CC", "CS", "DEC", "DEG", "LC", "AS");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "同", "以及");
    /** A name does not open with a conjunction: 与发展委员会, read after 中俄友好、和平, is a name's tail, not a name. */
    private static final Pattern OPENS_WITH_CONJUNCTION = Pattern.compile("[与及暨]");

    enum Evidence { MODIFIER, PARTY, STATES, STATE, ONE_STATE, NUMBERED, COINED }

    private record Head(String word, EntityType type, Evidence evidence) {}

    private final Gazetteer gazetteer;
    private final List<Head> heads;
    private final Set<String> generic;
    private final Set<String> breaks;
    /** Titles that stand before a person's name (person-titles.txt): a name they precede is a person's, not a word of a name. */
    private final Set<String> titles;

    HeadWordRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.generic = WordList.load("generic-modifiers.txt");
        this.breaks = WordList.load("phrase-breaks.txt");
        this.titles = WordList.load("person-titles.txt");
        List<Head> loaded = new ArrayList<>();
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/head-words.tsv")) {
            loaded.add(new Head(row.cell(0), EntityType.valueOf(row.cell(1).toUpperCase(java.util.Locale.ROOT)),
                    Evidence.valueOf(row.cell(2).toUpperCase(java.util.Locale.ROOT))));
        }
        loaded.sort(Comparator.comparingInt((Head h) -> h.word().length()).reversed());
        this.heads = List.copyOf(loaded);
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Word> words = tagging.words();
        List<Candidate> found = new ArrayList<>();
        titleLine(sentence).ifPresent(found::add);
        Matcher about = ABOUT_TITLE.matcher(sentence);
        while (about.find()) {
            found.add(agreementNamed(sentence, about.start(), about.end()));
        }
        Matcher titled = TITLED.matcher(sentence);
        while (titled.find()) {
            titledDocument(sentence, titled.start(1), titled.end(1)).ifPresent(found::add);
        }
        Matcher quoted = QUOTED_NAME.matcher(sentence);
        while (quoted.find()) {
            if (!holdsClauseWords(tagging, quoted.start(1), quoted.end(1), endsInAnAgreementHead(quoted.group(1)))) {
                quotedName(sentence, quoted.start(1), quoted.end(1)).ifPresent(found::add);
            }
        }
        Matcher policy = QUOTED_POLICY.matcher(sentence);
        while (policy.find()) {
            quotedPolicy(sentence, policy.start(1), policy.end(1)).ifPresent(found::add);
        }
        for (int last = 0; last < words.size(); last++) {
            Word word = words.get(last);
            Optional<Head> head = headEnding(sentence, tagging, last);
            // 法律/NN 专家/NN 对话/VV: talks the tagger makes a verb, after the nouns that name them
            boolean talksAfterNouns = head.isPresent() && head.get().type() == EntityType.EVENT && head.get().evidence() == Evidence.STATES
                    && word.text().equals(head.get().word()) && last > 0 && NOMINAL.contains(words.get(last - 1).pos());
            // 南太平洋/NR 无核区/AD: a word that is a head of three characters or more is a noun, whatever its tag
            boolean wholeLongHead = head.isPresent() && word.text().equals(head.get().word()) && word.text().length() >= 3;
            if (!NOMINAL.contains(word.pos()) && !talksAfterNouns && !wholeLongHead
                    && (head.isEmpty() || !spansWords(head.get(), word, words, last))) {
                continue; // 外长/NN 会/VV: a head the segmenter split may end in a word tagged as a verb
            }
            if (head.isEmpty() || word.text().length() > head.get().word().length() && gazetteer.byName(word.text()).isPresent()) {
                continue; // 香港 ends in 港 but is a name the name matcher reads
            }
            if (taggedAPerson(tagging, word)) {
                continue; // 胡耀邦/NR, tagged a person: his name ends in 邦, no state's (北方邦)
            }
            if (head.get().type() == EntityType.INITIATIVE && namesADocument(words, last + 1)) {
                continue; // 中亚无核武器区/NN 条约/NN: the zone names the treaty, no initiative of its own there
            }
            int headBegin = word.end() - head.get().word().length();
            if (word.pos().equals("JJ") && headBegin > word.begin()) {
                continue; // 有组织/JJ 撤离: an adjective that ends in a head word ("organised") names nothing
            }
            Optional<Candidate> named = phrase(sentence, words, last, headBegin, head.get());
            if (named.isEmpty() && head.get().evidence() == Evidence.ONE_STATE) {
                // 中日韩环境部长会议: not one state's council of ministers, so read by the shorter head, a meeting (会议)
                Optional<Head> shorter = headEnding(sentence, tagging, last, heads.indexOf(head.get()) + 1);
                if (shorter.isPresent()) {
                    named = phrase(sentence, words, last, word.end() - shorter.get().word().length(), shorter.get());
                }
            }
            named.filter(c -> !OPENS_WITH_CONJUNCTION.matcher(sentence.substring(c.begin(), c.end())).lookingAt())
                    .ifPresent(found::add);
        }
        // 中越外交磋商 inside 中越外交磋商机制: the talks name the mechanism, no event of their own (but 河内大学 of
        // 河内大学孔子学院 is a body beside it)
        return found.stream().filter(c -> !isEvent(c) || found.stream().noneMatch(o -> o != c && !isEvent(o)
                && o.begin() <= c.begin() && c.end() < o.end())).toList();
    }

    /** Whether CoreNLP tagged the word, or a span ending with it, a person. */
    private static boolean taggedAPerson(Tagging tagging, Word word) {
        return tagging.entities().stream().anyMatch(span -> span.tag().equals("PERSON") && span.end() == word.end());
    }

    /** Whether the word at {@code index} is the head of a treaty's or agreement's name (条约, 公约, 协定, 议定书). */
    private boolean namesADocument(List<Word> words, int index) {
        return index < words.size() && heads.stream().anyMatch(h -> h.type() == EntityType.AGREEMENT
                && h.evidence() == Evidence.MODIFIER && words.get(index).text().startsWith(h.word()));
    }

    private static boolean isEvent(Candidate candidate) {
        return candidate.mentions().get(0).entity().type() == EntityType.EVENT;
    }

    /** Whether the head begins in a word before this one, and that word is a noun (外长/NN 会/VV, not 召开/VV 会/VV). */
    private static boolean spansWords(Head head, Word last, List<Word> words, int index) {
        int begin = last.end() - head.word().length();
        if (begin >= last.begin() || index == 0) {
            return false;
        }
        Word first = words.get(index - 1);
        // 对话/VV 会/VV: a head made of whole words is the head whatever their tags
        return first.begin() == begin || first.begin() < begin && NOMINAL.contains(first.pos());
    }

    /**
     * Whether a clause's words stand between begin and end: a preposition, an adverb, a pronoun (“无意同中国发生冲突” is a
     * pledge, not a name); but an adverb is no clause word in a quoted treaty's or agreement's name (“美日共同防御条约”:
     * 共同, "mutual", is one word of it).
     */
    private static boolean holdsClauseWords(Tagging tagging, int begin, int end, boolean namesADocument) {
        return tagging.words().stream().anyMatch(w -> w.begin() >= begin && w.end() <= end && CLAUSE_TAGS.contains(w.pos())
                && !(namesADocument && w.pos().equals("AD")));
    }

    /** Whether the quoted words end in the head of an agreement's name (条约, 协定, 公约…). */
    private boolean endsInAnAgreementHead(String quoted) {
        return heads.stream().anyMatch(h -> h.type() == EntityType.AGREEMENT && quoted.endsWith(h.word()));
    }

    /**
     * A quoted phrase that is nothing but a name ending in a head (“加强互联互通伙伴关系对话会”, “十万强计划”):
     * the quotation marks set the whole off as a name, whatever its words.
     */
    private Optional<Candidate> quotedName(String sentence, int begin, int end) {
        String inner = sentence.substring(begin, end);
        for (Head head : heads) {
            // a head that is mostly generic (目标, 通道) needs more than two characters before it: not “绿色通道”
            int least = head.evidence() == Evidence.NUMBERED ? 3 : 2;
            if (inner.endsWith(head.word()) && inner.length() >= head.word().length() + least) {
                if (gazetteer.byName(inner).isPresent() || namesAParty(inner.substring(0, inner.length() - head.word().length()))
                        && head.evidence() == Evidence.STATE) {
                    return Optional.empty(); // a known name; or “美国国务院”, which the phrase reading gives
                }
                return Optional.of(newName(begin, end, inner, head.type()));
            }
        }
        return Optional.empty();
    }

    /**
     * A quoted line of policy named as such (“和平统一、一国两制”的基本方针, “双轨并进”思路, 所谓“一边一国”论, “真实亲诚”政策):
     * the quoted words are the policy's name, an initiative, as the annotators read every such phrase on development.
     */
    private static final Pattern QUOTED_POLICY = Pattern.compile("“([^“”。；！？]{2,24})”的?(?:基本|总体|外交|对外)?(?:方针|思路|政策|论)");

    private Optional<Candidate> quotedPolicy(String sentence, int begin, int end) {
        String inner = sentence.substring(begin, end);
        if (gazetteer.byName(inner).isPresent()) {
            return Optional.empty(); // “双轨并进”思路: a known name, which the name matcher reads
        }
        return Optional.of(newName(begin, end, inner, EntityType.INITIATIVE));
    }

    /** A name the gazetteer lacks, read whole from {@code begin} to {@code end}, as an entity of this type. */
    private static Candidate newName(int begin, int end, String name, EntityType type) {
        Mention mention = new Mention(begin, end, name, NewNames.named(type, NewNames.normalized(name)), CONFIDENCE, Annotator.RULE);
        return new Candidate(begin, end, Candidate.RULE, List.of(mention));
    }

    /** The longest head that ends with this word and starts at a word boundary or inside this word. */
    private Optional<Head> headEnding(String sentence, Tagging tagging, int last) {
        return headEnding(sentence, tagging, last, 0);
    }

    /** The first head from {@code from} in the list (longest first) that the word at {@code last} ends with. */
    private Optional<Head> headEnding(String sentence, Tagging tagging, int last, int from) {
        Word word = tagging.words().get(last);
        for (Head head : heads.subList(from, heads.size())) {
            int begin = word.end() - head.word().length();
            if (begin < 0 || !sentence.startsWith(head.word(), begin)) {
                continue;
            }
            if (begin >= word.begin() || tagging.wordStartsAt(begin)) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    /** A modifier before the head: its text, whether it is a proper noun, and the index of its first word. */
    private record Modifier(String text, boolean properNoun, boolean quoted, boolean time, int firstWord) {}

    /**
     * Words that join two parts of a meeting's name: a party to who else meets (中国共产党与世界政党领导人峰会,
     * 二十国集团财长和央行行长会议) or two subjects of a symposium (国际形势与中国外交研讨会).
     */
    private static final Set<String> JOINERS = Set.of("与", "同", "和");
    /** The longest known name looked for before a glued joiner. */
    private static final int LONGEST_KNOWN_NAME = 20;
    private static final Set<EntityType> ANY_TYPE = EnumSet.allOf(EntityType.class);
    /** The heads of meetings a joined name may have; not 会晤, which 中方同美方会晤 uses as a verb's noun. */
    private static final Set<String> JOINED_MEETINGS = Set.of("峰会", "会议", "对话会", "大会", "外长会", "研讨会", "领导人会晤");
    private static final String LEADERS_MEETING = "领导人会晤";
    /** A committee named for two things it does (中巴高层协调与合作委员会, 中哈利用和保护跨界河流联合委员会). */
    private static final String COMMITTEE = "委员会";
    /**
     * Verbs CoreNLP tags inside names (中国—东盟自贸区升级议定书, 互免普通护照签证协定, 东亚合作外长系列会议, 中美反恐磋商,
     * 中国—东盟打击跨国犯罪部长级会议, 中印边界问题特别代表会晤机制, 中哈利用和保护跨界河流联合委员会, 中国—东盟互联互通合作委员会,
     * and what a conference rebuilds or raises money for: 索马里重建国际会议, 联合国发展筹资国际会议), and 联合, which it may make an adverb (“和平使命—2007”联合/AD 反恐/VV 军事演习).
     */
    private static final Set<String> VERBS_IN_NAMES = Set.of("升级", "互免", "合作", "反恐", "打击", "代表", "利用", "保护", "互通", "应对", "协调", "联合",
            "重建", "发展", "捐助", "筹资");
    /**
     * Joint commissions whose plain meeting (召开中沙高级别联合委员会会议) is the commission meeting: the
     * commission is named, not an event (a council's 元首理事会会议 is a summit, an event).
     */
    private static final Pattern BODY_HEAD = Pattern.compile("(?:委员会|混委会|联委会)$");
    /** How many parties there are, split from 方 or 国 (三/CD 方/NN). */
    private static final Pattern COUNT_OF_PARTIES = Pattern.compile("[两三四五六七八九十]");
    /** The tail of 两国, 各国, 双方 split from its count: never a name's first word (两/CD 国/NN 互免…协定). */
    private static final Set<String> COUNTED_TAILS = Set.of("国", "方");
    /** A count of the parties before it (四方, 三方): what comes before it lists them. */
    private static final Pattern COUNTED_PARTIES = Pattern.compile("[两三四五六七八九十]方");
    /**
     * An adverb right before a verb that may stand inside names: that verb is the clause's (充分/AD 利用/VV); not a verb
     * before it, which may set up what the name's verb does (设立/VV 应对/NN 气候变化…委员会).
     */
    private static final Set<String> CLAUSE_VERB_BEFORE = Set.of("AD");
    /** 后 of 2015年后发展议程: a time's localizer inside a name. */
    private static final Set<String> AFTER = Set.of("后", "以后");
    /** Words that make what follows a kind of body (联合国专门机构, 下属机构): the phrase names none. */
    private static final Set<String> KIND_OF_BODY = Set.of("专门", "下属", "附属", "所属");
    /** Heads that say what kind of thing a quoted name is (“双暂停”倡议, “分阶段、同步走”原则, “和平之友”小组), not part of it. */
    private static final Set<String> QUOTED_NAME_HEADS = Set.of("倡议", "原则", "理念", "主张", "小组");
    private static final Set<String> EXERCISE_HEADS = Set.of("联合军演", "军演", "军事演习", "联合演习", "海上联合演习");
    private static final Pattern YEAR = Pattern.compile("[0-9０-９]{4}年");
    /**
     * Words of when, which the tagger makes times (年内/NT 召开/NN 委员会, 今年/NT 3月/NT 朝鲜…组织 正式成立): never the first
     * word of a name, nor is a month or a day; not 五点 of 五点倡议, nor a year that says which (2030年议程).
     */
    private static final Pattern WHEN = Pattern.compile("年内|今年|去年|明年|当年|目前|当前|近期|近日|今后|未来|届时|此前|此后|如今|现在"
            + "|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:月(?:[0-9０-９]{1,2}日?|[一二三四五六七八九十]{1,3}日?)?|日)"
            + "|年[初底中]|月[初底中]|[上中下]旬|[上下]半年");
    /** Incidents named by where they happened (汶川特大地震, 天安舰事件, 印度洋海啸), not by when or by the wider state. */
    private static final Set<String> INCIDENTS = Set.of("地震", "事件", "海啸");
    /** Games, named by their place (平昌冬奥会), a year inside the name only after it (北京2022年冬奥会). */
    private static final Set<String> GAMES = Set.of("奥运会", "冬奥会", "冬残奥会", "残奥会", "亚运会");
    private static final String CENTURY = "世纪";
    /** The longest known name a number may begin (二十国集团): how far a name is looked for. */
    private static final int LONGEST_NAME = 12;

    /** The phrase before the head, if it names one thing; else empty. */
    private Optional<Candidate> phrase(String sentence, List<Word> words, int last, int headBegin, Head head) {
        Word headWord = words.get(last);
        List<Modifier> modifiers = new ArrayList<>();
        int next; // the word before the head (or before the part of the head's word that is the head)
        if (headBegin > headWord.begin()) {
            if (head.type() == EntityType.REGION && headBegin - headWord.begin() == 1) {
                return Optional.empty(); // 开港, 军港: one character before a place's head makes a common word, not a name
            }
            // The part of the head's own word before the head (安全 of 安全观) is a modifier too; before a
            // place's head, a foreign name written in transliteration characters (瓜达尔港, 库尔斯克州) is a proper noun.
            String inWord = sentence.substring(headWord.begin(), headBegin);
            boolean foreignName = head.type() == EntityType.REGION && TransliterationCharacters.allOf(inWord);
            modifiers.add(new Modifier(inWord, foreignName, false, false, last));
            next = last - 1;
        } else {
            next = last;
            while (next >= 0 && words.get(next).begin() >= headBegin) {
                next--;
            }
        }
        int joiners = 0; // a joiner adds no length to the name's parts (二十国集团财长和央行行长会议)
        while (next >= 0 && modifiers.size() - joiners < MAX_MODIFIERS) {
            Word w = words.get(next);
            if (w.end() < sentence.length() && Character.isWhitespace(sentence.charAt(w.end()))) {
                break; // 新华社北京…电 国务院: a space ends a dateline or a heading; no name runs across it
            }
            int listOpener = w.text().equals("、") && joiners > 0 && !modifiers.get(0).properNoun()
                    ? fieldListOpening(words, next, head.type() == EntityType.ORGANIZATION) : -1;
            if (w.text().equals("”")) {
                int open = openingQuote(words, next);
                if (open < 0 || open + 1 >= next) {
                    break;
                }
                modifiers.add(0, new Modifier(sentence.substring(words.get(open + 1).begin(), w.begin()), false, true, false, open));
                next = open - 1;
            } else if (DASHES.contains(w.text()) && !modifiers.isEmpty()) {
                next--; // 中国—东盟: the dash joins two names into one
            } else if (w.pos().equals("M") && next > 0 && NUMBERED.matcher(words.get(next - 1).text() + w.text()).matches()
                    && w.text().equals("号")) {
                // 第2231/OD 号/M: a resolution's number split in two words
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, false, next - 1));
                next -= 2;
            } else if (w.text().equals("年") && next > 0 && YEAR.matcher(words.get(next - 1).text() + w.text()).matches()) {
                // 2027/CD 年/M: a year split in two words
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, true, next - 1));
                next -= 2;
            } else if (w.text().equals("年") && next > 0 && words.get(next - 1).text().equals("千")) {
                // 千/CD 年/M: the millennium a meeting or programme is named for (联合国千年首脑会议), one word of the name
                modifiers.add(0, new Modifier("千年", false, false, false, next - 1));
                next -= 2;
            } else if (w.pos().equals("NR") && w.text().length() == 1 && next > 0 && words.get(next - 1).text().length() == 1
                    && gazetteer.isCompoundOfAbbreviations(words.get(next - 1).text() + w.text())) {
                // 中/NR 印/NR 边境事务磋商和协调工作机制: the segmenter split a compound of abbreviations in two names
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), true, false, false, next - 1));
                next -= 2;
            } else if (!modifiers.isEmpty() && w.text().length() == 1 && modifiers.get(0).properNoun()
                    && CompoundRule.isReadApart(w.text() + modifiers.get(0).text())) {
                // 两/CD 伊/NR 冲突: a compound read apart (两伊, Iran and Iraq) the segmenter split, its count word a party
                Modifier first = modifiers.remove(0);
                modifiers.add(0, new Modifier(w.text() + first.text(), true, false, false, next));
                next--;
            } else if (!modifiers.isEmpty() && w.text().length() == 1 && !NOMINAL.contains(w.pos()) && modifiers.get(0).properNoun()
                    && (gazetteer.isCompoundOfAbbreviations(w.text() + modifiers.get(0).text())
                            || w.text().equals("中") && modifiers.get(0).text().length() == 1)) {
                // 中/LC 塞/NR 命运共同体: the segmenter split a compound of abbreviations (中塞); 中/LC 阿/NR 政府间…:
                // 中 and one character the tagger reads as a name are China and a state whose abbreviation is shared
                Modifier first = modifiers.remove(0);
                modifiers.add(0, new Modifier(w.text() + first.text(), true, false, false, next));
                next--;
            } else if (w.text().equals("间") && w.pos().equals("LC") && next > 0) {
                // 政府/NN 间/LC of 中吉乌铁路政府间协定: "between governments", one word of the name
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, false, next - 1));
                next -= 2;
            } else if (!modifiers.isEmpty() && w.pos().startsWith("V") && w.text().length() == 2
                    && gazetteer.isCompoundOfAbbreviations(w.text()) && gazetteer.byName(w.text()).isEmpty()) {
                // 中意/VV 政府/NN 委员会: a compound of two parties the tagger reads as a verb ("to like")
                modifiers.add(0, new Modifier(w.text(), true, false, false, next));
                next--;
            } else if (COUNTED_TAILS.contains(w.text()) && next >= 2 && COUNT_OF_PARTIES.matcher(words.get(next - 1).text()).matches()
                    && gazetteer.isCompoundOfAbbreviations(words.get(next - 2).text())) {
                // 中/NR 缅孟/NR 三/CD 方/NN 非正式会晤机制: the parties, then how many they are, name the mechanism
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, false, next - 1));
                next -= 2;
            } else if (VERBS_IN_NAMES.contains(w.text())
                    && (head.type() != EntityType.EVENT || knownNameThrough(sentence, words, next, modifiers) < 0)) {
                // (a known programme the meeting is on, 千年发展目标 of 联合国千年发展目标高级别会议, is read whole below)
                boolean special = next > 0 && words.get(next - 1).text().equals("特别"); // 特别/AD 代表/VV: one office
                int first = special ? next - 1 : next;
                modifiers.add(0, new Modifier(sentence.substring(words.get(first).begin(), w.end()), false, false, false, first));
                next = first - 1;
            } else if (w.pos().equals("M") && next > 0 && COUNT.matcher(words.get(next - 1).text() + w.text()).matches()) {
                // 中日四个政治文件, 中美三个联合公报: a count inside the name, evidence only beside a party
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, false, next - 1));
                next -= 2;
            } else if (AFTER.contains(w.text()) && next > 0 && (YEAR.matcher(words.get(next - 1).text()).matches()
                    || head.type() == EntityType.EVENT && !modifiers.isEmpty() && NOUNS.contains(words.get(next - 1).pos()))) {
                // 2015年后发展议程: the year and 后 together say which agenda; 海啸灾后问题领导人特别会议: after what a meeting is on
                modifiers.add(0, new Modifier(words.get(next - 1).text() + w.text(), false, false, false, next - 1));
                next -= 2;
            } else if ((w.pos().equals("CD") || w.pos().equals("OD")) && !modifiers.isEmpty()
                    && beginsKnownName(sentence, w, words.get(modifiers.get(0).firstWord()))) {
                modifiers.add(0, new Modifier(w.text(), true, false, false, next)); // 二十 of 二十国集团领导人峰会
                next--;
            } else if ((w.pos().equals("CD") || w.pos().equals("OD")) && !modifiers.isEmpty()
                    && modifiers.get(0).text().startsWith(CENTURY)) {
                // 二十一/CD 世纪/NN of 中日友好二十一世纪委员会: the century a body is named for, one word of its name
                Modifier century = modifiers.remove(0);
                modifiers.add(0, new Modifier(w.text() + century.text(), false, false, false, next));
                next--;
            } else if ((w.pos().equals("CD") || w.pos().equals("OD")) && !NUMBERED.matcher(w.text()).matches()) {
                break; // 一 of 一项合作倡议 counts, it does not name
            } else if (KIND_OF_BODY.contains(w.text())) {
                return Optional.empty();
            } else if (joinsTwoStatesOfADocument(sentence, words, next, modifiers, head)) {
                // 中华人民共和国和阿拉伯埃及共和国联合公报: a document the two states that issue it name, one name; the first
                // state's name, however the segmenter split it, is one modifier, and the name opens with it
                int stateBegin = gazetteer.nameEndingAt(sentence, words.get(next - 1).end(), LONGEST_STATE_NAME, STATES);
                int firstStateWord = wordBeginningAt(words, next - 1, stateBegin);
                if (firstStateWord < 0) {
                    break;
                }
                modifiers.add(0, new Modifier(w.text(), false, false, false, next));
                String firstState = sentence.substring(stateBegin, words.get(next - 1).end());
                modifiers.add(0, new Modifier(firstState, true, false, false, firstStateWord));
                joiners += 2;
                break;
            } else if (joinsInsideTheName(head, w.text()) && !modifiers.isEmpty()
                    && !joinsTwoNames(words, next, modifiers, head)
                    && (!head.word().equals(COMMITTEE) || joinsWhatACommitteeDoes(words, next, modifiers, head))
                    && next > 0 && !endsInAHeadOf(words.get(next - 1).text(), head) // 中美战略经济对话和中美战略对话, 东盟博览会和…峰会: two
                    && (namesAParty(words.get(next - 1).text()) || VERBS_IN_NAMES.contains(words.get(next - 1).text())
                    || NOUNS.contains(words.get(next - 1).pos()) && !modifiers.get(0).time())) {
                // 中国共产党与世界政党领导人峰会, 东盟与中日韩领导人会议: a party joined to who meets names one meeting;
                // 中印边境事务磋商和协调工作机制: what states' mechanism does, two things joined (a state must open it);
                // 中国—拉美和加勒比国家领导人会晤, but not 在巴西利亚同拉美…领导人会晤, where 同 says whom one meets
                modifiers.add(0, new Modifier(w.text(), false, false, false, next));
                joiners++;
                next--;
            } else if (w.text().equals("最") && !modifiers.isEmpty() && modifiers.get(0).firstWord() == next + 1
                    && words.get(next + 1).pos().equals("JJ")) {
                // 最/AD 高/JJ 委员会: "supreme", one word of the name (柬埔寨全国最高委员会), though the tagger reads 最 as an adverb
                Modifier first = modifiers.remove(0);
                modifiers.add(0, new Modifier(w.text() + first.text(), first.properNoun(), first.quoted(), first.time(), next));
                next--;
            } else if (listOpener >= 0) {
                // 中俄友好、和平与发展委员会, 中巴经济、贸易和科技合作联合委员会: fields listed with 、 and closed with 和 or 与
                // inside the name of a body the parties named first hold
                modifiers.add(0, new Modifier(sentence.substring(words.get(listOpener).begin(), w.end()), true, false, false, listOpener));
                break; // the parties open the name
            } else if (w.pos().equals("NR") && next > 0 && titles.contains(words.get(next - 1).text())) {
                break; // 总书记/NN 杜梅/NR 和部长会议: a person named after the title, who opens no name
            } else if (breaks.contains(w.text()) || endsInGluedJoiner(sentence, w)) {
                break; // 全国人大同乌兹别克斯坦最高会议: two bodies, not one name (phrase-breaks.txt)
            } else if (NOMINAL.contains(w.pos())) {
                modifiers.add(0, new Modifier(w.text(), w.pos().equals("NR"), false, w.pos().equals("NT"), next));
                next--;
            } else {
                int known = head.type() == EntityType.EVENT ? knownNameThrough(sentence, words, next, modifiers) : -1;
                if (known < 0) {
                    break;
                }
                // 联合国千年发展目标高级别会议: a known programme the meeting is on, whose words the tagger reads as a clause
                Modifier first = modifiers.remove(0);
                String text = sentence.substring(words.get(known).begin(), words.get(first.firstWord()).begin() + first.text().length());
                modifiers.add(0, new Modifier(text, true, false, false, known));
                next = known - 1;
            }
        }
        if (modifiers.size() > 1 && modifiers.get(0).text().equals("新") && modifiers.get(1).text().equals("时代")) {
            // 新/JJ 时代/NN: 新时代 of 新时代中塞命运共同体 is one word of the name, though 新 alone is generic
            modifiers.set(0, new Modifier("新时代", false, false, false, modifiers.get(0).firstWord()));
            modifiers.remove(1);
        }
        for (int m = modifiers.size() - 1; m > 0; m--) {
            if (COUNTED_PARTIES.matcher(modifiers.get(m).text()).matches()
                    && !gazetteer.isCompoundOfAbbreviations(modifiers.get(m - 1).text())) {
                modifiers.subList(0, m).clear(); // 阿富汗、巴基斯坦、中国、美国四方协调组: the parties are listed, not named in it
                break;
            }
        }
        if (modifiers.size() > 1 && VERBS_IN_NAMES.contains(modifiers.get(0).text()) && (modifiers.get(1).properNoun()
                || modifiers.get(0).firstWord() > 0 && CLAUSE_VERB_BEFORE.contains(words.get(modifiers.get(0).firstWord() - 1).pos()))) {
            // 利用中国—东盟海上合作基金, 充分/AD 利用/VV 新亚欧大陆桥: a verb of the clause before a name, not a word of it
            modifiers.remove(0);
        }
        while (!modifiers.isEmpty() && !modifiers.get(0).quoted() && !opensKnownName(modifiers)
                && (generic.contains(modifiers.get(0).text()) || COUNTED_TAILS.contains(modifiers.get(0).text())
                    || modifiers.size() > 1 && modifiers.get(0).time() && WHEN.matcher(modifiers.get(0).text()).matches()
                    || datesTheName(modifiers))) {
            modifiers.remove(0); // 有关 in 有关国际组织, 年内 and 今年 before a name: outside it (a year that says which stays)
        }
        int firstWord = modifiers.isEmpty() ? 0 : modifiers.get(0).firstWord();
        if (firstWord > 0 && modifiers.get(0).text().equals("大") && words.get(firstWord - 1).pos().equals("CD")) {
            return Optional.empty(); // 三大全球倡议: "the three major global initiatives", a class counted, not a name
        }
        if (head.word().equals(LEADERS_MEETING) && firstWord > 0 && JOINERS.contains(words.get(firstWord - 1).text())) {
            return Optional.empty(); // 同拉美国家领导人会晤: whom one meets, 会晤 the verb
        }
        boolean afterClause = firstWord == 0 || CLAUSE_BEFORE.contains(words.get(firstWord - 1).pos());
        if (modifiers.isEmpty() || !hasEvidence(head, modifiers, afterClause)) {
            return Optional.empty();
        }
        if (head.word().equals("会议") && BODY_HEAD.matcher(modifiers.get(modifiers.size() - 1).text()).find()
                && modifiers.stream().noneMatch(m -> NUMBERED.matcher(m.text()).matches())) {
            return Optional.empty(); // 召开中沙高级别联合委员会会议: the committee is read by its own head
        }
        if (head.type() == EntityType.EVENT || head.type() == EntityType.REGION) {
            dropBeforeFirstParty(modifiers, head);
            if (INCIDENTS.contains(head.word()) && gazetteer.byName(modifiers.get(0).text())
                    .filter(e -> e.type() == EntityType.ORGANIZATION).isPresent()) {
                return Optional.empty(); // 东盟地震: a body, not the place an incident is named by
            }
        } else if (head.evidence() == Evidence.STATES) {
            modifiers.subList(0, firstState(modifiers)).clear(); // 积极评价中菲…机制: the verb before is the clause
        }
        int begin = withAbbreviationBefore(sentence, Math.min(words.get(modifiers.get(0).firstWord()).begin(), headBegin));
        if (head.type() == EntityType.REGION) {
            begin = afterTheStateItLiesIn(sentence, begin, headBegin);
        }
        int end = headWord.end();
        boolean exercise = EXERCISE_HEADS.contains(head.word()) && modifiers.get(0).quoted();
        if (exercise || modifiers.size() == 1 && modifiers.get(0).quoted() && QUOTED_NAME_HEADS.contains(head.word())) {
            // “双暂停”倡议: the quoted term is the proposal's name, as “一带一路” is of the initiative; an
            // exercise's is its code name, whoever holds it (“海上联合—2016”中俄海上联合演习)
            begin = words.get(modifiers.get(0).firstWord() + 1).begin();
            end = begin + modifiers.get(0).text().length();
        }
        String surface = sentence.substring(begin, end);
        String name = NewNames.normalized(surface);
        if (gazetteer.byName(surface).isPresent() || gazetteer.byName(name).isPresent()) {
            return Optional.empty(); // the name matcher reads known names
        }
        if (placedKnownName(modifiers, head) || stateBeforeKnownName(modifiers, head)) {
            return Optional.empty();
        }
        Mention mention = new Mention(begin, end, surface, knownOrNew(head.type(), name), CONFIDENCE, Annotator.RULE);
        return Optional.of(new Candidate(begin, end, Candidate.RULE, List.of(mention)));
    }

    /**
     * A line that is nothing but a name ending in an agreement's head (a joint statement's title:
     * 中华人民共和国和…关于深化全面战略伙伴关系的联合声明) is the agreement's name, whole; the parties
     * named inside it are read beside it.
     */
    private Optional<Candidate> titleLine(String sentence) {
        String line = sentence.strip();
        if (line.length() < TITLE_MIN || TITLE_BREAKS.matcher(line).find()) {
            return Optional.empty();
        }
        for (Head head : heads) {
            if (head.type() == EntityType.AGREEMENT && line.endsWith(head.word()) && line.length() > head.word().length() + 4) {
                int begin = sentence.indexOf(line);
                String name = NewNames.normalized(line);
                if (gazetteer.byName(line).isPresent() || gazetteer.byName(name).isPresent()) {
                    return Optional.empty();
                }
                Mention mention = new Mention(begin, begin + line.length(), line, knownOrNew(EntityType.AGREEMENT, name),
                        CONFIDENCE, Annotator.RULE);
                return Optional.of(new Candidate(begin, begin + line.length(), Candidate.RULE, List.of(mention), true));
            }
        }
        return Optional.empty();
    }

    /**
     * A title in title marks that ends in an agreement's head names a document, whatever the words before the head
     * (《乌拉圭回合多边贸易谈判结果最后文件》, 《中国政府关于向哈萨克斯坦提供安全保证的声明》): the marks say where the
     * name begins, which the phrase reading cannot tell for a head such as 文件. Not a paper named by its city (《马尼拉公报》).
     */
    private Optional<Candidate> titledDocument(String sentence, int begin, int end) {
        String title = sentence.substring(begin, end);
        if (gazetteer.byName(title).isPresent()) {
            return Optional.empty(); // the name matcher reads known names
        }
        Optional<Head> head = heads.stream().filter(h -> h.type() == EntityType.AGREEMENT && title.endsWith(h.word())).findFirst();
        if (head.isEmpty() || gazetteer.byName(title.substring(0, title.length() - head.get().word().length()))
                .filter(e -> e.type() == EntityType.REGION || e.type() == EntityType.COUNTRY).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(agreementNamed(sentence, begin, end));
    }

    private Candidate agreementNamed(String sentence, int begin, int end) {
        String surface = sentence.substring(begin, end);
        Entity known = gazetteer.byName(surface).orElse(null);
        Entity agreement = known != null ? known : knownOrNew(EntityType.AGREEMENT, NewNames.normalized(surface));
        // nests: 《南海各方行为宣言》 inside 关于全面有效落实《…》的联合声明 is named too
        return new Candidate(begin, end, Candidate.RULE, List.of(new Mention(begin, end, surface, agreement, CONFIDENCE, Annotator.RULE)),
                true);
    }

    /**
     * A name the gazetteer lacks as written: the known agreement whose full title it ends, from its 关于 on (关于香港问题的
     * 联合声明: the Sino-British Joint Declaration), else a new entity.
     */
    private Entity knownOrNew(EntityType type, String name) {
        return (type == EntityType.AGREEMENT ? gazetteer.agreementTitled(name) : Optional.<Entity>empty())
                .orElseGet(() -> NewNames.named(type, name));
    }

    private static int openingQuote(List<Word> words, int closing) {
        for (int i = closing - 1; i >= 0 && closing - i <= 8; i--) {
            if (words.get(i).text().equals("“")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param afterClause whether a verb, preposition or mark comes before the phrase, so that it is not
     *                    the tail of a longer name the phrase reading did not take in
     */
    private boolean hasEvidence(Head head, List<Modifier> modifiers, boolean afterClause) {
        if (modifiers.stream().anyMatch(m -> m.quoted() && gazetteer.byName(m.text()).isPresent())) {
            return false; // “一带一路”合作文件: a document of a known initiative, not a new name
        }
        String joined = String.join("", modifiers.stream().map(Modifier::text).toList());
        if (gazetteer.byName(joined).filter(e -> e.type() != EntityType.COUNTRY && e.type() != EntityType.REGION
                && e.type() != EntityType.ORGANIZATION).isPresent()) {
            return false; // 中日四个政治文件原则: the principles of a known agreement, not a new name
        }
        if (head.type() == EntityType.EVENT && modifiers.stream().anyMatch(m -> namesAPerson(m.text()))) {
            return false; // 周恩来总理同柯西金部长会议主席…会晤: who meets, named before the head of an office's title
        }
        boolean parties = modifiers.stream().anyMatch(m -> m.properNoun() || namesAParty(m.text()));
        boolean counted = modifiers.stream().anyMatch(m -> COUNT.matcher(m.text()).matches());
        if (parties && head.type() == EntityType.AGREEMENT && counted) {
            return true;
        }
        if (counted && (head.type() == EntityType.EVENT || head.type() == EntityType.ORGANIZATION)) {
            return false; // 执法及网络安全四个高级别对话, 战略对话两个机制: meetings or bodies counted, a class, not one named
        }
        if (counted && head.evidence() == Evidence.NUMBERED && !COUNT.matcher(specific(modifiers).get(0).text()).matches()) {
            // 中非经济技术合作四项原则, 万隆会议十项原则: a counted set of principles named by what they are for, before the
            // count; not 改革的三项基本原则, whose count opens the phrase
            return true;
        }
        if (head.evidence() != Evidence.NUMBERED && modifiers.stream().allMatch(Modifier::time)) {
            return false; // 1997年公约: a date says when, not which
        }
        boolean quoted = modifiers.stream().anyMatch(Modifier::quoted);
        if (quoted && head.type() == EntityType.ORGANIZATION && !QUOTED_NAME_HEADS.contains(head.word())) {
            return false; // “港独”组织: quotation marks around a category of bodies, not a name; but “和平之友”小组
        }
        if (head.type() == EntityType.EVENT && head.evidence() == Evidence.STATES) {
            return namedByStates(modifiers); // “准则”案文磋商: talks on a text, not named by their states
        }
        if (quoted || modifiers.stream().anyMatch(m -> NUMBERED.matcher(m.text()).matches())) {
            return true;
        }
        List<Modifier> specific = specific(modifiers);
        if (head.type() == EntityType.EVENT && afterClause && specific.size() >= 2 && specific.stream().anyMatch(m -> LEVELS.contains(m.text()))
                && modifiers.stream().noneMatch(m -> CONJUNCTIONS.contains(m.text()))
                && heads.stream().noneMatch(h -> h.word().equals(modifiers.get(0).text()))) {
            // 主持全球发展高层对话会, 出席领导人圆桌峰会: who meets, and one word more, name a meeting;
            // not 论坛部长级会议, where a bare head (论坛) stands for a body named before
            return true;
        }
        if (head.type() == EntityType.EVENT && head.evidence() == Evidence.PARTY && WORLD_SCOPE.contains(modifiers.get(0).text())
                && specific.stream().anyMatch(m -> !WORLD_SCOPE.contains(m.text()))) {
            // 世界人权大会, 国际人口与发展会议: a conference of the world on a named topic; not 国际会议 alone
            return true;
        }
        return switch (head.evidence()) {
            // 新安全观: a head that is a whole concept needs only some modifier.
            case MODIFIER -> !specific.isEmpty() || head.word().length() >= 3;
            // 中俄联合声明, 中非合作论坛: a party and one more word, or two parties (中缅经济走廊); not 美方声明 (whose statement?).
            case PARTY -> (modifiers.size() >= 2 || gazetteer.isCompoundOfAbbreviations(modifiers.get(0).text())) && parties && specific.stream().anyMatch(m -> m.properNoun() || namesAParty(m.text()))
                    || namedByOneCoinedNoun(head, modifiers);
            // 中菲外交磋商机制: a state's name or states' abbreviations and one more word; not 金砖合作机制, a body's own.
            case STATES -> namedByStates(modifiers);
            // 美国国务院: a state's body needs only the state's name.
            case STATE -> parties;
            // 波兰部长会议: one state's government by its name alone; not 中日韩环境部长会议, a meeting of ministers
            case ONE_STATE -> modifiers.size() == 1 && gazetteer.byName(modifiers.get(0).text())
                    .filter(e -> e.type() == EntityType.COUNTRY).isPresent();
            case NUMBERED -> false;
            // 亚马尔液化天然气项目: a name coined for the work opens the phrase; not 中非重大合作项目 (whose project?)
            case COINED -> coinedName(modifiers.get(0)) && !endsInAHead(modifiers);
        };
    }

    /** The modifiers that are not generic words (generic-modifiers.txt). */
    private List<Modifier> specific(List<Modifier> modifiers) {
        return modifiers.stream().filter(m -> !generic.contains(m.text())).toList();
    }

    /** Words that open the name of a conference of all the world's states, standing where a party would. */
    private static final Set<String> WORLD_SCOPE = Set.of("世界", "国际", "全球");

    /** What a meeting may be named after in full: a programme, a document or a body the gazetteer knows. */
    private static final Set<EntityType> MEETING_SUBJECTS = EnumSet.of(EntityType.INITIATIVE, EntityType.AGREEMENT, EntityType.ORGANIZATION);

    /**
     * The first word of a known name that runs through the word at {@code at} (which the walk stops at) and ends with the
     * phrase's first modifier (联合国/NR 千/CD 年/M 发展/VV 目标/NN of 联合国千年发展目标高级别会议), or -1.
     */
    private int knownNameThrough(String sentence, List<Word> words, int at, List<Modifier> modifiers) {
        if (modifiers.isEmpty() || modifiers.get(0).quoted()) {
            return -1;
        }
        Modifier first = modifiers.get(0);
        int end = words.get(first.firstWord()).begin() + first.text().length();
        int begin = gazetteer.nameEndingAt(sentence, end, LONGEST_KNOWN_NAME, MEETING_SUBJECTS);
        if (begin < 0 || begin > words.get(at).begin()) {
            return -1;
        }
        for (int i = at; i >= 0; i--) {
            if (words.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a word ends as a name of this head's type does (博览会 before 和…峰会): what the joiner follows is a name of its own. */
    private boolean endsInAHeadOf(String word, Head head) {
        return word.endsWith(head.word()) || head.type() == EntityType.EVENT
                && heads.stream().anyMatch(h -> h.type() == EntityType.EVENT && h.word().length() >= 2 && word.endsWith(h.word()));
    }

    /** The index of the word at or before {@code at} that begins at {@code begin}, or -1. */
    private static int wordBeginningAt(List<Word> words, int at, int begin) {
        for (int i = at; i >= 0 && words.get(i).begin() >= begin; i--) {
            if (words.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    /** The joiners of two states that name a document they issue or sign (中华人民共和国和日本国联合声明). */
    private static final Set<String> STATES_JOINED = Set.of("和", "与");
    private static final Set<EntityType> STATES = EnumSet.of(EntityType.COUNTRY);
    /** How long a state's formal name may be (阿拉伯埃及共和国, 大不列颠及北爱尔兰联合王国). */
    private static final int LONGEST_STATE_NAME = 14;

    /**
     * Whether the word at {@code at} joins two states' names, the first right before it and the second among the modifiers,
     * before an agreement's head (中华人民共和国和阿拉伯埃及共和国联合公报, 中华人民共和国和日本国联合声明).
     */
    private boolean joinsTwoStatesOfADocument(String sentence, List<Word> words, int at, List<Modifier> modifiers, Head head) {
        if (head.type() != EntityType.AGREEMENT || !STATES_JOINED.contains(words.get(at).text()) || at == 0 || modifiers.isEmpty()) {
            return false;
        }
        // the segmenter may split a formal name (中华/NR 人民/NN 共和国/NN): a state's name ends right before the joiner
        return gazetteer.nameEndingAt(sentence, words.get(at - 1).end(), LONGEST_STATE_NAME, STATES) >= 0
                // a state's name, formal or short, opens one of the modifiers (埃及共和国 of 阿拉伯/NR 埃及/NR 共和国/NN)
                && modifiers.stream().anyMatch(m -> CountryNames.lengthAt(gazetteer, sentence, words.get(m.firstWord()).begin(), 2,
                        LONGEST_STATE_NAME) > 0);
    }

    /**
     * Whether a joiner may stand inside a name with this head: who meets, joined (东盟与中日韩领导人会议; for a leaders'
     * meeting only 和, 同 saying whom one meets), or what a states' mechanism does (…磋商和协调工作机制).
     */
    private static boolean joinsInsideTheName(Head head, String word) {
        if (!JOINERS.contains(word)) {
            return false;
        }
        if (head.word().equals(LEADERS_MEETING)) {
            return word.equals("和");
        }
        return JOINED_MEETINGS.contains(head.word()) || head.evidence() == Evidence.STATES || head.word().equals(COMMITTEE);
    }

    /**
     * Whether the joiner at {@code at} joins two things a committee does (协调/NN 与/CC 合作/NN 委员会, 利用和保护…委员会), not two
     * bodies or a person and a body (金融稳定论坛和巴塞尔银行监管委员会, 万哈宁和欧盟委员会, 埃及政府和红十字国际委员会).
     */
    private boolean joinsWhatACommitteeDoes(List<Word> words, int at, List<Modifier> modifiers, Head head) {
        if (at == 0) {
            return false;
        }
        Word before = words.get(at - 1);
        boolean doing = before.pos().equals("NN") || VERBS_IN_NAMES.contains(before.text());
        boolean knownAfter = gazetteer.byName(nameFrom(modifiers, 0, head)).isPresent();
        return doing && !endsInAHead(before.text()) && !knownAfter && !modifiers.get(0).properNoun();
    }

    /**
     * A word the segmenter glued a joiner to, after a known name (全国人民代表大会同/NR 乌兹别克斯坦…): the joiner
     * ends the name before it, as the joiner alone would.
     */
    private boolean endsInGluedJoiner(String sentence, Word w) {
        return w.text().length() > 1 && JOINERS.contains(w.text().substring(w.text().length() - 1))
                && gazetteer.nameEndingAt(sentence, w.end() - 1, LONGEST_KNOWN_NAME, ANY_TYPE) >= 0;
    }

    /**
     * One state's name before a known name (中国全国人民代表大会, read by the event head 大会; 中国—海湾阿拉伯国家合作委员会)
     * is the state and that name, no new one: a known name of another kind than the head says, or a known body.
     */
    private boolean stateBeforeKnownName(List<Modifier> modifiers, Head head) {
        if (modifiers.size() < 2 || gazetteer.byName(modifiers.get(0).text()).filter(e -> e.type() == EntityType.COUNTRY).isEmpty()) {
            return false;
        }
        return gazetteer.byName(nameFrom(modifiers, 1, head))
                .filter(e -> e.type() != head.type() || head.type() == EntityType.ORGANIZATION).isPresent();
    }

    /**
     * Whether the first modifier is a year with its month or day after it (1992年/NT 12月/NT 新亚欧大陆桥): a date says
     * when something happened, which no name holds; a year alone may say which (2030年议程, 北京2022年冬奥会).
     */
    private static boolean datesTheName(List<Modifier> modifiers) {
        return modifiers.size() > 2 && YEAR.matcher(modifiers.get(0).text()).matches()
                && modifiers.get(1).time() && WHEN.matcher(modifiers.get(1).text()).matches();
    }

    /** Whether the first modifiers make a known name (国际 of 国际原子能机构理事会), so the first is no generic word there. */
    private boolean opensKnownName(List<Modifier> modifiers) {
        StringBuilder joined = new StringBuilder(modifiers.get(0).text());
        for (int i = 1; i < modifiers.size(); i++) {
            joined.append(modifiers.get(i).text());
            if (gazetteer.byName(joined.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the joiner at {@code at} stands between two names: what follows it with the head is a name the gazetteer
     * knows and the whole with the word before is not (安理会和联合国大会: two bodies; not 东盟与中日韩领导人会议).
     */
    private boolean joinsTwoNames(List<Word> words, int at, List<Modifier> modifiers, Head head) {
        String after = nameFrom(modifiers, 0, head);
        return at > 0 && gazetteer.byName(after).isPresent()
                && gazetteer.byName(words.get(at - 1).text() + words.get(at).text() + after).isEmpty();
    }

    /** The modifiers from {@code first} on and the head, as one name. */
    private static String nameFrom(List<Modifier> modifiers, int first, Head head) {
        return String.join("", modifiers.subList(first, modifiers.size()).stream().map(Modifier::text).toList()) + head.word();
    }

    /**
     * Whether the phrase is a known name of the head's type with only a place or a proper noun before it
     * (庆州亚太经合组织 of 庆州亚太经合组织会议): where it meets, not another body. A state or a body
     * before it (美国国家安全委员会) makes a body of its own.
     */
    private boolean placedKnownName(List<Modifier> modifiers, Head head) {
        for (int i = 1; i < modifiers.size(); i++) {
            if (gazetteer.byName(nameFrom(modifiers, i, head)).filter(e -> e.type() == head.type()).isEmpty()) {
                continue;
            }
            List<Modifier> before = modifiers.subList(0, i);
            if (before.stream().allMatch(Modifier::time)) {
                return true; // 2004年中阿合作论坛: the year says when the known body did something, not another body
            }
            return before.stream().noneMatch(m -> m.quoted() || NUMBERED.matcher(m.text()).matches()
                    || gazetteer.byName(m.text()).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION).isPresent()
                    || gazetteer.isCompoundOfAbbreviations(m.text()));
        }
        return false;
    }

    /** 基塞水电站项目: the words before the head end in a head of their own, which names the work without it. */
    private boolean endsInAHead(List<Modifier> modifiers) {
        return endsInAHead(modifiers.get(modifiers.size() - 1).text());
    }

    /** Whether a word ends in a head, so names a thing of its own (金融稳定论坛). */
    private boolean endsInAHead(String word) {
        return heads.stream().anyMatch(h -> word.endsWith(h.word()));
    }

    /** A proper noun of two or more characters that names no known thing and no party. */
    private boolean coinedName(Modifier modifier) {
        return modifier.properNoun() && modifier.text().length() >= 2 && gazetteer.byName(modifier.text()).isEmpty()
                && !namesAParty(modifier.text());
    }

    /** 亚吉铁路: one proper noun of two or more characters the gazetteer does not know, before a head of {@link #ONE_NAME_HEADS}. */
    private boolean namedByOneCoinedNoun(Head head, List<Modifier> modifiers) {
        if (modifiers.size() != 1 || !ONE_NAME_HEADS.contains(head.word())) {
            return false;
        }
        return coinedName(modifiers.get(0));
    }

    /**
     * An event or place read by its head begins at its first party: what comes before is the clause
     * it stands in (排海方式处置 of 福岛核事故); a place named with its state is the place (汉班托塔港, not
     * 斯里兰卡汉班托塔港).
     */
    private void dropBeforeFirstParty(List<Modifier> modifiers, Head head) {
        int first = 0;
        while (first < modifiers.size() && !isPartyModifier(modifiers.get(first))) {
            first++;
        }
        if (first < modifiers.size()) {
            modifiers.subList(0, first).clear();
        }
        boolean byPlace = GAMES.contains(head.word()) || INCIDENTS.contains(head.word());
        int when = 0;
        while (when < modifiers.size() - 1 && (YEAR.matcher(modifiers.get(when).text()).matches() || modifiers.get(when).time())) {
            when++;
        }
        if (byPlace && when > 0 && isPartyModifier(modifiers.get(when))) {
            modifiers.subList(0, when).clear(); // 2018年平昌冬奥会, 2004年12月26日印度洋地震海啸: the date before the place says when
        }
        while (modifiers.size() > 1 && namesAWiderPlace(modifiers.get(0).text())
                && (head.type() == EntityType.REGION || INCIDENTS.contains(head.word()) && modifiers.get(1).properNoun())) {
            modifiers.remove(0); // 加利福尼亚州安纳伯格庄园, 中国汶川特大地震: the place is named with the state it lies in
        }
    }

    /** A state, or a place the gazetteer knows or a place's head makes (加利福尼亚州), that holds a place named after it. */
    private boolean namesAWiderPlace(String word) {
        return gazetteer.byName(word).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.REGION).isPresent()
                || heads.stream().anyMatch(h -> h.type() == EntityType.REGION && word.length() > h.word().length() && word.endsWith(h.word()));
    }

    /** A day of a date, whose 日 is no abbreviation of Japan (1982年8月17日中美联合公报). */
    private static final Pattern DAY_BEFORE = Pattern.compile("[0-9０-９〇零一二三四五六七八九十]日$");

    /**
     * Where a compound of abbreviations starts when the segmenter glued its first character to the
     * word before (办好中|日韩领导人会议): 中日韩, not 日韩; never before a state's full name (参加乌拉圭回合: 乌拉 is no
     * compound there, 加 no party), nor over the day of a date.
     */
    private int withAbbreviationBefore(String sentence, int begin) {
        if (CountryNames.lengthAt(gazetteer, sentence, begin, LONGEST_NAME) > 0) {
            return begin;
        }
        for (int end = Math.min(sentence.length(), begin + 3); end > begin + 1; end--) {
            if (!gazetteer.isCompoundOfAbbreviations(sentence.substring(begin, end))) {
                continue;
            }
            for (int before = 2; before >= 1; before--) {
                if (begin - before >= 0 && sentence.substring(begin - before, begin).codePoints().allMatch(Character::isIdeographic)
                        && gazetteer.isCompoundOfAbbreviations(sentence.substring(begin - before, end))
                        && !DAY_BEFORE.matcher(sentence.substring(0, begin - before + 1)).find()) {
                    return begin - before;
                }
            }
            return begin;
        }
        return begin;
    }

    /**
     * Where a place's own name begins after the state it lies in, which the segmenter glued to its first characters (阿富汗昆/NR
     * 都士省/NR: 昆都士省): past a country's name that opens the phrase, where two characters or more of the place remain.
     */
    private int afterTheStateItLiesIn(String sentence, int begin, int headBegin) {
        for (int length = Math.min(LONGEST_NAME, headBegin - begin - 2); length >= 2; length--) {
            if (gazetteer.byName(sentence.substring(begin, begin + length)).filter(e -> e.type() == EntityType.COUNTRY).isPresent()) {
                return begin + length;
            }
        }
        return begin;
    }

    /** Whether a state's name or states' abbreviations and one more word come before the head (中菲外交磋商机制). */
    private boolean namedByStates(List<Modifier> modifiers) {
        return firstState(modifiers) < modifiers.size() - 1;
    }

    /** The index of the first modifier naming a state or states (中国, 中菲), or the modifiers' count. */
    private int firstState(List<Modifier> modifiers) {
        for (int i = 0; i < modifiers.size(); i++) {
            String text = modifiers.get(i).text();
            Optional<Entity> known = gazetteer.byName(text);
            // 拉美 and 南海 are made of abbreviations, but name a region, not two states; 马车 is a common noun
            if (gazetteer.isCompoundOfAbbreviations(text) && known.isEmpty() && modifiers.get(i).properNoun()
                    || known.filter(e -> e.type() == EntityType.COUNTRY).isPresent()) {
                return i;
            }
        }
        return modifiers.size();
    }

    private boolean isPartyModifier(Modifier modifier) {
        return modifier.quoted() || modifier.properNoun() || namesAParty(modifier.text())
                || NUMBERED.matcher(modifier.text()).matches();
    }

    /** Whether a known name begins with this number and runs into the phrase's first modifier (二十国集团). */
    private boolean beginsKnownName(String sentence, Word number, Word firstModifier) {
        for (int end = Math.min(sentence.length(), number.begin() + LONGEST_NAME); end > firstModifier.begin(); end--) {
            if (gazetteer.byName(sentence.substring(number.begin(), end)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The tags of a field a body's name lists: 经济/NN, 友好/VA or 友好/JJ. */
    private static final Set<String> FIELD_TAGS = Set.of("NN", "VA", "JJ");
    /** How many nouns a list of fields inside a name may hold before the 、 that ends it. */
    private static final int LONGEST_FIELD_LIST = 3;

    /**
     * The word that opens a list of fields ending at the 、 at {@code comma}, if a party opens it: 中俄 of 中俄/NR 友好/NN 、,
     * 中巴经济 of 中巴经济/NN 、, 联合国 of 联合国/NR 监测/NN 、; or, in a body's name, if a verb or preposition stands right before
     * it: 经济 of 成立/VV 经济/NN 、 (not 举办/VV 招待会、图片展…和研讨会, a list of events); else -1 (两国/NN 经济/NN 、 names no one).
     */
    private int fieldListOpening(List<Word> words, int comma, boolean body) {
        int i = comma - 1;
        for (int fields = 0; i >= 0 && fields < LONGEST_FIELD_LIST; fields++) {
            Word word = words.get(i);
            if (fields > 0 && namesAParty(word.text())) {
                return i;
            }
            if (body && fields > 0 && (word.pos().startsWith("V") || word.pos().equals("P"))) {
                return i + 1; // 成立/VV 经济/NN 、贸易和技术合作联合委员会: the list opens the name the clause's verb governs
            }
            if (fields > 0 && i > 0 && word.text().length() == 1 && words.get(i - 1).text().length() == 1
                    && gazetteer.isCompoundOfAbbreviations(words.get(i - 1).text() + word.text())) {
                return i - 1; // 中/LC 俄/NR 友好/VA 、: the segmenter split the compound of the parties
            }
            if (!FIELD_TAGS.contains(word.pos()) || word.text().length() > 4) {
                return -1; // a field is a common noun or what the body is for (友好/VA): not 布莱尔 of 英国首相布莱尔、欧盟委员会
            }
            if (word.text().length() > 2 && gazetteer.isCompoundOfAbbreviations(word.text().substring(0, 2))) {
                return i; // 中巴经济/NN: the parties glued to the first field
            }
            i--;
            if (i >= 0 && words.get(i).text().equals("、")) {
                i--;
            }
        }
        return -1;
    }

    /** A person the reference lists know (周恩来). */
    private boolean namesAPerson(String word) {
        return gazetteer.byName(word).filter(e -> e.type() == EntityType.PERSON).isPresent();
    }

    /** A country, region or organization by name or abbreviation (中俄, 亚太, 东盟). */
    private boolean namesAParty(String word) {
        if (word == null) {
            return false;
        }
        Optional<Entity> known = gazetteer.byName(word);
        if (known.isPresent()) {
            EntityType type = known.get().type();
            return type == EntityType.COUNTRY || type == EntityType.REGION || type == EntityType.ORGANIZATION;
        }
        return gazetteer.isCompoundOfAbbreviations(word);
    }
}
