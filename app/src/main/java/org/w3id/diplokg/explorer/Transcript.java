package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * A document's statements as its page shows them, in the order of the file: turns (a question
 * with its outlet, an answer or remarks with the speaker, narration), each holding its statements,
 * and the page jumps where they sit between them.
 */
final class Transcript {
    /** A turn or a page jump. */
    sealed interface Part permits Turn, Jump {}

    /**
     * A turn: its CSS class, its anchor (null: none), its heading, the question it sits under when that
     * is uncertain (null: none), who asks or speaks (null: nobody known), and its statements.
     */
    record Turn(String cssClass, String id, String head, Link question, Link who, List<Line> lines) implements Part {}

    /** A page jump at {@code [begin, end)}: where the text goes on, and the jump line's text (shortened). */
    record Jump(long begin, long end, String where, String text) implements Part {}

    /** A statement: its anchor (null when an earlier line has it), its text, its span, this file's wording (or ""), and what was cut out of it. */
    record Line(String id, List<Highlighter.Piece> text, long begin, long end, String variant, List<Cut> cuts) {}

    /** Layout text cut out of a sentence: where, its text, and what it is ("layout text" when unknown). */
    record Cut(long begin, long end, String text, String what) {}

    private Transcript() {}

    /** The parts from the document's "statements in source order", "page jumps" and "text cut out of statements" queries. */
    static List<Part> of(Table statements, Map<String, List<Statements.Mention>> mentions, Labels labels, Lang lang,
                         Table jumps, Table cuts) {
        List<Part> parts = new ArrayList<>();
        Map<String, List<Cut>> cutsBySpan = bySpan(cuts);
        String turn = null;
        List<Line> lines = null;
        Set<String> anchors = new HashSet<>();
        Set<String> spans = new HashSet<>();
        StatementList.Marks marks = StatementList.mentionMarks(mentions, null, lang);
        Iterator<QuerySolution> jump = jumps.rows().iterator();
        QuerySolution nextJump = jump.hasNext() ? jump.next() : null;
        for (QuerySolution row : statements.rows()) {
            String statement = Table.text(row, "statement");
            String span = Table.text(row, "span");
            if (!spans.add(span)) {
                continue; // a second question link of the same span (one per rendition): shown once
            }
            while (nextJump != null && Table.number(nextJump, "begin") < Table.number(row, "begin")) {
                turn = null;
                parts.add(jump(nextJump));
                nextJump = jump.hasNext() ? jump.next() : null;
            }
            String role = Table.text(row, "role");
            String question = Table.text(row, "question");
            String speaker = Table.text(row, "speaker");
            String key = role + " " + question + " " + speaker;
            if (!Objects.equals(key, turn)) {
                turn = key;
                lines = new ArrayList<>();
                parts.add(turn(role, question, speaker, Table.text(row, "outlet"), labels, lang, anchors, lines));
            }
            String anchor = Anchors.statement(statement);
            lines.add(new Line(anchors.add(anchor) ? anchor : null, Highlighter.pieces(Table.text(row, "text"), marks.of(statement, "")),
                    Table.number(row, "begin"), Table.number(row, "end"), Table.text(row, "variant"),
                    cutsBySpan.getOrDefault(span, List.of())));
        }
        while (nextJump != null) {
            parts.add(jump(nextJump));
            nextJump = jump.hasNext() ? jump.next() : null;
        }
        return parts;
    }

    /** A page jump where it sits in the file: the jump line, or the furniture the text broke off at. */
    private static Jump jump(QuerySolution jump) {
        String where = jump.contains("toPage") ? "continues on page " + Table.number(jump, "toPage")
                : jump.contains("fromPage") ? "continued from page " + Table.number(jump, "fromPage")
                : "the text stops mid-sentence at page furniture and goes on with text from elsewhere";
        return new Jump(Table.number(jump, "begin"), Table.number(jump, "end"), where, abbreviated(Table.text(jump, "text")));
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= 60 ? line : line.substring(0, line.offsetByCodePoints(0, 60)) + "…";
    }

    private static Map<String, List<Cut>> bySpan(Table cuts) {
        Map<String, List<Cut>> bySpan = new HashMap<>();
        for (QuerySolution row : cuts.rows()) {
            String what = Table.text(row, "what");
            bySpan.computeIfAbsent(Table.text(row, "span"), k -> new ArrayList<>()).add(new Cut(
                    Table.number(row, "begin"), Table.number(row, "end"), Table.text(row, "text"), what.isEmpty() ? "layout text" : what));
        }
        return bySpan;
    }

    private static Turn turn(String role, String question, String speaker, String outlet, Labels labels, Lang lang,
                             Set<String> anchors, List<Line> lines) {
        boolean zh = lang == Lang.ZH;
        if ("asks".equals(role)) {
            String id = anchors.add(Anchors.question(question)) ? Anchors.question(question) : null;
            Link who = outlet.isEmpty() ? null : Link.to(PageAddress.of("outlet", lang).with("iri", outlet), labels.of(outlet).in(lang));
            return new Turn("turn question", id, zh ? "提问" : "Question", null, who, lines);
        }
        Link who = speaker.isEmpty() ? null : Link.to(PageAddress.of("entity", lang).with("iri", speaker), labels.of(speaker).in(lang));
        if ("answers".equals(role)) {
            return new Turn("turn answer", null, zh ? "回答" : "Answer", null, who, lines);
        }
        if ("may answer".equals(role)) {
            Link sitsUnder = anchors.contains(Anchors.question(question))
                    ? new Link("#" + Anchors.question(question), zh ? "它所在的提问" : "the question it sits under") : null;
            return new Turn("turn answer uncertain", null,
                    zh ? "回答（所答提问不确定：或为排版移至此处）" : "Answer, question uncertain: the layout may have moved it here", sitsUnder, who, lines);
        }
        return new Turn("turn narration", null, speaker.isEmpty() ? (zh ? "叙述" : "Narration") : (zh ? "发言" : "Remarks"), null, who, lines);
    }
}
