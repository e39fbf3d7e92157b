package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/}: the documents with their dates; the filters (statements per year, role,
 * document and speaker); the most named entities of each kind and the outlets that ask, both
 * narrowed by the filters.
 */
final class HomeView {
    private static final int TOP = 10;
    /** The filters that apply to questions (an outlet asks; it has no role or speaker to filter by). */
    static final Set<Facets.Facet> QUESTION_FACETS = EnumSet.of(Facets.Facet.YEAR, Facets.Facet.DOCUMENT);

    private HomeView() {}

    static View render(QueryRunner runner, Facets facets, PageAddress address, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        var documentsLater = view.start("documents", Sparql.query("""
                SELECT ?document ?file ?date ?event ?statements WHERE {
                  ?document a dkg:Document ; dkg:sourceFile ?file ; dkg:date ?date .
                  OPTIONAL { ?document dkg:event ?event }
                  { SELECT ?document (COUNT(?span) AS ?statements) WHERE { ?span dkg:document ?document } GROUP BY ?document }
                }
                ORDER BY ?date ?file"""));
        var faultsLater = view.start("documents' faults", Sparql.query("""
                SELECT ?document ?truncated ?note (COUNT(DISTINCT ?jump) AS ?jumps) (COUNT(DISTINCT ?cut) AS ?cuts)
                       (GROUP_CONCAT(DISTINCT ?otherFile; separator=", ") AS ?renditions) WHERE {
                  ?document a dkg:Document .
                  OPTIONAL { ?document dkg:truncated ?truncated }
                  OPTIONAL { ?document dkg:note ?note }
                  OPTIONAL { ?document dkg:pageJump ?jump }
                  OPTIONAL { ?document dkg:renditionOf/dkg:sourceFile ?otherFile }
                  OPTIONAL { ?cutSpan dkg:document ?document ; dkg:omits ?cut }
                }
                GROUP BY ?document ?truncated ?note"""));
        var uncertainLater = view.start("answers after a page jump", Sparql.query("""
                SELECT ?document (COUNT(DISTINCT ?span) AS ?uncertain) WHERE {
                  ?statement dkg:mayAnswer ?question ; dkg:span ?span .
                  ?span dkg:document ?document ; dkg:beginOffset ?begin .
                  FILTER (%s)
                }
                GROUP BY ?document""".formatted(DocumentView.ASKED_BEFORE)));
        FacetPanel panel = FacetPanel.start(view, "?statement a dkg:Statement .", facets, EnumSet.allOf(Facets.Facet.class));
        var entitiesLater = view.start("most named entities", Sparql.query("""
                SELECT ?type ?entity ?zh ?en ?statements WHERE {
                  { SELECT ?entity (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                      ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                    %s} GROUP BY ?entity }
                  ?entity a ?type . FILTER (?type != dkg:Entity)
                  OPTIONAL { ?entity skos:prefLabel ?zh FILTER (lang(?zh) = "zh") }
                  OPTIONAL { ?entity skos:prefLabel ?en FILTER (lang(?en) = "en") }
                }
                ORDER BY ?type DESC(?statements) ?zh""".formatted(facets.pattern("statement"))));
        Facets asking = facets.only(QUESTION_FACETS);
        var outletsLater = view.start("outlets by questions asked", Sparql.query("""
                SELECT ?outlet ?zh ?en ?questions WHERE {
                  { SELECT ?outlet (COUNT(DISTINCT ?question) AS ?questions) WHERE {
                      ?question dkg:askedBy ?outlet .
                    %s} GROUP BY ?outlet }
                  OPTIONAL { ?outlet skos:prefLabel ?zh FILTER (lang(?zh) = "zh") }
                  OPTIONAL { ?outlet skos:prefLabel ?en FILTER (lang(?en) = "en") }
                }
                ORDER BY DESC(?questions) ?zh""".formatted(asking.any()
                ? "  ?statement dkg:partOf ?question .\n" + asking.pattern("statement") : "")));
        Table documents = ViewBuilder.join(documentsLater);
        Table entities = ViewBuilder.join(entitiesLater);
        Labels labels = Labels.lookup(view, panel.named());

        StringBuilder body = new StringBuilder();
        body.append("<h1>diplokg: what the graph holds</h1>\n")
                .append("<p class=\"lead\">Chinese foreign minister's press conferences, sentence by sentence, with every country, ")
                .append("organization, agreement and initiative they name. Search above, or start from a document or an entity.</p>\n");
        documents(body, documents, Faults.of(ViewBuilder.join(faultsLater), ViewBuilder.join(uncertainLater)), lang);
        body.append(panel.html(address, labels, lang));
        entities(body, entities, facets, lang);
        outlets(body, ViewBuilder.join(outletsLater), facets, lang);
        return view.build("Overview", body.toString());
    }

    private static void documents(StringBuilder body, Table documents, Map<String, List<String>> faults, Lang lang) {
        body.append("<section aria-labelledby=\"documents-title\"><h2 id=\"documents-title\">Documents</h2>\n")
                .append("<div class=\"table-wrap\"><table><thead><tr><th>date</th><th>event</th><th>file</th><th class=\"number\">statements</th>")
                .append("<th>what the source's faults do to its counts</th></tr></thead><tbody>\n");
        for (QuerySolution row : documents.rows()) {
            String document = Table.text(row, "document");
            PageAddress page = PageAddress.of("document", lang).with("iri", document);
            String event = Table.text(row, "event");
            body.append("<tr><td>").append(Html.text(Table.text(row, "date"))).append("</td><td>")
                    .append(Html.link(page, event.isEmpty() ? Table.text(row, "file") : event)).append("</td><td class=\"file\">")
                    .append(Html.text(Table.text(row, "file"))).append("</td><td class=\"number\">")
                    .append(Table.number(row, "statements")).append("</td><td class=\"faults\">");
            List<String> notes = faults.getOrDefault(document, List.of());
            for (int i = 0; i < notes.size(); i++) {
                body.append(i == 0 ? "" : "; ").append(Html.text(notes.get(i)));
            }
            body.append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n<p class=\"note\">A statement in two renditions of one event is counted in each ")
                .append("document's row and once everywhere else.</p></section>\n");
    }

    /** Each document's faults in words, from the two fault queries. */
    private static final class Faults {
        static Map<String, List<String>> of(Table faults, Table uncertain) {
            Map<String, Long> uncertainAnswers = new java.util.HashMap<>();
            uncertain.rows().forEach(row -> uncertainAnswers.put(Table.text(row, "document"), Table.number(row, "uncertain")));
            Map<String, List<String>> notes = new java.util.HashMap<>();
            for (QuerySolution row : faults.rows()) {
                String document = Table.text(row, "document");
                List<String> lines = new ArrayList<>();
                if ("true".equals(Table.text(row, "truncated"))) {
                    lines.add("breaks off: what follows its last jump line is missing");
                }
                count(lines, Table.number(row, "jumps"), "page jump", "page jumps");
                count(lines, uncertainAnswers.getOrDefault(document, 0L), "answer sentence after a jump: its question uncertain",
                        "answer sentences after a jump: their question uncertain");
                count(lines, Table.number(row, "cuts"), "caption cut out of a sentence", "captions cut out of sentences");
                String renditions = Table.text(row, "renditions");
                if (!renditions.isEmpty()) {
                    lines.add("another rendition: " + renditions + " (shared statements counted once)");
                }
                String note = Table.text(row, "note");
                if (!note.isEmpty()) {
                    lines.add("manifest: " + note);
                }
                notes.put(document, lines);
            }
            return notes;
        }

        private static void count(List<String> lines, long n, String one, String many) {
            if (n > 0) {
                lines.add(n + " " + (n == 1 ? one : many));
            }
        }
    }

    /** Who asks: every outlet, ranked by the questions it asked (in the years and document chosen), each linked to its page. */
    private static void outlets(StringBuilder body, Table outlets, Facets facets, Lang lang) {
        Facets asking = facets.only(QUESTION_FACETS);
        body.append("<section aria-labelledby=\"outlets-title\"><h2 id=\"outlets-title\">Who asks: outlets by questions</h2>\n")
                .append("<p class=\"note\">").append(facets.any() ? "Questions in the years and document chosen (the role and speaker filters do not apply to questions). " : "")
                .append(Html.link(asking.on(PageAddress.of("asked", lang)), "Which outlets asked about which countries"))
                .append("</p>\n<ol class=\"outlets\">\n");
        for (QuerySolution row : outlets.rows()) {
            String iri = Table.text(row, "outlet");
            Label label = new Label(iri, Table.text(row, "zh"), Table.text(row, "en"), java.util.Optional.empty());
            body.append("<li>").append(Html.link(PageAddress.of("outlet", lang).with("iri", iri), label.in(lang)))
                    .append(" <span class=\"count\">").append(Table.number(row, "questions")).append("</span></li>\n");
        }
        body.append("</ol></section>\n");
    }

    private static void entities(StringBuilder body, Table entities, Facets facets, Lang lang) {
        Map<EntityKind, List<QuerySolution>> byKind = new EnumMap<>(EntityKind.class);
        for (QuerySolution row : entities.rows()) {
            EntityKind.ofClass(Table.text(row, "type")).ifPresent(kind -> {
                List<QuerySolution> top = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
                if (top.size() < TOP) {
                    top.add(row);
                }
            });
        }
        body.append("<section aria-labelledby=\"entities-title\"><h2 id=\"entities-title\">Most named, by kind</h2>\n")
                .append("<p class=\"note\">Statements naming each entity").append(facets.any() ? ", with the filters above" : "")
                .append("; each kind's whole list counts them per year.</p>\n<div class=\"kinds\">\n");
        for (Map.Entry<EntityKind, List<QuerySolution>> kind : byKind.entrySet()) {
            body.append("<div class=\"kind kind-").append(kind.getKey().cssName()).append("\"><h3>")
                    .append(Html.text(kind.getKey().title(lang))).append("</h3><ol>\n");
            for (QuerySolution row : kind.getValue()) {
                String iri = Table.text(row, "entity");
                Label label = new Label(iri, Table.text(row, "zh"), Table.text(row, "en"), java.util.Optional.of(kind.getKey()));
                body.append("<li>").append(Html.link(facets.on(PageAddress.of("entity", lang).with("iri", iri)), label.in(lang)))
                        .append(" <span class=\"count\">").append(Table.number(row, "statements")).append("</span></li>\n");
            }
            body.append("</ol><p>").append(Html.link(facets.on(PageAddress.of("entities", lang).with("kind", kind.getKey().cssName())),
                    "all, per year")).append("</p></div>\n");
        }
        body.append("</div></section>\n");
    }
}
