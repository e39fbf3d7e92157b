package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders statements as a list: the text with its marks, then speaker, date, question and documents as links. */
final class StatementList {
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

    static String html(List<Statements.Item> items, Marks marks,
                       Labels labels, Lang lang) {
        StringBuilder html = new StringBuilder("<ol class=\"statements\">\n");
        for (Statements.Item item : items) {
            html.append("<li class=\"statement\"><p class=\"text\" lang=\"zh\">")
                    .append(Highlighter.html(item.text(), marks.of(item.iri(), item.text()))).append("</p>\n<p class=\"meta\">");
            html.append("<span class=\"date\">").append(Html.text(item.date())).append("</span>");
            if (!item.speaker().isEmpty()) {
                html.append(" · <span class=\"speaker\">")
                        .append(Html.link(PageAddress.of("entity", lang).with("iri", item.speaker()), labels.of(item.speaker()).in(lang)))
                        .append("</span>");
            }
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
                html.append(" · ").append(Html.link(question + "#" + Anchors.question(turn.question()), words));
            }
            for (Statements.Source source : item.sources()) {
                PageAddress document = PageAddress.of("document", lang).with("iri", source.document());
                html.append(" · <span class=\"source\">").append(Html.link(document + "#" + Anchors.statement(item.iri()), source.file()))
                        .append("</span>");
            }
            html.append("</p></li>\n");
        }
        return html.append("</ol>\n").toString();
    }
}
