package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who takes part from a document's opening lines (its headline, byline and lead), so that a
 * turn marked only 答：or 发言人：has a speaker, and a speech with no turns has its author.
 */
final class ParticipantFinder {
    /** The opening lines: a headline, a subtitle, a byline, a header and the lead. */
    private static final int OPENING_LINES = 8;
    /** Only the start of a long opening line (a one-line transcript) is read. */
    private static final int OPENING_CHARACTERS = 200;
    static final String NAME = "[\\p{IsHan}]{2,4}?|[\\p{IsHan}]{1,8}(?:·[\\p{IsHan}]{1,8})+";
    /**
     * Titles that come before a name in a byline or a lead (or after it: 胡耀邦总书记): the ministry's own, and the
     * offices that head a party, a legislature, a state or a government (总书记, 委员长, 总统, 首相).
     */
    static final String TITLE = "(?:部长|外长|国务委员|主席|总理|大使|特使|秘书长|发言人|主任|总?书记|委员长|总统|首相)";

    /** When a lead says the spokesperson acted, between the name and the verb: 今天下午, 8日, 9日上午. */
    private static final String WHEN = "(?:(?:今天|今日|昨天|昨日|[0-9０-９]{1,2}日|[一二三十]?[一二三四五六七八九十]日)?(?:上午|下午|晚上|早上)?)";
    /** What a lead says the spokesperson does, right after their name (or their office, where unnamed). */
    private static final String ACTS = "主持|举行|答记者问|答问|就|回答|表示|宣布|应约|在|首先|发布|介绍|通报";
    /** A name never opens with what follows one: 外交部发言人在北京举行记者招待会 names no one as 在北京. */
    private static final Pattern SPOKESPERSON = Pattern.compile(
            "发言人(?!" + ACTS + "|今天|今日|昨天|昨日)(?<name>[\\p{IsHan}]{2,3}?)" + WHEN + "(?=" + ACTS + ")");
    /**
     * The ministry's spokesperson acting in a lead without a name (外交部发言人在北京举行记者招待会, as briefings of
     * the 1970s were reported, or its department's, 外交部新闻司发言人): the office, as written, speaks. A session's
     * 新闻发言人 is no one's answerer (see {@link #HOST}).
     */
    private static final Pattern UNNAMED_SPOKESPERSON = Pattern.compile("(?<office>外交部(?:[\\p{IsHan}]{1,4}?司)?发言人)"
            + WHEN + "(?=" + ACTS + ")");
    /** The offices after a name, one or joined by 兼: 外长, 副总理兼外长 (钱其琛副总理兼外长就…答中外记者问). */
    private static final String OFFICES_AFTER = "(?:副?" + TITLE + "(?:兼副?" + TITLE + ")*)";
    /** A name with its office before it or after it, opening a line or clause (国务院副总理兼外交部长黄华, 黄华外长). */
    private static final String NAME_WITH_OFFICE = "(?:^|[，。]|" + TITLE + ")(?<name>" + NAME + ")" + OFFICES_AFTER + "?";
    private static final Pattern INTERVIEWEE = Pattern.compile(NAME_WITH_OFFICE
            + "(?:在[^。！？，]{1,30}?)?(?:就[^。！？]{1,40}?)?(?:接受[^。！？]{0,40}?(?:采访|专访)|答[^。！？]{1,30}?记者问)");
    /**
     * Who holds a press conference named in a headline or lead by office and name, either way round:
     * 国务院副总理兼外交部长黄华举行记者招待会, 黄华外长在纽约举行记者招待会; a session's spokesperson who holds it
     * for another (新闻发言人在人民大会堂举行记者招待会，请外交部长…) names no one.
     */
    private static final Pattern HOST = Pattern.compile(NAME_WITH_OFFICE + WHEN + "(?:在[^。！？，]{1,30}?)?举行了?(?:中外)?(?:记者招待会|记者会|新闻发布会)");
    /** Who of an outlet may put its questions: a reporter or host, or its head with a party (共同社社长一行). */
    static final String OUTLET_PEOPLE = "记者|主持人|副?社长|副?总编辑|副?主编|副?台长|总裁|董事长|总经理";
    /**
     * The one outlet an interview is given to, named as outlets are (ending in 社, 报, 台, 网… or in 《》, or a media
     * group or broadcaster: 传媒集团, 广播公司, and a broadcaster's corporation by its own word, 日本广播协会, 韩国放送公社), maybe with its initials and its reporter or host named: 接受英国路透社专访,
     * 接受了某电视网（ABC）主持人某某的专访, 接受某通讯社社长采访, 接受《金融时报》书面采访, 接受南非独立传媒集团专访,
     * 答《印度教徒报》记者问, 接受埃及中东通讯社专访 (及 of 埃及, no conjunction); not 接受新华社和中央广播电视总台联合采访
     * (two) or 接受中外媒体采访.
     */
    private static final Pattern INTERVIEWER = Pattern.compile("(?:接受了?|答)(?<outlet>(?:[^。！？，、和与及答]|(?<=埃)及){1,20}?"
            + "(?:社|报|台|网|电视|杂志|频道|周刊|》|(?:传媒|媒体|报业|新闻|广播|出版)(?:集团|公司)|(?:广播|放送)(?:协会|公社)))"
            + "(?:[（(][A-Za-z]{2,10}[）)])?" // its initials: （CNN）
            + "(?:(?:(?:" + OUTLET_PEOPLE + ")(?:" + NAME + ")?(?:一行)?)?的?(?:联合|书面|独家|视频|电视)?(?:采访|专访)|记者问)");
    /** A byline: offices (several, listed with 、) then the name: 中共中央政治局委员、外交部长 王毅. */
    private static final Pattern BYLINE = Pattern.compile("[\\p{IsHan}（）()、]{0,24}?" + TITLE + "\\s*(?<name>" + NAME + ")");
    private static final Pattern SPEECH_HEADLINE = Pattern.compile("(?:[\\p{IsHan}]{0,20}?" + TITLE + ")?(?<name>" + NAME + ")"
            + "在[^。！？]{1,60}?的(?:主旨|视频|书面)?(?:演讲|讲话|致辞|发言|答问)");
    private static final Pattern ARTICLE_HEADLINE = Pattern.compile("(?:[\\p{IsHan}]{0,20}?" + TITLE + ")?(?<name>" + NAME + ")"
            + "(?:发表)?(?:题为)?[^。！？]{0,4}署名文章.*");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—－\\-─]+\\s*");
    private static final Pattern COLON_HEADLINE = Pattern.compile("(?<name>" + NAME + ")：[^。]{2,58}");

    /** An office or the 兼 that joins two: a word with one is no person's name (兼外长). */
    private static final Pattern OFFICE_INSIDE = Pattern.compile(TITLE + "|兼");
    /** What follows a name never opens one: 新闻司发言人在北京举行记者招待会 names no one as 在北京. */
    private static final Pattern OPENS_WITH_AN_ACT = Pattern.compile(ACTS);
    /** A ministry or another body before an office is no name (外交部发言人在北京举行…: 外交部). */
    private static final Pattern BODY = Pattern.compile(".*[部院委局署]");

    private final Predicate<String> isName;

    /** @param isName whether a word may be a person's name (not 一是, 朋友们) */
    ParticipantFinder(Predicate<String> isName) {
        this.isName = isName;
    }

    Participants find(String text) {
        List<String> lines = openingLines(text);
        String spokesperson = null;
        String interviewee = null;
        String author = null;
        String interviewer = null;
        String unnamedOffice = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher outlet = INTERVIEWER.matcher(line);
            if (interviewer == null && outlet.find()) {
                interviewer = TurnLabelReader.outlet(outlet.group("outlet"));
            }
            if (spokesperson == null) {
                spokesperson = name(SPOKESPERSON.matcher(line), false);
            }
            if (spokesperson == null) {
                spokesperson = name(HOST.matcher(line), false);
            }
            Matcher office = UNNAMED_SPOKESPERSON.matcher(line);
            if (unnamedOffice == null && office.find()) {
                unnamedOffice = office.group("office"); // 外交部新闻司发言人: the office as the lead writes it
            }
            if (interviewee == null) {
                interviewee = name(INTERVIEWEE.matcher(line), false);
            }
            if (author == null) {
                author = name(BYLINE.matcher(line), true);
            }
            if (author == null) {
                author = name(SPEECH_HEADLINE.matcher(line), true);
            }
            if (author == null) {
                author = name(ARTICLE_HEADLINE.matcher(line), true);
            }
            if (author == null && i == 0) {
                author = name(COLON_HEADLINE.matcher(line), true); // only a headline: elsewhere 王毅：opens a turn
            }
        }
        if (spokesperson == null) { // a name on any opening line wins over the office alone
            spokesperson = unnamedOffice;
        }
        return new Participants(spokesperson, interviewee, author, interviewer);
    }

    private String name(Matcher matcher, boolean wholeLine) {
        boolean found = wholeLine ? matcher.matches() : matcher.find();
        if (!found) {
            return null;
        }
        String name = matcher.group("name");
        // 兼外长 of 副总理兼外长: an office, never a name
        return isName.test(name) && !OFFICE_INSIDE.matcher(name).find() && !BODY.matcher(name).matches()
                && !OPENS_WITH_AN_ACT.matcher(name).lookingAt() ? name : null;
    }

    private static List<String> openingLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = LEADING_DASHES.matcher(line.strip()).replaceFirst(""); // ——王毅在…上的发言: a subtitle's dash
            if (!trimmed.isEmpty()) {
                lines.add(trimmed.length() > OPENING_CHARACTERS ? trimmed.substring(0, OPENING_CHARACTERS) : trimmed);
                if (lines.size() == OPENING_LINES) {
                    break;
                }
            }
        }
        return lines;
    }
}
