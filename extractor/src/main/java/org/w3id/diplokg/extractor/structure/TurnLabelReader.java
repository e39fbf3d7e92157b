package org.w3id.diplokg.extractor.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.TurnKind;

/**
 * Reads the label a transcript opens a turn with, the words before ：, into the kind of turn and
 * who it is by:
 * <ul>
 *   <li>问, 提问, 追问 (a question; its outlet may follow in brackets: 问：（法新社记者）…, or stand in them
 *       inside the label: 问（新华社）：…), 法新社记者问, 波兰通讯社社长问,
 *       《环球时报》记者, 记者, 法新社, 《金融时报》: a question, by the outlet named;</li>
 *   <li>答, 回答: an answer by whoever the opening lines say answers (the spokesperson, the person
 *       interviewed); a name or a titled name before them (钱其琛答, 外交部长钱其琛答): by that person;</li>
 *   <li>a name the opening lines give then 说 (赵紫阳说, 吴学谦首先说): an answer by that person;</li>
 *   <li>发言人, 发言人答, 发言人宣布: an answer by the spokesperson the opening lines name; 外交部发言人毛宁, 国务委员兼外交部长王毅:
 *       by the person named after the title;</li>
 *   <li>主持人: the moderator, whose words are narration;</li>
 *   <li>a name (王毅, 毛宁, 扎哈罗娃, 约瑟夫·博雷利): an answer by that person, where the transcript marks
 *       its turns this way ({@link Reading#bareName} says so, for the caller to judge); in an interview, a
 *       name other than the interviewee's is the interviewer asking; 一是, 朋友们 and the other words of
 *       not-speakers.tsv are no names.</li>
 * </ul>
 */
final class TurnLabelReader {
    /**
     * What a label says.
     *
     * @param kind       QUESTION, ANSWER (REMARKS is decided later) or NARRATION
     * @param who        the outlet of a question or the speaker of an answer, or null where not named; for a
     *                   bare name, the name (an interviewer's question is then its interview's outlet's)
     * @param bareName   true when only the shape of the label says it is a name
     * @param outletOnly true for a label that is an outlet's name alone (法新社), read only at a paragraph's start
     */
    record Reading(TurnKind kind, String who, boolean bareName, boolean outletOnly) {}

    private static final String OUTLET_NAME = "(?:[^《》]{0,12}《[^》]{1,20}》|[\\p{IsHan}A-Za-z0-9]{1,16}(?:通讯社|新闻社|社|电视台|广播电台|卫视))";
    private static final Pattern QUESTION = Pattern.compile("问|提问|追问|记者问");
    /** An outlet in brackets (（新华社）, （法新社记者）), in a question's label or right after it. */
    static final String BRACKETED_OUTLET = "[（(](?<outlet>[^（）()。！？]{1,30}?)(?:特约记者|记者)?[）)]";
    /** 问（新华社）, 问（法新社记者）: a question with its outlet in brackets inside the label. */
    private static final Pattern QUESTION_WITH_OUTLET = Pattern.compile("(?:问|提问|追问)" + BRACKETED_OUTLET);
    private static final Pattern ANSWER = Pattern.compile("答|回答");
    /** A name or a titled name then 答 (钱其琛答, 外交部长钱其琛答): an answer by the person named. */
    private static final Pattern NAMED_ANSWER = Pattern.compile("(?<label>.+?)(?:答|回答)");
    /** A name then 说 (赵紫阳说, 吴学谦首先说): a turn by that person, where the opening lines name them as taking part. */
    private static final Pattern NAMED_SAYS = Pattern.compile("(?<name>.+?)(?:首先|接着|最后)?说");
    private static final Pattern MODERATOR = Pattern.compile("主持人");
    private static final Pattern REPORTER = Pattern.compile("(?<outlet>.*?)(?:特约记者|记者)");
    /** An outlet's reporter or head asking (法新社记者问, 波兰通讯社社长问), or the outlet by its own name (法新社问). */
    private static final Pattern OUTLET_ASKS = Pattern.compile("(?<outlet>.+?)(?:特约记者|" + ParticipantFinder.OUTLET_PEOPLE + ")问"
            + "|(?<named>" + OUTLET_NAME + ")问");
    private static final Pattern OUTLET = Pattern.compile(OUTLET_NAME);
    /** The spokesperson, maybe saying how they speak (发言人宣布, 发言人说: an announcement opening a briefing). */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?:外交部)?发言人(?:宣布|说|表示)?");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "[\\p{IsHan}]{0,14}?" + ParticipantFinder.TITLE + "(?<name>" + ParticipantFinder.NAME + ")");
    private static final Pattern NAME = Pattern.compile(ParticipantFinder.NAME);

    private final PatternList notSpeakers = PatternList.load("/org/w3id/diplokg/extractor/structure/not-speakers.tsv");

    /** True when {@code word} may be a person's name: two to four characters, or a foreign name with ·, and not 一是 or 朋友们. */
    boolean isName(String word) {
        return NAME.matcher(word).matches() && !notSpeakers.matchesWhole(word);
    }

    /** What {@code label} says, given who the opening lines name; empty for a label that opens no turn (一是, 我要在此呼吁). */
    Optional<Reading> read(String label, Participants participants) {
        if (QUESTION.matcher(label).matches()) {
            return Optional.of(new Reading(TurnKind.QUESTION, null, false, false));
        }
        Matcher withOutlet = QUESTION_WITH_OUTLET.matcher(label);
        if (withOutlet.matches()) {
            return Optional.of(new Reading(TurnKind.QUESTION, outlet(withOutlet.group("outlet")), false, false));
        }
        if (ANSWER.matcher(label).matches()) {
            return Optional.of(new Reading(TurnKind.ANSWER, participants.answerer(), false, false));
        }
        if (MODERATOR.matcher(label).matches()) {
            return Optional.of(new Reading(TurnKind.NARRATION, null, false, false));
        }
        Matcher reporter = REPORTER.matcher(label);
        if (reporter.matches()) {
            return Optional.of(new Reading(TurnKind.QUESTION, outlet(reporter.group("outlet")), false, false));
        }
        Matcher asks = OUTLET_ASKS.matcher(label);
        if (asks.matches()) {
            String outlet = asks.group("outlet") != null ? asks.group("outlet") : asks.group("named");
            return Optional.of(new Reading(TurnKind.QUESTION, outlet(outlet), false, false));
        }
        if (OUTLET.matcher(label).matches()) {
            return Optional.of(new Reading(TurnKind.QUESTION, outlet(label), false, true));
        }
        if (SPOKESPERSON.matcher(label).matches()) {
            String spokesperson = participants.spokesperson() != null ? participants.spokesperson() : participants.answerer();
            return Optional.of(new Reading(TurnKind.ANSWER, spokesperson, false, false));
        }
        Matcher namedAnswer = NAMED_ANSWER.matcher(label);
        if (namedAnswer.matches()) {
            String named = namedAnswer.group("label");
            if (SPOKESPERSON.matcher(named).matches()) { // 发言人答: the spokesperson the opening lines name
                return read(named, participants);
            }
            String speaker = titledName(named) != null ? titledName(named) : isName(named) ? named : null;
            if (speaker != null) {
                return Optional.of(new Reading(TurnKind.ANSWER, speaker, false, false));
            }
        }
        Matcher says = NAMED_SAYS.matcher(label);
        if (says.matches() && participants.names().contains(says.group("name"))) {
            return Optional.of(new Reading(TurnKind.ANSWER, says.group("name"), false, false));
        }
        String titledName = titledName(label);
        if (titledName != null) {
            return Optional.of(new Reading(TurnKind.ANSWER, titledName, false, false));
        }
        if (isName(label)) {
            // In an interview, a name other than the interviewee's is the interviewer's (扎卡里亚：…).
            boolean interviewer = participants.interviewee() != null && !participants.names().contains(label);
            return Optional.of(new Reading(interviewer ? TurnKind.QUESTION : TurnKind.ANSWER, label, true, false));
        }
        return Optional.empty();
    }

    /** The name after a title (外交部发言人汪文斌: 汪文斌), or null where the label is no titled name. */
    private String titledName(String label) {
        Matcher titled = TITLED_NAME.matcher(label);
        return titled.matches() && isName(titled.group("name")) ? titled.group("name") : null;
    }

    /** The outlet as written without title marks: "《环球时报》特约" and "《人民日报》" keep their names only. */
    static String outlet(String written) {
        String outlet = written.replace("《", "").replace("》", "").trim();
        return outlet.isEmpty() ? null : outlet;
    }
}
