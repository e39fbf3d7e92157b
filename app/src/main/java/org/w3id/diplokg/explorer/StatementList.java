package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Statements as a list shows them (statements.jte): the text with its marks, then date, speaker, question and documents as links. */
final class StatementList {
    /** One statement of the list; {@code speaker} is null when none is known. */
    record Row(List<Highlighter.Piece> text, String date, Link speaker, List<Link> turns, List<Link> sources) {}

    private StatementList() {}

    /** What to mark in a statement's text. */
    @FunctionalInterface
    interface Marks {
        List<Highlighter.Mark> of(String statement, String text);
    }

    /** Links every mention to its entity; mentions of {@code focus} (may be null) are marked as the focus. */
    static Marks mentionMarks(Map<String, List<Statements.Mention>> mentions, String focus, Lang lang) {
        return (statement, text) -> {
            List<Highlighter.Mark> marks = new ArrayList<>();
            for (Statements.Mention mention : mentions.getOrDefault(statement, List.of())) {
                String css = mention.entity().equals(focus) ? "mention focus" : "mention";
                marks.add(new Highlighter.Mark(mention.begin(), mention.end(),
                        PageAddress.of("entity", lang).with("iri", mention.entity()).toString(), css));
            }
            return marks;
        };
    }

    static List<Row> rows(List<Statements.Item> items, Marks marks, Labels labels, Lang lang) {
        List<Row> rows = new ArrayList<>();
        for (Statements.Item item : items) {
            Link speaker = item.speaker().isEmpty() ? null
                    : Link.to(PageAddress.of("entity", lang).with("iri", item.speaker()), labels.of(item.speaker()).in(lang));
            List<Link> turns = new ArrayList<>();
            for (Statements.Turn turn : item.turns()) {
                PageAddress question = PageAddress.of("document", lang).with("iri", turn.document());
                // Name who asked: "answers 路透社" says more than "the question it answers".
                String asker = turn.outlet().isEmpty() ? null : labels.of(turn.outlet()).in(lang);
                String words = "answers".equals(turn.role())
                        ? (asker == null ? "answers a question" : "answers " + asker)
                        : (asker == null ? "asked" : "asked by " + asker);
                if (item.turns().size() > 1) {
                    // one per rendition of the conference: say which file's
                    words += " (" + item.sources().stream().filter(s -> s.document().equals(turn.document()))
                            .map(s -> s.file().substring(0, Math.min(3, s.file().length()))).findFirst().orElse("?") + ")";
                }
                turns.add(Link.to(question + "#" + Anchors.question(turn.question()), words));
            }
            List<Link> sources = new ArrayList<>();
            for (Statements.Source source : item.sources()) {
                PageAddress document = PageAddress.of("document", lang).with("iri", source.document());
                sources.add(Link.to(document + "#" + Anchors.statement(item.iri()), source.file()));
            }
            rows.add(new Row(Highlighter.pieces(item.text(), marks.of(item.iri(), item.text())), item.date(), speaker, turns, sources));
        }
        return rows;
    }
}
