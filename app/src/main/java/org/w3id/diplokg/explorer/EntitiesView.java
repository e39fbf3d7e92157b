package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/entities?kind=country}: every entity of a kind with the statements naming it in
 * each year (a column per year of the dataset, or per year chosen) and in all, most named first, so
 * the countries named in 2020 and in 2022 stand side by side. The filters narrow the statements
 * counted (role=answer: the minister's answers only); each count links to those statements.
 */
final class EntitiesView {
    private EntitiesView() {}

    /** One row: an entity and its statements per year. */
    private record Row(String entity, Map<Integer, Long> byYear) {
        long total() {
            return byYear.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** "Other kinds: …", each a link to this list ({@code address}) of another kind. */
    static String otherKinds(EntityKind kind, PageAddress address, Lang lang) {
        List<String> kinds = new ArrayList<>();
        for (EntityKind other : EntityKind.values()) {
            if (other != kind) {
                kinds.add(Html.link(address.with("kind", other.cssName()), other.title(lang)));
            }
        }
        return "Other kinds: " + String.join(" · ", kinds) + ".";
    }

    static View render(QueryRunner runner, EntityKind kind, Facets facets, PageAddress address, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        String naming = Sparql.fragment("?entity a ?kind .\n?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .",
                "kind", kind.classIri());
        var countsLater = view.start("statements naming each entity, per year", Sparql.query("""
                SELECT ?entity ?year (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                %s  ?statement dkg:date ?date .
                  BIND (YEAR(?date) AS ?year)
                %s}
                GROUP BY ?entity ?year
                ORDER BY ?entity ?year""".formatted(Sparql.indent(naming), facets.pattern("statement"))));
        FacetPanel panel = FacetPanel.start(view, naming, facets, EnumSet.allOf(Facets.Facet.class));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (QuerySolution row : ViewBuilder.join(countsLater).rows()) {
            String entity = Table.text(row, "entity");
            rows.computeIfAbsent(entity, e -> new Row(e, new LinkedHashMap<>()))
                    .byYear().put((int) Table.number(row, "year"), Table.number(row, "statements"));
        }
        List<String> named = new ArrayList<>(rows.keySet());
        named.addAll(panel.named());
        Labels labels = Labels.lookup(view, named);
        List<Row> ranked = new ArrayList<>(rows.values());
        ranked.sort(Comparator.comparingLong(Row::total).reversed().thenComparing(r -> labels.of(r.entity()).in(lang)));
        List<Integer> years = panel.yearsKept();

        String title = kind.title(lang) + ": statements naming each, per year";
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(title)).append("</h1>\n<p class=\"note\">").append(ranked.size()).append(" named")
                .append(facets.any() ? " (" + Html.text(facets.describe(labels, lang)) + ")" : "")
                .append(". Each number links to the statements it counts. ").append(otherKinds(kind, address, lang))
                .append("</p>\n").append(panel.html(address, labels, lang));
        body.append("<div class=\"table-wrap\"><table class=\"per-year\"><thead><tr><th>").append(Html.text(kind.title(lang))).append("</th>");
        for (int year : years) {
            body.append("<th class=\"number\">").append(year).append("</th>");
        }
        body.append("<th class=\"number\">total</th></tr></thead><tbody>\n");
        for (Row row : ranked) {
            PageAddress entity = facets.on(PageAddress.of("entity", lang).with("iri", row.entity()));
            body.append("<tr><td>").append(Html.link(entity, labels.of(row.entity()).in(lang))).append("</td>");
            for (int year : years) {
                long count = row.byYear().getOrDefault(year, 0L);
                body.append("<td class=\"number\">").append(count == 0 ? "0"
                        : Html.link(facets.withYears(year, year).on(entity), Long.toString(count))).append("</td>");
            }
            body.append("<td class=\"number\">").append(Html.link(entity, Long.toString(row.total()))).append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return view.build(title, body.toString());
    }
}
