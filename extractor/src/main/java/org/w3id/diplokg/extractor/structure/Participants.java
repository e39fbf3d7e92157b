package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a document's opening lines name as taking part, each null where none is named.
 *
 * @param spokesperson who holds a briefing or press conference: 外交部发言人毛宁主持例行记者会 → 毛宁,
 *                     外交部长黄华举行记者招待会 → 黄华; the office where the lead names no one
 *                     (外交部发言人在北京举行记者招待会 → 外交部发言人)
 * @param interviewee  who is interviewed: 王毅接受《金融时报》专访 → 王毅
 * @param author       who gives a speech or a statement: a byline (国务委员兼外交部长 王毅) or a
 *                     headline (王毅在第55届慕尼黑安全会议上的演讲, 王毅：…)
 * @param interviewer  the one outlet an interview is given to (王毅接受英国路透社专访 → 英国路透社): it asks
 *                     every question that names no outlet of its own; null where none or several are named
 */
record Participants(String spokesperson, String interviewee, String author, String interviewer) {
    static final Participants NONE = new Participants(null, null, null, null);

    Participants(String spokesperson, String interviewee, String author) {
        this(spokesperson, interviewee, author, null);
    }

    /** Who answers a question marked 答：the spokesperson, else the person interviewed, else the author. */
    String answerer() {
        return spokesperson != null ? spokesperson : interviewee != null ? interviewee : author;
    }

    /** Every name given, without repeats. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {spokesperson, interviewee, author}) {
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
