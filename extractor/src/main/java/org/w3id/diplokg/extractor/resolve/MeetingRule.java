package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Named meetings no gazetteer can list, because each session has its own name: a numbered session
 * (第二十四次中国—欧盟领导人会晤, 世贸组织第十三届部长级会议) or a body's summit at a place
 * (上合组织阿斯塔纳峰会), or a themed year (中俄文化年). Each becomes an event named as written; a session of the National People's
 * Congress becomes the same event however it is written (十四届全国人大二次会议).
 */
final class MeetingRule {
    static final double CONFIDENCE = 0.6;
    static final double CONFIDENCE_SESSION = 0.9;
    private static final String NUMBER = "[一二三四五六七八九十百零〇两\\d]+";
    private static final String MEETING = "(?:领导人会晤|领导人会议|领导人峰会|部长级会议|外长会议|外长会|峰会|会晤|年会|缔约方大会|大会|高峰论坛|论坛)";
    /** 第N届/次 + up to 14 characters of name + a meeting word; the name may carry — and “” (第三届“一带一路”国际合作高峰论坛). */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:[\\p{IsHan}]{2,8})?第" + NUMBER + "[届次][\\p{IsHan}—“”]{0,14}?" + MEETING);

    /** 十四届全国人大二次会议: a session of the National People's Congress, one event whatever the form. */
    private static final Pattern NPC_SESSION = Pattern.compile(
            "第?(?<term>十[一二三四五六七八九]?|[一二三四五六七八九])届全国(?:人大|人民代表大会)第?(?<session>[一二三四五六七八九])次会议");
    private static final String[] ORDINALS = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"};

    /** A themed year two countries hold (中俄文化年, 中法文化旅游年): 中 + a party's abbreviation + the theme. */
    private static final Pattern THEMED_YEAR = Pattern.compile(
            "中[\\p{IsHan}]{1,2}(?:文化旅游|文化|旅游|科技创新|友好交流|人文交流|青年友好交流|媒体交流|地方合作)年");

    /**
     * A body's meeting at a place (上合组织阿斯塔纳峰会, 中非合作论坛峰会, 博鳌亚洲论坛年会), or China's with it
     * (中国—东盟领导人会议): built from the gazetteer's organizations.
     */
    private final Pattern bodyMeeting;

    MeetingRule(Gazetteer gazetteer) {
        String bodies = gazetteer.names().entrySet().stream()
                .filter(e -> e.getValue().type() == EntityType.ORGANIZATION && e.getKey().length() >= 2)
                .map(java.util.Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        this.bodyMeeting = Pattern.compile("(?:中国?[—-])?(?:" + bodies + ")[\\p{IsHan}]{0,4}?(?:领导人峰会|领导人会晤|领导人会议|峰会|外长会|部长级会议|年会)");
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        for (Pattern pattern : List.of(bodyMeeting, THEMED_YEAR)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                found.add(namedAsWritten(matcher.start(), matcher.end(), matcher.group()));
            }
        }
        Matcher numbered = NUMBERED.matcher(sentence);
        while (numbered.find()) {
            String name = trimLeadingWords(numbered.group());
            found.add(namedAsWritten(numbered.end() - name.length(), numbered.end(), name));
        }
        Matcher session = NPC_SESSION.matcher(sentence);
        while (session.find()) {
            int term = ChineseNumerals.parse(session.group("term"));
            int number = ChineseNumerals.parse(session.group("session"));
            Entity event = new Entity("NPC-" + term + "-" + number, EntityType.EVENT,
                    "第" + session.group("term") + "届全国人民代表大会第" + session.group("session") + "次会议",
                    ORDINALS[number] + " Session of the " + term + ordinalSuffix(term) + " National People's Congress",
                    List.of(), null, true, null);
            found.add(candidate(session.start(), session.end(), session.group(), event, CONFIDENCE_SESSION));
        }
        return found;
    }

    /** A new event whose name is the text as written. */
    private static Candidate namedAsWritten(int begin, int end, String name) {
        return candidate(begin, end, name, NewNames.named(EntityType.EVENT, name), CONFIDENCE);
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

    /** The characters before 第 belong to the name only when they are a body's name (世贸组织第十三届...), not a verb (举办第...). */
    private static String trimLeadingWords(String match) {
        int ordinal = match.indexOf('第');
        String before = match.substring(0, ordinal);
        if (before.isEmpty() || before.matches(".*(组织|论坛|集团|联盟|合作|大会|理事会|委员会|会议|机制)$")) {
            return match;
        }
        return match.substring(ordinal);
    }
}
