package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/asked?kind=country}: which outlets asked about which countries (or entities of
 * another kind): each outlet with its questions and the entities they name, each with the number of
 * its questions naming it, linked to those question sentences. Narrowed by year and document (the
 * filters a question has).
 */
final class AskedView {
    private AskedView() {}

    static View render(QueryRunner runner, EntityKind kind, Facets facets, PageAddress address, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        String filter = facets.pattern("statement");
        var questionsLater = view.start("questions per outlet", Sparql.query("""
                SELECT ?outlet (COUNT(DISTINCT ?question) AS ?questions) WHERE {
                  ?question dkg:askedBy ?outlet .
                  ?statement dkg:partOf ?question .
                %s}
                GROUP BY ?outlet
                ORDER BY DESC(?questions) ?outlet""".formatted(filter)));
        var askedLater = view.start("entities each outlet's questions name", Sparql.query("""
                SELECT ?outlet ?entity (COUNT(DISTINCT ?question) AS ?questions) WHERE {
                  ?question dkg:askedBy ?outlet .
                  ?statement dkg:partOf ?question .
                  ?mention nif:referenceContext ?statement ; itsrdf:taIdentRef ?entity .
                  ?entity a ?kind .
                %s}
                GROUP BY ?outlet ?entity
                ORDER BY ?outlet DESC(?questions) ?entity""".formatted(filter), "kind", kind.classIri()));
        FacetPanel panel = FacetPanel.start(view, "?statement dkg:partOf ?question .\n?question dkg:askedBy ?outlet .", facets,
                HomeView.QUESTION_FACETS);
        Map<String, Long> questions = new LinkedHashMap<>();
        for (QuerySolution row : ViewBuilder.join(questionsLater).rows()) {
            questions.put(Table.text(row, "outlet"), Table.number(row, "questions"));
        }
        Map<String, List<QuerySolution>> asked = new LinkedHashMap<>();
        Set<String> named = new LinkedHashSet<>(questions.keySet());
        for (QuerySolution row : ViewBuilder.join(askedLater).rows()) {
            asked.computeIfAbsent(Table.text(row, "outlet"), o -> new ArrayList<>()).add(row);
            named.add(Table.text(row, "entity"));
        }
        named.addAll(panel.named());
        Labels labels = Labels.lookup(view, named);

        String title = "Who asked about which " + kind.title(Lang.EN).toLowerCase(java.util.Locale.ROOT);
        Facets asking = facets.withRole(Role.QUESTION);
        List<Outlet> outlets = new ArrayList<>();
        for (Map.Entry<String, Long> outlet : questions.entrySet()) {
            List<Counted> entities = new ArrayList<>();
            for (QuerySolution row : asked.getOrDefault(outlet.getKey(), List.of())) {
                String entity = Table.text(row, "entity");
                entities.add(new Counted(Link.to(asking.on(PageAddress.of("entity", lang).with("iri", entity)), labels.of(entity).in(lang)),
                        Table.number(row, "questions")));
            }
            outlets.add(new Outlet(Link.to(PageAddress.of("outlet", lang).with("iri", outlet.getKey()), labels.of(outlet.getKey()).in(lang)),
                    outlet.getValue(), entities));
        }
        return view.build(title, "asked.jte", new Page(title, kind.title(lang), facets.any() ? facets.describe(labels, lang) : "",
                EntitiesView.otherKinds(kind, address, lang), panel.panel(address, labels, lang), outlets));
    }

    /** What asked.jte shows. */
    record Page(String title, String kind, String narrowed, List<Link> otherKinds, FacetPanel.Panel facets, List<Outlet> outlets) {}

    /** An outlet, its questions, and the entities they name with the questions naming each. */
    record Outlet(Link outlet, long questions, List<Counted> entities) {}
}
