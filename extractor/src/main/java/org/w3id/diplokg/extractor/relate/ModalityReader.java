package org.w3id.diplokg.extractor.relate;

import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.RelationModality;

/**
 * How a sentence puts a relation, read from the words that govern its verb: a negation right before
 * it denies it (不, 从未, 无意, 避免, 拒绝, 推迟), unless what is denied is a decrease (不会减少: it goes on); 愿, 希望,
 * 争取, 推动, 邀请, 应, a proposal or application in its clause (建议, 申请加入), and
 * whether or how likely it may be (能否, 有可能, 可望) seek it; 将, 即将, 就要, 计划, 准备 (as a verb: 准备同…商量),
 * and a question whether or when it will be (是否会, 会不会, 何时) plan it; 正在,
 * 继续, 将继续 (将始终, 将坚定不移地, 将一如既往地), 不断, 保持, and a stance held all along (一贯, 始终, 历来) say it goes on; else it is stated as done. The first that applies wins,
 * in that order.
 */
final class ModalityReader {
    /** Negations; 不断, 不仅, 不管, 不同, 不满 (discontent), 坚定不移, 始终不渝, 坚持不懈, 不遗余力, 不折不扣... are not. */
    private static final Pattern DENIED = Pattern.compile(
            "从未|从不|无意|决不|绝不|并不|并没有|没有|不存在|不承认|不会|不能|不要|不得|不再|避免|拒绝|推迟|未(?!来|能)"
                    + "|不(?![断仅管论同少久但可过只光外止时满移渝懈遗折])");
    /**
     * A proposal or an application made in the verb's own clause (我们建议举行…谈判, 已经申请加入…): sought; not a
     * proposal named as a thing (…提出的建议, 建议，), which the verb acts on.
     */
    private static final Pattern PROPOSED = Pattern.compile("(?<![的项点条])建议(?![的，。；])|申请(?=加入|成为)");
    /** A speech act said with 要 (我要感谢, 我还要对…表示赞赏) is done in the saying: no wish. */
    private static final String SPEECH_ACT = "(?:对[^，。；]{1,40})?表示|感谢|祝贺|赞赏|强调|指出|重申";
    /**
     * Not 应X(的)邀请, at X's invitation (应普京总统邀请对俄罗斯进行国事访问), nor an invitation accepted (接受了李鹏总理的邀请,
     * 将于…访问): neither 应 nor 邀请 seeks there; nor 愿借此机会, a speech act's formula (我愿借此机会…表示敬意), done in the saying.
     */
    private static final Pattern SOUGHT = Pattern.compile(
            "愿(?!借此机会)|希望|争取|力争|推动|期待|期望|致力于|呼吁|主张|敦促|能否|有可能|可望"
                    + "|(?<!(?:应|接受)[^，。；]{0,20})邀请|尽早|早日|尽快|应当|应该|需要"
                    + "|(?<![回相反响适供效])应(?![对用约邀]|[^，。；]{1,20}邀请)|(?<![重主首需纲摘必只就])要(?![求素闻点])(?!" + SPEECH_ACT + ")");
    /** 将 of the future, but not before words of holding on (将继续, 将始终, 将坚定不移地: it goes on); not 将 that takes an object made something (将中国作为首访国家, 将…视为, 将两国关系提升为), which is no time. */
    private static final Pattern PLANNED = Pattern.compile(
            "即将|将于|计划|打算|准备(?!工作|会议)|就要|是否会|会不会|何时|(?<!即)将(?!继续|来|始终|坚定不移|始终不渝|一如既往)(?![^，。将把]{1,20}(?:作为|视为|列为|提升为|升级为|确定为))");
    private static final Pattern ONGOING = Pattern.compile("正在|继续|不断|持续|保持|一直|一贯|始终|历来|向来|长期|日益|逐步|陆续|方兴未艾|坚定不移|一如既往");
    /** Words after what is told that say it lasts (…的对抗不断升级, 两伊战争已经持续四年半, …仍然存在). */
    private static final Pattern LASTS_AFTER = Pattern.compile("不断|持续|延续|仍然|仍在|依然|继续|至今");
    /** Words after a relation named as a noun that say it is to be (贸易额预计将超过…, 合作一定会取得更大的成就, 有望超过). */
    private static final Pattern TO_BE_AFTER = Pattern.compile("有望|必将|一定会(?!继续)|(?<!即)将(?!继续|来)|即将");
    /** Words after a relation named as a noun that say it goes on (合作不断深化, 交往日益密切, 关系将继续发展). */
    private static final Pattern GOES_ON_AFTER = Pattern.compile("不断|持续|日益|继续|一直");
    /** A decrease or change denied (不会减少对非洲的援助, 决不改变): what it would lessen goes on. */
    private static final Pattern NOT_LESSENED = Pattern.compile("(?:不会|决不|绝不|不)(?:减少|削弱|减弱|降低|改变|动摇|停止|中断)");
    /** How far before the verb a negation still governs it. */
    private static final int NEGATION_REACH = 10;

    private ModalityReader() {}

    /** Whether the words after a state of things (a conflict) say it lasts: it is then going on, not done. */
    static boolean saysItLasts(String after) {
        return LASTS_AFTER.matcher(after).find();
    }

    /**
     * What the words right after a relation named as a noun (合作, 贸易额, 交往) say becomes of it: it goes on (…不断扩大,
     * …将继续发展) or it is to be (…预计将超过, …一定会取得更大的成就); empty when they say neither.
     */
    static Optional<RelationModality> toldAfter(String after) {
        if (GOES_ON_AFTER.matcher(after).find()) {
            return Optional.of(RelationModality.ONGOING);
        }
        return TO_BE_AFTER.matcher(after).find() ? Optional.of(RelationModality.PLANNED) : Optional.empty();
    }

    /** The modality of a verb at {@code verb} whose governing words are {@code text[windowStart, verb)}. */
    static RelationModality read(String text, int windowStart, int verb) {
        int start = Math.max(0, windowStart);
        int end = Math.max(start, verb);
        // a negation governs its own clause only (中国从来不干涉…内政，对非援助…: the aid is not denied)
        int negationFrom = Math.max(Math.max(start, end - NEGATION_REACH), clauseStart(text, end));
        if (foundIn(NOT_LESSENED, text, negationFrom, end)) {
            return RelationModality.ONGOING;
        }
        if (foundIn(DENIED, text, negationFrom, end)) {
            return RelationModality.DENIED;
        }
        if (foundIn(PROPOSED, text, Math.max(start, clauseStart(text, end)), end) || foundIn(SOUGHT, text, start, end)) {
            return RelationModality.SOUGHT;
        }
        if (foundIn(PLANNED, text, start, end)) {
            return RelationModality.PLANNED;
        }
        if (foundIn(ONGOING, text, start, end)) {
            return RelationModality.ONGOING;
        }
        return RelationModality.DONE;
    }

    private static int clauseStart(String text, int end) {
        int comma = Math.max(text.lastIndexOf('，', end - 1), text.lastIndexOf('；', end - 1));
        return comma + 1;
    }

    /** A word of the pattern inside [start, end), its look-arounds seeing the whole sentence (将中阿…伙伴关系提升为…). */
    private static boolean foundIn(Pattern pattern, String text, int start, int end) {
        return pattern.matcher(text).region(start, end).useTransparentBounds(true).find();
    }
}
