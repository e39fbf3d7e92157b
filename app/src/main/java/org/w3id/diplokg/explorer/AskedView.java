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
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(title)).append("</h1>\n<p class=\"note\">Each outlet, its questions")
                .append(facets.any() ? " (" + Html.text(facets.describe(labels, lang)) + ")" : "")
                .append(", and the ").append(Html.text(kind.title(lang))).append(" they name, with how many of its questions name each. ")
                .append("A name links to the question sentences naming it. ").append(EntitiesView.otherKinds(kind, address, lang))
                .append("</p>\n").append(panel.html(address, labels, lang));
        body.append("<div class=\"table-wrap\"><table class=\"asked\"><thead><tr><th>outlet</th><th class=\"number\">questions</th><th>")
                .append(Html.text(kind.title(lang))).append(" its questions name</th></tr></thead><tbody>\n");
        Facets asking = facets.withRole(Role.QUESTION);
        for (Map.Entry<String, Long> outlet : questions.entrySet()) {
            body.append("<tr><td>").append(Html.link(PageAddress.of("outlet", lang).with("iri", outlet.getKey()), labels.of(outlet.getKey()).in(lang)))
                    .append("</td><td class=\"number\">").append(outlet.getValue()).append("</td><td>");
            List<String> links = new ArrayList<>();
            for (QuerySolution row : asked.getOrDefault(outlet.getKey(), List.of())) {
                String entity = Table.text(row, "entity");
                links.add(Html.link(asking.on(PageAddress.of("entity", lang).with("iri", entity)), labels.of(entity).in(lang))
                        + " <span class=\"count\">" + Table.number(row, "questions") + "</span>");
            }
            body.append(String.join(", ", links)).append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return view.build(title, body.toString());
    }
}
