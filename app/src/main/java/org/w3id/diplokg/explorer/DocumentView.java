package org.w3id.diplokg.explorer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/document?iri=}: a transcript as the graph holds it, in the order of its source
 * spans' offsets within this document (the statement IRIs carry no order; a statement shared by
 * two renditions has one span in each): question turns with their outlets, answers with their
 * speakers, every mention marked and linked, each statement's span. The source's faults are shown
 * where they are: the manifest's note, whether the text breaks off, its other renditions and the
 * statements it shares with them, each page jump at its place in the text, answers the layout may
 * have moved under an uncertain question, a caption cut out of a sentence, and this file's own wording
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
        String title = event.isEmpty() ? Table.text(info, "file") : event;
        return view.build(title, "document.jte", new Page(title, Table.text(info, "date"), Table.text(info, "dateSource"),
                Table.text(info, "file"), Table.text(info, "sha256"), countStatements(statements),
                faults(info, statements, jumps, cuts, renditions, lang), Transcript.of(statements, mentions, labels, lang, jumps, cuts)));
    }

    /** What document.jte shows. */
    record Page(String title, String date, String dateSource, String file, String sha256, long statements, Faults faults,
                List<Transcript.Part> transcript) {}

    /** The document's faults: only those it has are shown ({@code note} empty, counts zero, no rendition: none). */
    record Faults(String note, boolean truncated, int jumps, long uncertain, int cuts, List<Rendition> renditions) {}

    /** Another rendition of the same event: its page, the statements both hold, and how many of those it words otherwise. */
    record Rendition(Link link, long statements, long worded) {}

    /** Statements in this document (a row per span and question link: a statement is counted once per span). */
    private static long countStatements(Table statements) {
        return statements.rows().stream().map(row -> Table.text(row, "span")).distinct().count();
    }

    /** The document's faults. */
    private static Faults faults(QuerySolution info, Table statements, Table jumps, Table cuts, Table renditions, Lang lang) {
        long uncertain = statements.rows().stream().filter(row -> "may answer".equals(Table.text(row, "role")))
                .map(row -> Table.text(row, "span")).distinct().count();
        List<Rendition> others = renditions.rows().stream().map(row -> new Rendition(
                Link.to(PageAddress.of("document", lang).with("iri", Table.text(row, "other")), Table.text(row, "file")),
                Table.number(row, "statements"), Table.number(row, "worded"))).toList();
        return new Faults(Table.text(info, "note"), "true".equals(Table.text(info, "truncated")), jumps.rows().size(), uncertain,
                cuts.rows().size(), others);
    }
}
