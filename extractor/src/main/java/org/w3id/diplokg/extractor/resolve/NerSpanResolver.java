package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Turns CoreNLP's entity spans into candidates. A place the gazetteer does not know becomes a new
 * region when CoreNLP calls it a city or province, or its name ends as place names do (岛, 礁, 海);
 * an unknown organization or person becomes a new entity, unless the span is one of
 * CoreNLP's merges of two names (联合国乌克兰, 中国东盟), carries date or number debris, or (for an
 * organization) does not end as organization names do (组织, 联盟, 论坛, 委员会...).
 */
final class NerSpanResolver {
    static final double KNOWN_CONFIDENCE = 0.8;
    static final double NEW_PERSON_CONFIDENCE = 0.7;
    static final double NEW_ORGANIZATION_CONFIDENCE = 0.5;
    static final double NEW_PLACE_CONFIDENCE = 0.6;
    /** How names of places end that CoreNLP tags LOCATION or GPE (黄岩岛, 仁爱礁, 红海): others are mostly fragments. */
    private static final java.util.regex.Pattern PLACE_ENDING = java.util.regex.Pattern.compile(".*(岛|礁|群岛|海|湾|海峡|洋|河|江|湖|山|市|省|州|县)$");
    /** Words of natural features that end a place's name (群岛 of 马尔维纳斯群岛). */
    private static final Set<String> PLACE_FEATURES = Set.of("群岛", "岛", "半岛", "海峡", "海湾", "湾", "运河", "河", "湖", "山脉", "高原");
    private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "GPE", "LOCATION", "STATE_OR_PROVINCE", "CITY", "NATIONALITY");

    /** How the names of organizations end; CoreNLP's ORGANIZATION spans that end otherwise are mostly phrases. */
    private static final java.util.regex.Pattern ORGANIZATION_ENDING = java.util.regex.Pattern.compile(
            ".*?(组织|联盟|集团|论坛|委员会|理事会|大会|会|部|院|政府|议会|银行|基金|协会|党|署|局|办公室|中心|法院|公司|大学|机制|共同体|联合会|同盟)$");
    /** How the names of events end (杭州亚运会, 澜湄国家外长会): CoreNLP tags them ORGANIZATION. */
    private static final java.util.regex.Pattern EVENT_ENDING = java.util.regex.Pattern.compile(
            ".*(峰会|外长会|部长会|领导人会议|会晤|运动会|亚运会|奥运会|冬奥会|残奥会|博览会|世博会|进博会|年会|大选)$");
    /** Words ending in 局 or 会 that are no bodies (半岛僵局, 百年变局, 机会), and governments named by kind, not by name (中央政府). */
    private static final java.util.regex.Pattern NOT_AN_ORGANIZATION = java.util.regex.Pattern.compile(
            ".*(僵局|格局|大局|变局|全局|布局|开局|时局|结局|局面|机会|社会|宴会|晚会|聚会|约会|集会|盛会|命运共同体|健康共同体)$"
            + "|(中央|地方|当地|各国|有关|该国|本国|外国|各级)政府");
    /**
     * A new person's name: two to eight characters, or a foreign name written in full, its parts joined by
     * middle dots (沙夫卡特·米尔济约耶夫, 罗德里戈·罗阿·杜特尔特), however long.
     */
    private static final java.util.regex.Pattern PERSON_NAME = java.util.regex.Pattern.compile(
            "[\\p{IsHan}·]{2,8}|[\\p{IsHan}]{1,8}(?:·[\\p{IsHan}]{1,8}){1,3}");
    /** Function words CoreNLP folds into a name it tags PERSON (同拜登 is 同 + 拜登). */
    private static final java.util.regex.Pattern LEADING_FUNCTION_WORD = java.util.regex.Pattern.compile("^[同与跟对被把给][\\p{IsHan}·]{2,}$");
    /** Verbs of greeting and meeting CoreNLP glues to the foreign name after them (感谢德斯科托, 祝贺奥巴马). */
    private static final java.util.regex.Pattern LEADING_VERB = java.util.regex.Pattern.compile("感谢|祝贺|欢迎|会见|会晤|致电");
    private static final Set<String> PERSON_OR_PLACE = Set.of("PERSON", "GPE", "LOC");
    /** A word of when counted from now (本月初, 上周, 今年底), which CoreNLP may tag PERSON or glue to a name. */
    private static final String TIME_WORD = "[本上下今去明前这]个?[年月周][初底中末]?";
    /**
     * Words CoreNLP tags PERSON that are not names (云外交: "cloud diplomacy"; 钱凯港, a place by its head; 来华, "to China";
     * 本月初 after a title, 谢瓦尔德纳泽外长本月初访华, and 此次: a time; 谢谢唐外长: thanks, then a family name; 碳达峰 and 碳中和,
     * the carbon goals; 四国, 五方: parties counted).
     */
    private static final java.util.regex.Pattern NOT_A_PERSON = java.util.regex.Pattern.compile(
            ".*(外交|合作|主义|精神|港|省|市)$|[来访赴抵离在驻]华|.*[年月][初底末]|" + TIME_WORD
            + "|[此这本]次|(?:谢谢|感谢).+|碳(?:达峰|中和)|[两三四五六七八九十]+[国方]");

    /** Whether a word opens with a function word the segmenter glued to a name of two or more characters (同叶利钦). */
    static boolean opensWithGluedFunctionWord(String word) {
        return LEADING_FUNCTION_WORD.matcher(word).matches();
    }

    /** Whether a word is one CoreNLP may tag PERSON that names no one (此次, 碳中和). */
    static boolean notAPerson(String word) {
        return NOT_A_PERSON.matcher(word).matches();
    }

    private final Gazetteer gazetteer;
    /** Modifiers that say what kind of body, not which (开发 of 开发银行; generic-modifiers.txt). */
    private final Set<String> generic;

    NerSpanResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.generic = WordList.load("generic-modifiers.txt");
    }

    /** Candidates from the sentence's entity spans, a foreign name CoreNLP cut short read whole (伊辛格尔, not 辛格尔). */
    List<Candidate> resolve(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        for (NerSpan raw : joinedAcrossMiddleDots(sentence, tagging.entities())) {
            NerSpan span = withPlaceFeature(sentence, tagging, withTrailingTransliteration(sentence, tagging,
                    withLeadingTransliteration(sentence, tagging, knownPersonAtEnd(runningToItsTitle(sentence, withoutTitle(withoutHonorific(withoutTrailingWord(withoutTimePreposition(sentence,
                            withoutLeadingVerb(withoutLeadingFunctionWord(withoutLeadingTime(sentence, raw)), tagging)), tagging))))))));
            if (anAdjectiveAlone(span, tagging)) {
                continue; // 新/JJ 南非: "new", not Singapore's abbreviation
            }
            Optional<Entity> known = gazetteer.byName(span.text());
            Entity entity = null;
            double confidence = KNOWN_CONFIDENCE;
            if (known.isPresent()) {
                entity = known.get();
            } else if (span.tag().equals("PERSON") && PERSON_NAME.matcher(span.text()).matches()
                    && !NOT_A_PERSON.matcher(span.text()).matches() && !partiesAndAFunctionWord(span.text())
                    && !quotedAlone(sentence, span)) {
                entity = Entity.named(EntityType.PERSON, NameInitials.withoutInitials(span.text()));
                confidence = NEW_PERSON_CONFIDENCE;
            } else if (span.tag().equals("ORGANIZATION") && plausibleNewEvent(span.text())) {
                entity = NewNames.named(EntityType.EVENT, span.text());
                confidence = NEW_ORGANIZATION_CONFIDENCE;
            } else if (span.tag().equals("ORGANIZATION") && plausibleNewOrganization(span.text())) {
                entity = NewNames.named(EntityType.ORGANIZATION, span.text());
                confidence = NEW_ORGANIZATION_CONFIDENCE;
            } else if (plausibleNewPlace(span)) {
                entity = NewNames.named(EntityType.REGION, span.text());
                confidence = NEW_PLACE_CONFIDENCE;
            } else if (PLACE_TAGS.contains(span.tag())) {
                continue; // other places the gazetteer does not know are mostly fragments: not resolved
            }
            if (entity != null) {
                Mention mention = new Mention(span.begin(), span.end(), span.text(), entity, confidence, Annotator.NER);
                found.add(new Candidate(span.begin(), span.end(), Candidate.NER, List.of(mention)));
            }
        }
        return found;
    }

    /**
     * A foreign name CoreNLP tagged as two persons, one on each side of its middle dot (玛格丽特/NR ·/PU 撒切尔/NR):
     * one person's name, given name and family name.
     */
    private static List<NerSpan> joinedAcrossMiddleDots(String sentence, List<NerSpan> spans) {
        List<NerSpan> joined = new ArrayList<>();
        for (NerSpan span : spans) {
            NerSpan last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.tag().equals("PERSON") && span.tag().equals("PERSON")
                    && span.begin() == last.end() + 1 && sentence.charAt(last.end()) == '·') {
                joined.set(joined.size() - 1, new NerSpan(last.begin(), span.end(), sentence.substring(last.begin(), span.end()), "PERSON"));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** A word alone in quotation marks (“萨德”反导系统) is a term or a code name the text sets off, not a person's name. */
    private static boolean quotedAlone(String sentence, NerSpan span) {
        return span.begin() > 0 && span.end() < sentence.length()
                && sentence.charAt(span.begin() - 1) == '“' && sentence.charAt(span.end()) == '”';
    }

    /**
     * A city or province CoreNLP names that the gazetteer lacks (旧金山, 喀山) becomes a new region; a
     * LOCATION or GPE only when it ends as place names do. Never a country: countries come from the gazetteer.
     */
    private boolean plausibleNewPlace(NerSpan span) {
        String text = span.text();
        if (text.length() < 2 || text.length() > 8 || !text.matches("[\\p{IsHan}·]+")) {
            return false;
        }
        if (gazetteer.isCompoundOfAbbreviations(text)) {
            return false; // 中南 (China and South Africa) read as a place
        }
        return switch (span.tag()) {
            case "CITY", "STATE_OR_PROVINCE" -> true;
            // 半岛, 海峡 alone are no names: a name has something before its ending.
            // 符拉迪沃斯托克: a foreign place's longer name is written in transliteration characters (a short one, such
            // as 达沃斯, stands as often for what is held there).
            case "LOCATION", "GPE" -> text.length() >= 3 && PLACE_ENDING.matcher(text).matches()
                    || text.length() >= 5 && isTransliterated(text);
            default -> false;
        };
    }

    /**
     * A person's or place's name that CoreNLP's words cut (伊/辛格尔, 施泰/因/迈尔): the words right before the
     * span that are made only of transliteration characters belong to it, unless they are a known name of their own.
     */
    private NerSpan withLeadingTransliteration(String sentence, Tagging tagging, NerSpan span) {
        if (!span.tag().equals("PERSON") || !isTransliterated(span.text())) {
            return span;
        }
        int begin = span.begin();
        List<Tagging.Word> words = tagging.words();
        for (int i = words.size() - 1; i >= 0; i--) {
            Tagging.Word word = words.get(i);
            if (word.end() != begin) {
                continue;
            }
            if (!isTransliterated(word.text()) || gazetteer.byName(word.text()).isPresent()) {
                break; // 沙特阿拉伯/NR 法赫德: a state's name before the person, written as transliterations are
            }
            begin = word.begin();
        }
        return begin == span.begin() ? span : new NerSpan(begin, span.end(), sentence.substring(begin, span.end()), span.tag());
    }

    /**
     * A foreign person's name CoreNLP's words cut at its end (阿卜杜拉/NR 希扬/VV): a word of two or more
     * transliteration characters right after the span, that is no name of its own, belongs to it.
     */
    private NerSpan withTrailingTransliteration(String sentence, Tagging tagging, NerSpan span) {
        if (!span.tag().equals("PERSON") || !isTransliterated(span.text())) {
            return span;
        }
        for (Tagging.Word word : tagging.words()) {
            if (word.begin() == span.end()) {
                boolean continues = word.text().length() >= 2 && isTransliterated(word.text()) && gazetteer.byName(word.text()).isEmpty();
                return continues ? new NerSpan(span.begin(), word.end(), sentence.substring(span.begin(), word.end()), span.tag()) : span;
            }
        }
        return span;
    }

    /**
     * A place CoreNLP tagged without the word of the feature it names (马尔维纳斯/GPE 群岛/NN): the islands, the
     * strait or the lake is the place. Only for places the gazetteer lacks (a known state stays the state).
     */
    private NerSpan withPlaceFeature(String sentence, Tagging tagging, NerSpan span) {
        if (!PLACE_TAGS.contains(span.tag()) || gazetteer.byName(span.text()).isPresent()) {
            return span;
        }
        for (Tagging.Word word : tagging.words()) {
            if (word.begin() == span.end()) {
                return PLACE_FEATURES.contains(word.text())
                        ? new NerSpan(span.begin(), word.end(), sentence.substring(span.begin(), word.end()), span.tag()) : span;
            }
        }
        return span;
    }

    private boolean isTransliterated(String text) {
        return TransliterationCharacters.allOf(text);
    }

    /** Function words CoreNLP folds into a "name" after two states' abbreviations (中南同为…成员, 中美将…). */
    private static final java.util.regex.Pattern FUNCTION_AFTER_PARTIES = java.util.regex.Pattern.compile("[同将也都均已在对和与]");

    /** 中南同 of 中南同为金砖国家成员: two states' abbreviations and a function word, no person. */
    private boolean partiesAndAFunctionWord(String text) {
        return text.length() == 3 && gazetteer.isCompoundOfAbbreviations(text.substring(0, 2))
                && FUNCTION_AFTER_PARTIES.matcher(text.substring(2)).matches();
    }

    /** What a time opens with: a digit, a numeral or a deictic word (于10月16日, 于今年, 于下月). */
    private static final java.util.regex.Pattern TIME_OPENING = java.util.regex.Pattern.compile("^[0-9０-９一二三四五六七八九十今明昨本上下去前]");

    /** Whether {@code index} holds 于 opening a time (佩里于10月16日, 于今年3月): a preposition, no name's character. */
    static boolean timePrepositionAt(String sentence, int index) {
        return index >= 0 && sentence.charAt(index) == '于' && TIME_OPENING.matcher(sentence.substring(index + 1)).find();
    }

    /**
     * 于 CoreNLP glued to the end of a name it tagged PERSON before a time (佩里于10月16日至19日访问了中国): the preposition
     * of the time, not the name's last character.
     */
    private static NerSpan withoutTimePreposition(String sentence, NerSpan span) {
        if (!span.tag().equals("PERSON") || span.text().length() < 3 || !timePrepositionAt(sentence, span.end() - 1)) {
            return span;
        }
        return new NerSpan(span.begin(), span.end() - 1, span.text().substring(0, span.text().length() - 1), span.tag());
    }

    /** Verbs a subject's name is followed by, which the segmenter may glue to a foreign name's last part. */
    private static final java.util.regex.Pattern VERB_AFTER_NAME = java.util.regex.Pattern.compile(
            "(?:访问|访华|会见|会晤|会谈|表示|指出|强调|出席|宣布|认为)$");

    /**
     * A word CoreNLP glued to the end of a foreign name it tagged PERSON (特雷莎·梅将出席, 澳大利亚候任总理): the span
     * without its last character, where that character is no transliteration character and the rest are all, or
     * where the rest is a known name and the span is not (澳大利亚候任总理, 达尔通电话).
     */
    private NerSpan withoutTrailingWord(NerSpan span, Tagging tagging) {
        String text = span.text();
        if (!span.tag().equals("PERSON") || text.length() < 3 || NOT_A_PERSON.matcher(text).matches()) {
            return span; // 汉班托塔港: a place's head, read below as no person
        }
        String rest = text.substring(0, text.length() - 1);
        if (gazetteer.byName(text).isEmpty() && gazetteer.byName(rest).isPresent()) {
            return new NerSpan(span.begin(), span.end() - 1, rest, span.tag()); // 澳大利亚候(任), 达尔通(电话): a known name and the next word's first character
        }
        Matcher verb = VERB_AFTER_NAME.matcher(text);
        if (verb.find() && text.indexOf('·') > 0 && verb.start() > text.lastIndexOf('·') + 1) {
            // 杰弗里·豪访问/NR 北京: the verb of the clause, which the segmenter made one word with a foreign name's last part
            return new NerSpan(span.begin(), span.begin() + verb.start(), text.substring(0, verb.start()), span.tag());
        }
        if (text.length() < 4) {
            return span;
        }
        // not where the segmenter reads the span as one word (拉吉夫·甘地/NR: 地 ends the name, it is no particle)
        boolean oneWord = tagging.words().stream().anyMatch(w -> w.begin() <= span.begin() && w.end() == span.end());
        boolean glued = !oneWord && !TransliterationCharacters.contains(text.codePointAt(text.length() - 1))
                && TransliterationCharacters.allOf(rest.replace("·", ""));
        return glued ? new NerSpan(span.begin(), span.end() - 1, rest, span.tag()) : span;
    }

    /** A time the segmenter glues to the name after it (本月/NT 初日夫科夫/NR: the PERSON span 本月初日夫科夫 or 初日夫科夫). */
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(TIME_WORD);
    private static final int LONGEST_TIME = 4;

    private static NerSpan withoutLeadingTime(String sentence, NerSpan span) {
        if (!span.tag().equals("PERSON")) {
            return span;
        }
        Matcher time = TIME.matcher(sentence).region(Math.max(0, span.begin() - LONGEST_TIME), span.end());
        while (time.find()) {
            if (time.start() <= span.begin() && time.end() > span.begin() && span.end() - time.end() >= 2) {
                return new NerSpan(time.end(), span.end(), sentence.substring(time.end(), span.end()), span.tag());
            }
        }
        return span;
    }

    /** A place CoreNLP tagged with the verb before it (中国主张/VV 半岛/NN…: 主张半岛): the place begins after the verb. */
    private static NerSpan withoutLeadingVerb(NerSpan span, Tagging tagging) {
        if (!PLACE_TAGS.contains(span.tag())) {
            return span;
        }
        for (Tagging.Word word : tagging.words()) {
            if (word.begin() == span.begin() && word.pos().equals("VV") && word.end() < span.end()) {
                int cut = word.end() - span.begin();
                return new NerSpan(word.end(), span.end(), span.text().substring(cut), span.tag());
            }
        }
        return span;
    }

    /** A span of one character the tagger reads as an adjective (新/JJ of 新南非): no abbreviation of a name. */
    private static boolean anAdjectiveAlone(NerSpan span, Tagging tagging) {
        return span.text().length() == 1 && tagging.words().stream()
                .anyMatch(w -> w.begin() == span.begin() && w.end() == span.end() && w.pos().equals("JJ"));
    }

    /**
     * 同拜登 tagged PERSON is 拜登: the span without the function word, where the rest is known or long enough;
     * 应拉马福萨 (at the invitation of) is 拉马福萨 where the rest is a foreign name (应 is also a surname).
     */
    private NerSpan withoutLeadingFunctionWord(NerSpan span) {
        boolean invitation = span.text().startsWith("应") && span.text().length() >= 3
                && (isTransliterated(span.text().substring(1)) || gazetteer.byName(span.text().substring(1)).isPresent());
        if (span.tag().equals("PERSON") && (invitation || LEADING_FUNCTION_WORD.matcher(span.text()).matches())) {
            return new NerSpan(span.begin() + 1, span.end(), span.text().substring(1), span.tag());
        }
        Matcher verb = LEADING_VERB.matcher(span.text());
        if (PERSON_OR_PLACE.contains(span.tag()) && verb.lookingAt() && span.text().length() >= verb.end() + 2) {
            String rest = span.text().substring(verb.end());
            if (isTransliterated(rest) || gazetteer.byName(rest).isPresent()) {
                // 感谢德斯科托/NR: a verb the segmenter glued to the foreign name after it
                return new NerSpan(span.begin() + verb.end(), span.end(), rest, "PERSON");
            }
        }
        return span;
    }

    /** What stands before a title and is no part of a name: the title's own modifiers and function words (…副总理, …和总统). */
    private static final String NO_NAME_CHARACTER = "副前原代新老总首候女男和与同及跟向对在为被把将并或也又就都、";

    /**
     * A four-character name CoreNLP tagged without its last character (海部俊/树/首相, 宫泽喜/一/首相): the name runs to
     * the title after it, where one character stands between them that begins no title and is no function word.
     */
    private NerSpan runningToItsTitle(String sentence, NerSpan span) {
        int next = span.end();
        if (!span.tag().equals("PERSON") || span.text().length() != 3 || next + 1 >= sentence.length()
                || Character.UnicodeScript.of(sentence.charAt(next)) != Character.UnicodeScript.HAN
                || NO_NAME_CHARACTER.indexOf(sentence.charAt(next)) >= 0 || titleAt(sentence, next) || !titleAt(sentence, next + 1)) {
            return span;
        }
        return new NerSpan(span.begin(), next + 1, sentence.substring(span.begin(), next + 1), span.tag());
    }

    private static boolean titleAt(String sentence, int index) {
        return PersonTitles.at(sentence, index) != null;
    }

    /** Honorifics said after a name (Sir, Mr, Mrs, Lord), no part of it. */
    private static final java.util.regex.Pattern HONORIFIC_AFTER = java.util.regex.Pattern.compile("(?:先生|女士|夫人|爵士|勋爵)$");

    /**
     * An honorific the segmenter made one word with a foreign name written in full (杰弗里·豪爵士/NR): the name without
     * it. Only after a full name with its middle dot: a family name alone with 夫人 (撒切尔夫人) is how the ministry
     * names some persons, and the gold sets list it so.
     */
    private static NerSpan withoutHonorific(NerSpan span) {
        String text = span.text();
        Matcher honorific = HONORIFIC_AFTER.matcher(text);
        if (!span.tag().equals("PERSON") || text.indexOf('·') <= 0 || !honorific.find()
                || !TransliterationCharacters.allOf(text.substring(0, honorific.start()).replace("·", ""))) {
            return span;
        }
        return new NerSpan(span.begin(), span.begin() + honorific.start(), text.substring(0, honorific.start()), span.tag());
    }

    /**
     * A title the segmenter glued to a foreign name (埃米尔塔米姆/NR, 塔米姆埃米尔/NR, which CoreNLP reads as places):
     * the name is the person's, in transliteration characters, the title beside it (person-titles.txt).
     */
    private NerSpan withoutTitle(NerSpan span) {
        String text = span.text();
        for (String title : PersonTitles.LONGEST_FIRST) {
            if (text.length() - title.length() < 2) {
                continue;
            }
            if (text.startsWith(title) && isTransliterated(text.substring(title.length()))) {
                return new NerSpan(span.begin() + title.length(), span.end(), text.substring(title.length()), "PERSON");
            }
            if (text.endsWith(title) && isTransliterated(text.substring(0, text.length() - title.length()))) {
                return new NerSpan(span.begin(), span.end() - title.length(), text.substring(0, text.length() - title.length()), "PERSON");
            }
        }
        return span;
    }

    /**
     * A verb the segmenter glued to a known person's name (感谢马塔雷拉/NR): the span is the name the gazetteer
     * knows at its end, where the whole is no name it knows.
     */
    private NerSpan knownPersonAtEnd(NerSpan span) {
        if (!span.tag().equals("PERSON") || gazetteer.byName(span.text()).isPresent()) {
            return span;
        }
        for (int cut = 1; cut <= span.text().length() - 2; cut++) {
            String rest = span.text().substring(cut);
            if (gazetteer.byName(rest).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                return new NerSpan(span.begin() + cut, span.end(), rest, span.tag());
            }
        }
        return span;
    }

    /** An office of a body, named after the body (救灾署 of 联合国救灾署, 难民事务高级专员办事处): a word or two, then its kind. */
    private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
            "\\p{IsHan}{1,8}(?:署|局|办事处|秘书处|委员会|理事会|法院|司令部)");

    private boolean plausibleNewEvent(String text) {
        return text.length() >= 4 && text.matches("[\\p{IsHan}A-Za-z0-9·—]+") && EVENT_ENDING.matcher(text).matches()
                && gazetteer.byName(text).isEmpty();
    }

    private boolean plausibleNewOrganization(String text) {
        if (text.length() < 3 || !text.matches("[\\p{IsHan}A-Za-z·]+") || text.endsWith("年") || text.endsWith("会议")
                || !ORGANIZATION_ENDING.matcher(text).matches() || NOT_AN_ORGANIZATION.matcher(text).matches()) {
            return false;
        }
        Matcher ending = ORGANIZATION_ENDING.matcher(text);
        if (ending.matches() && generic.contains(text.substring(0, ending.start(1)))) {
            return false; // 开发银行, 两国议会: a kind of body, no name
        }
        // CoreNLP merges two names (联合国乌克兰, 中国东盟); a place or a person inside is fine (上海进博局, 纳扎尔巴耶夫大学),
        // and so is a body opening the name of one of its offices (联合国救灾署: the UN's own, no merge; not its seat or a
        // centre, 联合国总部, 非洲联盟会议中心, places, nor a fund it runs).
        for (Map.Entry<String, Entity> name : gazetteer.names().entrySet()) {
            EntityType type = name.getValue().type();
            boolean ownersBody = type == EntityType.ORGANIZATION && text.startsWith(name.getKey())
                    && OFFICE.matcher(text.substring(name.getKey().length())).matches();
            if (name.getKey().length() >= 2 && type != EntityType.REGION && type != EntityType.PERSON && !ownersBody
                    && text.contains(name.getKey())) {
                return false;
            }
        }
        return true;
    }
}
