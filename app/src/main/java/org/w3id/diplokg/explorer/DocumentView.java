package org.w3id.diplokg.explorer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/document?iri=}: a transcript as the graph holds it, in the order of its source
 * spans' offsets within this document (the statement IRIs carry no order; a statement shared by
 * two renditions has one span in each): question turns with their outlets, answers with their
 * speakers, every mention marked and linked, each statement's span.
 */
final class DocumentView {
    private DocumentView() {}

    static View render(QueryRunner runner, String document, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        Table about = view.select("document", Sparql.query("""
                SELECT ?file ?date ?event ?dateSource ?sha256 WHERE {
                  ?document a dkg:Document ; dkg:sourceFile ?file ; dkg:date ?date .
                  OPTIONAL { ?document dkg:event ?event }
                  OPTIONAL { ?document dkg:dateSource ?dateSource }
                  OPTIONAL { ?document dkg:sha256 ?sha256 }
                }""", "document", document));
        if (about.rows().isEmpty()) {
            throw new NotFound("The graph holds no document with the IRI " + document + ".");
        }
        Table statements = view.select("statements in source order", Sparql.query("""
                SELECT ?statement ?span ?begin ?end ?text ?speaker ?question ?role ?outlet WHERE {
                  ?span dkg:document ?document ; dkg:beginOffset ?begin ; dkg:endOffset ?end .
                  ?statement dkg:span ?span ; nif:isString ?text .
                  OPTIONAL { ?statement dkg:speaker ?speaker }
                  OPTIONAL {
                    { ?statement dkg:answers ?question BIND ("answers" AS ?role) }
                    UNION { ?statement dkg:partOf ?question BIND ("asks" AS ?role) }
                    ?question dkg:inDocument ?document .
                    OPTIONAL { ?question dkg:askedBy ?outlet }
                  }
                }
                ORDER BY ?begin""", "document", document));
        Table mentionRows = view.select("mentions in this document", Sparql.query("""
                SELECT DISTINCT ?statement ?mention ?begin ?end ?entity WHERE {
                  ?span dkg:document ?document . ?statement dkg:span ?span .
                  ?mention nif:referenceContext ?statement ; itsrdf:taIdentRef ?entity ;
                           nif:beginIndex ?begin ; nif:endIndex ?end .
                }
                ORDER BY ?statement ?begin""", "document", document));
        Map<String, List<Statements.Mention>> mentions = Statements.byStatement(mentionRows);
        Set<String> named = Statements.named(List.of(), mentions);
        for (QuerySolution row : statements.rows()) {
            for (String var : List.of("speaker", "outlet")) {
                if (row.contains(var)) {
                    named.add(Table.text(row, var));
                }
            }
        }
        Labels labels = Labels.lookup(view, named);

        QuerySolution info = about.rows().get(0);
        String event = Table.text(info, "event");
        StringBuilder body = new StringBuilder();
        body.append("<h1 lang=\"zh\">").append(Html.text(event.isEmpty() ? Table.text(info, "file") : event)).append("</h1>\n")
                .append("<dl class=\"about\"><dt>date</dt><dd>").append(Html.text(Table.text(info, "date")))
                .append(" <span class=\"note\">(from the ").append(Html.text(Table.text(info, "dateSource"))).append(")</span></dd>")
                .append("<dt>source file</dt><dd class=\"file\">").append(Html.text(Table.text(info, "file"))).append("</dd>")
                .append("<dt>SHA-256</dt><dd class=\"iri\">").append(Html.text(Table.text(info, "sha256"))).append("</dd>")
                .append("<dt>statements</dt><dd>").append(statements.rows().size()).append("</dd></dl>\n")
                .append("<p class=\"note\">In the order of the file: each statement ends with its source span, the code-point offsets ")
                .append("of the sentence in the source file.</p>\n<div class=\"transcript\">\n");
        transcript(body, statements, mentions, labels, lang);
        body.append("</div>\n");
        return view.build(event.isEmpty() ? Table.text(info, "file") : event, body.toString());
    }

    private static void transcript(StringBuilder body, Table statements, Map<String, List<Statements.Mention>> mentions,
                                   Labels labels, Lang lang) {
        String turn = null;
        Set<String> anchors = new HashSet<>();
        StatementList.Marks marks = StatementList.mentionMarks(mentions, null, lang);
        for (QuerySolution row : statements.rows()) {
            String statement = Table.text(row, "statement");
            String role = Table.text(row, "role");
            String question = Table.text(row, "question");
            String speaker = Table.text(row, "speaker");
            String key = role + " " + question + " " + speaker;
            if (!Objects.equals(key, turn)) {
                if (turn != null) {
                    body.append("</section>\n");
                }
                turn = key;
                turnHeader(body, role, question, speaker, Table.text(row, "outlet"), labels, lang, anchors);
            }
            String anchor = Anchors.statement(statement);
            body.append("<p class=\"statement\"").append(anchors.add(anchor) ? " id=\"" + anchor + "\"" : "").append(">")
                    .append("<span class=\"text\" lang=\"zh\">")
                    .append(Highlighter.html(Table.text(row, "text"), marks.of(statement, "")))
                    .append("</span> <span class=\"span\" title=\"source span: code points in the file\">[")
                    .append(Table.number(row, "begin")).append('–').append(Table.number(row, "end")).append(")</span></p>\n");
        }
        if (turn != null) {
            body.append("</section>\n");
        }
    }

    private static void turnHeader(StringBuilder body, String role, String question, String speaker, String outlet,
                                   Labels labels, Lang lang, Set<String> anchors) {
        String css = "asks".equals(role) ? "question" : "answers".equals(role) ? "answer" : "narration";
        body.append("<section class=\"turn ").append(css).append('"');
        if ("asks".equals(role) && anchors.add(Anchors.question(question))) {
            body.append(" id=\"").append(Anchors.question(question)).append('"');
        }
        body.append("><h2 class=\"turn-head\">");
        if ("asks".equals(role)) {
            body.append(lang == Lang.ZH ? "提问" : "Question");
            if (!outlet.isEmpty()) {
                body.append(" · ").append(Html.link(PageAddress.of("outlet", lang).with("iri", outlet), labels.of(outlet).in(lang)));
            }
        } else {
            if ("answers".equals(role)) {
                body.append(lang == Lang.ZH ? "回答" : "Answer");
            } else if (!speaker.isEmpty()) {
                body.append(lang == Lang.ZH ? "发言" : "Remarks");
            } else {
                body.append(lang == Lang.ZH ? "叙述" : "Narration");
            }
            if (!speaker.isEmpty()) {
                body.append(" · ").append(Html.link(PageAddress.of("entity", lang).with("iri", speaker), labels.of(speaker).in(lang)));
            }
        }
        body.append("</h2>\n");
    }
}
