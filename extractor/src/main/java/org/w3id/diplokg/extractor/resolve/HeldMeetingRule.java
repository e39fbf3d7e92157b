package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A meeting named where the text tells it being held: the noun phrase right after 举行的, 召开的 or 举办的 (在内罗毕举行的
 * 联合国新能源和可再生能源会议), or the subject of a clause that goes on to where or when it is held (合作与发展国际会议将在
 * 墨西哥坎昆举行). The frame gives the name's left edge where the words inside it do not: CoreNLP reads verbs and adverbs
 * inside such names (可再生, 禁止化学武器, 最不发达, 不结盟), at which a head-word reading stops. The phrase must say which
 * meeting it is by more than its rank and number (第二次会议, 部长级会议 and 这次会议 name none by themselves).
 */
final class HeldMeetingRule {
    private static final double CONFIDENCE = 0.65;

    /** What a meeting's name ends in. */
    private static final String HEAD = "(?:会议|大会|峰会|会晤)";
    /** The characters a name may hold: no clause break, list comma, 的, quotation or title mark. */
    private static final String NAME = "[^，。；：、！？的“”《》\\s]";
    /**
     * The phrase after 举行的, 召开的 or 举办的, to its last head near by (联合国大会第一届裁军特别会议 runs past 大会 to 会议).
     */
    private static final Pattern HELD_BEFORE = Pattern.compile(
            "(?:举行|召开|举办)的(?<name>" + NAME + "{2,30}?" + HEAD + ")(?![\\p{IsHan}]{0,2}" + HEAD + ")");
    /** The subject of a clause that goes on to where or when it is held (…会议将于明年在巴格达举行). */
    private static final Pattern HELD_AFTER = Pattern.compile(
            "(?:^|[，。；：])(?<name>" + NAME + "{2,30}?" + HEAD + ")(?:将|已|已经|于|将于|定于|正在|即将|在|业已)"
            + "[^，。；]{0,25}?(?:举行|召开|开幕)");
    /** Time words opening a clause before its subject (上个月，…; 去年12月…): not part of the name. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:(?:[0-9０-９]+|[一二三四五六七八九十〇零]+)(?:年|月|日|号)(?:上旬|中旬|下旬|初|底|中)?|至|今年|明年|去年|本月|上月|下月"
            + "|上个月|下个月|今天|明天|昨天|近日|日前|目前|最近|本周|下周|上周)+");
    /** Words that point at a meeting instead of naming it (这次会议, 委员会下次会议, 一次重要会议). */
    private static final Pattern POINTING = Pattern.compile("^(?:这次|本次|此次|该|这一|本届|这届|上次|上一次|那次)|一次|下次|下届|下一届");
    /**
     * What opens a meeting's name only as the rest of a name said before (论坛第五届部长级会议 of 中非合作论坛, 条约第十次审议
     * 大会 of 不扩散核武器条约): the series that name knows reads it whole.
     */
    private static final Pattern REMNANT = Pattern.compile("^(?:论坛|委员会|理事会|条约|公约|组织|小组|机制|会议)");
    /**
     * Two meetings joined (…北京峰会暨第三届部长级会议, …领导人会议和第七次…会议): not one named after another (约翰内斯堡峰会成果
     * 落实协调人会议).
     */
    private static final Pattern JOINED = Pattern.compile("暨|(?:会议|大会|峰会|会晤)(?:和|与|及|、)");
    /** What does not say which meeting: its number, its rank, and who attends by rank. */
    private static final Pattern UNSPECIFIC = Pattern.compile(
            "第[0-9０-９一二三四五六七八九十百]+[次届轮]|首次|首届|领导人|高层|高级别|部长级|部长|外长|元首|首脑|总理|议长|特别|全体|正式|非正式"
            + "|大型|重要|重大|有关|相关|系列");
    /**
     * The fewest characters the words that say which meeting it is must have (审议大会, 大型国际会议 name none), unless they
     * are parties abbreviated (美苏首脑会晤).
     */
    private static final int SPECIFIC = 3;
    /** Words of a clause, never inside a meeting's name (对 of 对话 aside: …领导人对话会议). */
    private static final Pattern CLAUSE_WORDS = Pattern.compile(
            "我们|他们|双方|祝贺|支持|希望|表示|认为|同意|欢迎|参加|出席|主持|强调|指出|宣布|决定|是|也|都|还|就|将|已|和我|与我|对(?!话)|向|为|由|据|关于");

    private final Gazetteer gazetteer;

    HeldMeetingRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        for (Pattern frame : List.of(HELD_BEFORE, HELD_AFTER)) {
            Matcher held = frame.matcher(sentence);
            while (held.find()) {
                int begin = held.start("name");
                String name = held.group("name");
                Matcher time = LEADING_TIME.matcher(name);
                if (time.find()) {
                    begin += time.end();
                    name = name.substring(time.end());
                }
                if (POINTING.matcher(name).find() || REMNANT.matcher(name).find() || JOINED.matcher(name).find()
                        || CLAUSE_WORDS.matcher(name).find() || gazetteer.byName(name).isPresent() || !specific(name)) {
                    continue; // a pointer, the rest of a name, two meetings, a clause, a known name (the name matcher's), or
                              // no more than a rank and a number
                }
                found.add(NewNames.candidate(begin, name, EntityType.EVENT, CONFIDENCE, false));
            }
        }
        return found;
    }

    /** Whether the name before its head says which meeting it is by more than its rank, number or size. */
    private boolean specific(String name) {
        String which = UNSPECIFIC.matcher(name.substring(0, name.length() - 2)).replaceAll("");
        return which.length() >= SPECIFIC
                || which.length() >= 2 && which.codePoints().allMatch(c -> gazetteer.byAbbreviation(Character.toString(c)).isPresent());
    }
}
