package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Finds gazetteer names and aliases in a sentence, longest first at each position. A two-character
 * name must also be a word of CoreNLP's segmentation (法国 is no country in 做法国际), and a name must
 * not run into the next word: 日本国 is not in 日本国民 (日本 + 国民), nor an organization in a title that
 * ends with 长 (秘书长), except China's foreign ministry in its own minister's title (below).
 * A country's name followed by the form of its state (乌兹别克斯坦共和国, 越南社会主义共和国:
 * state-forms.txt) is read whole as the country's full name. A name written with quotation marks inside it
 * (中东和平“路线图”计划) is read with the marks left out.
 */
final class NameMatcher {
    static final double CONFIDENCE = 0.95;

    private final Map<String, Entity> names;
    private final int longest;
    private final List<String> stateForms;

    NameMatcher(Gazetteer gazetteer) {
        this.names = gazetteer.names();
        this.longest = names.keySet().stream().mapToInt(String::length).max().orElse(1);
        this.stateForms = WordList.load("state-forms.txt").stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The end of a country's full name: after the form of its state where one follows, else {@code end}. */
    private int withStateForm(String sentence, Entity entity, int end) {
        if (entity.type() == EntityType.COUNTRY) {
            for (String form : stateForms) {
                if (sentence.startsWith(form, end)) {
                    return end + form.length();
                }
            }
        }
        return end;
    }

    /** Characters after a final 国 that make it the start of a word (国民, 国内, 国际), not part of the name. */
    private static final String AFTER_GUO = "民内际籍旗情力债企产家土策事会";

    /** China's foreign ministry, as the gazetteer keys it. */
    private static final String CHINAS_FOREIGN_MINISTRY = "MFA-CN";

    /**
     * 外交部长 may name the ministry whose minister it is (most annotators list 外交部 for 外交部长王毅): China's ministry
     * stays a reading inside its minister's title; whose ministry it is, {@link #namesAnothersMinistry} decides.
     */
    private static boolean ministerTitle(Entity entity) {
        return entity.key().equals(CHINAS_FOREIGN_MINISTRY);
    }

    /**
     * A mention of China's foreign ministry by its short name (外交部, however found, alone or in a minister's title)
     * that names another's ministry or several states' ministries: where another state or person is named right before
     * it (俄罗斯外交部, 蒙古国外交部长, 洛钦外交部长), after 国 or 方 (两国外交部之间的磋商, 双方外交部, 成员国外交部长), or
     * after 兼 other than 国务委员兼 or 国务院副总理兼 (巴拿马共和国副总统兼外交部长); judged against the sentence's other mentions.
     */
    /** The offices of China's State Council a foreign minister may hold with his own: 国务委员兼, 国务院副总理兼. */
    private static final java.util.regex.Pattern CHINESE_OFFICE_BEFORE = java.util.regex.Pattern.compile("(?:国务委员|国务院副总理)兼$");

    static boolean namesAnothersMinistry(String sentence, Mention mention, List<Mention> mentions) {
        int begin = mention.begin();
        if (!mention.entity().key().equals(CHINAS_FOREIGN_MINISTRY) || !mention.surface().equals("外交部")
                || CHINESE_OFFICE_BEFORE.matcher(sentence.substring(0, begin)).find()) {
            return false;
        }
        if (begin > 0 && "国方兼".indexOf(sentence.charAt(begin - 1)) >= 0 && !sentence.startsWith("中国", begin - 2)) {
            return true;
        }
        return mentions.stream().anyMatch(m -> m.end() == begin && !"CN".equals(m.entity().key()));
    }

    private static boolean runsIntoNextWord(String sentence, Entity entity, int begin, int end) {
        if (end >= sentence.length()) {
            return false;
        }
        char next = sentence.charAt(end);
        // Only names of three or more characters: 美国民众 is still 美国 + 民众.
        if (end - begin >= 3 && sentence.charAt(end - 1) == '国' && AFTER_GUO.indexOf(next) >= 0) {
            return true;
        }
        // 冷战思维: a mindset named after an event is not the event; 新冷战, 新的冷战: nor is its feared repetition.
        if (entity.type() == EntityType.EVENT && (sentence.startsWith("思维", end)
                || sentence.startsWith("新", begin - 1) || sentence.startsWith("新的", begin - 2))) {
            return true;
        }
        // 外交部长, 秘书长: the organization's name is part of a title.
        return entity.type() == EntityType.ORGANIZATION && next == '长';
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        for (int begin = 0; begin < sentence.length(); begin++) {
            for (int end = Math.min(sentence.length(), begin + longest); end > begin + 1; end--) {
                Entity entity = names.get(sentence.substring(begin, end));
                if (entity == null) {
                    continue;
                }
                int full = withStateForm(sentence, entity, end);
                if (full > end) {
                    end = full; // 乌兹别克斯坦共和国: the state's form belongs to the name
                } else if (end - begin == 2 && !tagging.alignsWithWords(begin, end)
                        || runsIntoNextWord(sentence, entity, begin, end) && !ministerTitle(entity)) {
                    continue;
                }
                Mention mention = new Mention(begin, end, sentence.substring(begin, end), entity, CONFIDENCE, Annotator.GAZETTEER);
                // An event's name holds the parties it names (巴 and 以 of 巴以冲突), as a rule-made one does.
                found.add(new Candidate(begin, end, Candidate.GAZETTEER, List.of(mention), entity.type() == EntityType.EVENT));
                break;
            }
        }
        markedInside(sentence, found);
        return found;
    }

    /** Quotation marks a name may be written with inside it. */
    private static final String MARKS = "“”";
    /** The fewest characters of a name read through quotation marks (中东和平“路线图”计划): shorter ones are terms. */
    private static final int SHORTEST_MARKED = 6;

    /**
     * Names written with quotation marks inside them (中东和平“路线图”计划, 中国—东盟自由贸易区“早期收获”计划), which the
     * gazetteer lists without the marks: read with the marks left out, the longest at each position. A name that opens
     * with a mark (“一带一路”倡议) is left to the quoted term's own reading.
     */
    private void markedInside(String sentence, List<Candidate> found) {
        int firstOpen = sentence.indexOf('“');
        if (firstOpen < 0) {
            return; // most sentences quote nothing: no walk through them
        }
        // a name with the marks inside begins at most the longest name's length before the first opening mark
        for (int begin = Math.max(0, firstOpen - longest); begin < sentence.length(); begin++) {
            if (MARKS.indexOf(sentence.charAt(begin)) >= 0 || begin > 0 && MARKS.indexOf(sentence.charAt(begin - 1)) >= 0) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean opened = false;
            boolean closed = false; // the marks wholly inside: 共建“一带一路 (a verb, then a quoted name cut open) is no name
            int longestEnd = -1;
            Entity longestEntity = null;
            for (int end = begin; end < sentence.length() && name.length() < longest; end++) {
                char c = sentence.charAt(end);
                if (MARKS.indexOf(c) >= 0) {
                    closed |= opened && c == '”';
                    opened |= c == '“';
                    continue;
                }
                name.append(c);
                Entity entity = closed && name.length() >= SHORTEST_MARKED ? names.get(name.toString()) : null;
                if (entity != null) {
                    longestEnd = end + 1;
                    longestEntity = entity;
                }
            }
            if (longestEntity != null) {
                Mention mention = new Mention(begin, longestEnd, sentence.substring(begin, longestEnd), longestEntity, CONFIDENCE,
                        Annotator.GAZETTEER);
                found.add(new Candidate(begin, longestEnd, Candidate.GAZETTEER, List.of(mention), longestEntity.type() == EntityType.EVENT));
            }
        }
    }
}
