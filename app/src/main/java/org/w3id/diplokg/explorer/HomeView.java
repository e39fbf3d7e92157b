package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        var uncertainLater = view.start("answers whose question is uncertain", Sparql.query("""
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

        return view.build("Overview", "home.jte", new Page(documents(documents,
                Faults.of(ViewBuilder.join(faultsLater), ViewBuilder.join(uncertainLater)), lang),
                panel.panel(address, labels, lang), facets.any(), kinds(entities, facets, lang),
                Link.to(asking.on(PageAddress.of("asked", lang)), "Which outlets asked about which countries"),
                outlets(ViewBuilder.join(outletsLater), lang)));
    }

    /** What home.jte shows. */
    record Page(List<DocumentRow> documents, FacetPanel.Panel facets, boolean filtered, List<Kind> kinds, Link asked,
                List<Counted> outlets) {}

    /** A document: its date, its page (named by its event, else its file), its statements, and its faults in words. */
    record DocumentRow(String date, Link page, String file, long statements, String faults) {}

    /** The most named entities of a kind, and a link to the whole list. */
    record Kind(String cssClass, String title, List<Counted> top, String all) {}

    private static List<DocumentRow> documents(Table documents, Map<String, List<String>> faults, Lang lang) {
        List<DocumentRow> rows = new ArrayList<>();
        for (QuerySolution row : documents.rows()) {
            String document = Table.text(row, "document");
            String event = Table.text(row, "event");
            rows.add(new DocumentRow(Table.text(row, "date"), Link.to(PageAddress.of("document", lang).with("iri", document),
                    event.isEmpty() ? Table.text(row, "file") : event), Table.text(row, "file"), Table.number(row, "statements"),
                    String.join("; ", faults.getOrDefault(document, List.of()))));
        }
        return rows;
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
                count(lines, uncertainAnswers.getOrDefault(document, 0L), "answer sentence the layout may have moved: its question uncertain",
                        "answer sentences the layout may have moved: their question uncertain");
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
    private static List<Counted> outlets(Table outlets, Lang lang) {
        List<Counted> ranked = new ArrayList<>();
        for (QuerySolution row : outlets.rows()) {
            String iri = Table.text(row, "outlet");
            Label label = new Label(iri, Table.text(row, "zh"), Table.text(row, "en"), Optional.empty());
            ranked.add(new Counted(Link.to(PageAddress.of("outlet", lang).with("iri", iri), label.in(lang)), Table.number(row, "questions")));
        }
        return ranked;
    }

    private static List<Kind> kinds(Table entities, Facets facets, Lang lang) {
        Map<EntityKind, List<Counted>> byKind = new EnumMap<>(EntityKind.class);
        for (QuerySolution row : entities.rows()) {
            EntityKind.ofClass(Table.text(row, "type")).ifPresent(kind -> {
                List<Counted> top = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
                if (top.size() < TOP) {
                    String iri = Table.text(row, "entity");
                    Label label = new Label(iri, Table.text(row, "zh"), Table.text(row, "en"), Optional.of(kind));
                    top.add(new Counted(Link.to(facets.on(PageAddress.of("entity", lang).with("iri", iri)), label.in(lang)),
                            Table.number(row, "statements")));
                }
            });
        }
        List<Kind> kinds = new ArrayList<>();
        byKind.forEach((kind, top) -> kinds.add(new Kind("kind kind-" + kind.cssName(), kind.title(lang), top,
                facets.on(PageAddress.of("entities", lang).with("kind", kind.cssName())).toString())));
        return kinds;
    }
}
