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
 * speakers, every mention marked and linked, each statement's span. The source's faults are shown
 * where they are: the manifest's note, whether the text breaks off, its other renditions and the
 * statements it shares with them, each page jump at its place in the text, answers after a page
 * jump under an uncertain question, a caption cut out of a sentence, and this file's own wording
 * of a statement another rendition words otherwise.
 */
final class DocumentView {
    /**
     * A filter on an answer's ?question, with the ?begin of its span in ?document: a statement two
     * renditions share carries each rendition's question link, and only a question asked before it in
     * this document is its question here.
     */
    static final String ASKED_BEFORE = """
            EXISTS { ?asked dkg:partOf ?question ; dkg:span ?askedSpan .
                     ?askedSpan dkg:document ?document ; dkg:beginOffset ?askedBegin FILTER (?askedBegin < ?begin) }""";

    private DocumentView() {}

    static View render(QueryRunner runner, String document, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        Table about = view.select("document", Sparql.query("""
                SELECT ?file ?date ?event ?dateSource ?sha256 ?note ?truncated WHERE {
                  ?document a dkg:Document ; dkg:sourceFile ?file ; dkg:date ?date .
                  OPTIONAL { ?document dkg:event ?event }
                  OPTIONAL { ?document dkg:dateSource ?dateSource }
                  OPTIONAL { ?document dkg:sha256 ?sha256 }
                  OPTIONAL { ?document dkg:note ?note }
                  OPTIONAL { ?document dkg:truncated ?truncated }
                }""", "document", document));
        if (about.rows().isEmpty()) {
            throw new NotFound("The graph holds no document with the IRI " + document + ".");
        }
        Table statements = view.select("statements in source order", Sparql.query("""
                SELECT ?statement ?span ?begin ?end ?text ?variant ?speaker ?question ?role ?outlet WHERE {
                  ?span dkg:document ?document ; dkg:beginOffset ?begin ; dkg:endOffset ?end .
                  ?statement dkg:span ?span ; nif:isString ?text .
                  OPTIONAL { ?span dkg:variantText ?variant }
                  OPTIONAL { ?statement dkg:speaker ?speaker }
                  OPTIONAL {
                    { ?statement dkg:answers ?question BIND ("answers" AS ?role) }
                    UNION { ?statement dkg:mayAnswer ?question BIND ("may answer" AS ?role) }
                    UNION { ?statement dkg:partOf ?question BIND ("asks" AS ?role) }
                    ?question dkg:inDocument ?document .
                    OPTIONAL { ?question dkg:askedBy ?outlet }
                    FILTER (?role = "asks" || %s)
                  }
                }
                ORDER BY ?begin""".formatted(ASKED_BEFORE), "document", document));
        Table jumps = view.select("page jumps", Sparql.query("""
                SELECT ?jump ?begin ?end ?text ?toPage ?fromPage WHERE {
                  ?document dkg:pageJump ?jump .
                  ?jump dkg:beginOffset ?begin ; dkg:endOffset ?end ; dkg:sourceText ?text .
                  OPTIONAL { ?jump dkg:toPage ?toPage }
                  OPTIONAL { ?jump dkg:fromPage ?fromPage }
                }
                ORDER BY ?begin""", "document", document));
        Table cuts = view.select("text cut out of statements", Sparql.query("""
                SELECT ?span ?begin ?end ?text ?what WHERE {
                  ?span dkg:document ?document ; dkg:omits ?cut .
                  ?cut dkg:beginOffset ?begin ; dkg:endOffset ?end ; dkg:sourceText ?text .
                  OPTIONAL { ?cut rdfs:comment ?what }
                }
                ORDER BY ?begin""", "document", document));
        Table renditions = view.select("other renditions", Sparql.query("""
                SELECT ?other ?file (COUNT(DISTINCT ?shared) AS ?statements) (COUNT(DISTINCT ?reworded) AS ?worded) WHERE {
                  ?document dkg:renditionOf ?other . ?other dkg:sourceFile ?file .
                  OPTIONAL { ?shared a dkg:Statement ; dkg:inDocument ?document , ?other .
                             OPTIONAL { ?shared dkg:span/dkg:variantText ?variant BIND (?shared AS ?reworded) } }
                }
                GROUP BY ?other ?file
                ORDER BY ?file""", "document", document));
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
                .append("<dt>statements</dt><dd>").append(countStatements(statements)).append("</dd>");
        faults(body, info, statements, jumps, cuts, renditions, lang);
        body.append("</dl>\n")
                .append("<p class=\"note\">In the order of the file: each statement ends with its source span, the code-point offsets ")
                .append("of the sentence in the source file.</p>\n<div class=\"transcript\">\n");
        transcript(body, statements, mentions, labels, lang, jumps, Cuts.bySpan(cuts));
        body.append("</div>\n");
        return view.build(event.isEmpty() ? Table.text(info, "file") : event, body.toString());
    }

    /** Statements in this document (a row per span and question link: a statement is counted once per span). */
    private static long countStatements(Table statements) {
        return statements.rows().stream().map(row -> Table.text(row, "span")).distinct().count();
    }

    /** The document's faults, as lines of the "about" list: only those it has. */
    private static void faults(StringBuilder body, QuerySolution info, Table statements, Table jumps, Table cuts,
                               Table renditions, Lang lang) {
        String note = Table.text(info, "note");
        if (!note.isEmpty()) {
            body.append("<dt>note</dt><dd class=\"fault-note\">").append(Html.text(note)).append("</dd>");
        }
        if ("true".equals(Table.text(info, "truncated"))) {
            body.append("<dt>text</dt><dd class=\"fault truncated\">breaks off at its last jump line: the statements after it ")
                    .append("are on a page the file does not hold, and missing from every count</dd>");
        }
        if (!jumps.rows().isEmpty()) {
            body.append("<dt>page jumps</dt><dd class=\"fault jumps\">").append(jumps.rows().size())
                    .append(" (where the text does not run on; marked in the transcript)</dd>");
        }
        long uncertain = statements.rows().stream().filter(row -> "may answer".equals(Table.text(row, "role")))
                .map(row -> Table.text(row, "span")).distinct().count();
        if (uncertain > 0) {
            body.append("<dt>answers after a jump</dt><dd class=\"fault uncertain\">").append(uncertain)
                    .append(" statements sit under a question a page jump separates them from: they may answer it ")
                    .append("(<code>dkg:mayAnswer</code>), and are not counted as answering it</dd>");
        }
        if (!cuts.rows().isEmpty()) {
            body.append("<dt>cut out</dt><dd class=\"fault cuts\">").append(cuts.rows().size())
                    .append(" caption or byline set inside a sentence (shown at its sentence)</dd>");
        }
        for (QuerySolution row : renditions.rows()) {
            body.append("<dt>other rendition</dt><dd class=\"rendition\">")
                    .append(Html.link(PageAddress.of("document", lang).with("iri", Table.text(row, "other")), Table.text(row, "file")))
                    .append(": ").append(Table.number(row, "statements")).append(" statements in both (counted once), ")
                    .append(Table.number(row, "worded")).append(" of them worded otherwise by one of the two</dd>");
        }
    }

    private static void transcript(StringBuilder body, Table statements, Map<String, List<Statements.Mention>> mentions,
                                   Labels labels, Lang lang, Table jumps, Map<String, List<Cuts.Cut>> cuts) {
        String turn = null;
        Set<String> anchors = new HashSet<>();
        Set<String> spans = new HashSet<>();
        StatementList.Marks marks = StatementList.mentionMarks(mentions, null, lang);
        java.util.Iterator<QuerySolution> jump = jumps.rows().iterator();
        QuerySolution nextJump = jump.hasNext() ? jump.next() : null;
        for (QuerySolution row : statements.rows()) {
            String statement = Table.text(row, "statement");
            String span = Table.text(row, "span");
            if (!spans.add(span)) {
                continue; // a second question link of the same span (one per rendition): shown once
            }
            while (nextJump != null && Table.number(nextJump, "begin") < Table.number(row, "begin")) {
                if (turn != null) {
                    body.append("</section>\n");
                    turn = null;
                }
                pageJump(body, nextJump);
                nextJump = jump.hasNext() ? jump.next() : null;
            }
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
                    .append(Table.number(row, "begin")).append('–').append(Table.number(row, "end")).append(")</span>");
            String variant = Table.text(row, "variant");
            if (!variant.isEmpty()) {
                body.append("<br><span class=\"variant\">this file words it: <span lang=\"zh\">").append(Html.text(variant))
                        .append("</span></span>");
            }
            for (Cuts.Cut cut : cuts.getOrDefault(span, List.of())) {
                body.append("<br><span class=\"cut\">cut out of the sentence at [").append(cut.begin()).append('–').append(cut.end())
                        .append("), ").append(Html.text(cut.what().isEmpty() ? "layout text" : cut.what())).append(": <span lang=\"zh\">")
                        .append(Html.text(cut.text())).append("</span></span>");
            }
            body.append("</p>\n");
        }
        if (turn != null) {
            body.append("</section>\n");
        }
        while (nextJump != null) {
            pageJump(body, nextJump);
            nextJump = jump.hasNext() ? jump.next() : null;
        }
    }

    /** A page jump where it sits in the file: the jump line, or the furniture the text broke off at. */
    private static void pageJump(StringBuilder body, QuerySolution jump) {
        body.append("<p class=\"page-jump\">page jump at [").append(Table.number(jump, "begin")).append('–')
                .append(Table.number(jump, "end")).append("): ");
        if (jump.contains("toPage")) {
            body.append("continues on page ").append(Table.number(jump, "toPage"));
        } else if (jump.contains("fromPage")) {
            body.append("continued from page ").append(Table.number(jump, "fromPage"));
        } else {
            body.append("the text stops mid-sentence at page furniture and goes on with text from elsewhere");
        }
        body.append(" <span class=\"source-text\" lang=\"zh\">").append(Html.text(abbreviated(Table.text(jump, "text"))))
                .append("</span></p>\n");
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= 60 ? line : line.substring(0, line.offsetByCodePoints(0, 60)) + "…";
    }

    /** What the "text cut out of statements" query found, by span. */
    private static final class Cuts {
        record Cut(long begin, long end, String text, String what) {}

        static Map<String, List<Cut>> bySpan(Table cuts) {
            Map<String, List<Cut>> bySpan = new java.util.HashMap<>();
            for (QuerySolution row : cuts.rows()) {
                bySpan.computeIfAbsent(Table.text(row, "span"), k -> new java.util.ArrayList<>()).add(new Cut(
                        Table.number(row, "begin"), Table.number(row, "end"), Table.text(row, "text"), Table.text(row, "what")));
            }
            return bySpan;
        }
    }

    private static void turnHeader(StringBuilder body, String role, String question, String speaker, String outlet,
                                   Labels labels, Lang lang, Set<String> anchors) {
        String css = "asks".equals(role) ? "question" : "answers".equals(role) ? "answer"
                : "may answer".equals(role) ? "answer uncertain" : "narration";
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
            } else if ("may answer".equals(role)) {
                body.append(lang == Lang.ZH ? "回答（所答提问不确定：其间有转版）" : "Answer, question uncertain: a page jump lies between");
                if (anchors.contains(Anchors.question(question))) {
                    body.append(" · <a href=\"#").append(Anchors.question(question)).append("\">")
                            .append(lang == Lang.ZH ? "它所在的提问" : "the question it sits under").append("</a>");
                }
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
