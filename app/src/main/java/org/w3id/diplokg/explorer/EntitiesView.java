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

    /** What entities.jte shows: a column per year in {@code years}, a row per entity, most named first. */
    record Page(String title, String kind, int named, String narrowed, List<Link> otherKinds, FacetPanel.Panel facets,
                List<Integer> years, List<Line> rows) {}

    /** An entity with its statements in each year and in all. */
    record Line(Link entity, List<Cell> years, Link total) {}

    /** The statements in one year, and the address listing them (null when there are none). */
    record Cell(long count, String href) {}

    /** The links to this list ({@code address}) of every other kind ("Other kinds: …"). */
    static List<Link> otherKinds(EntityKind kind, PageAddress address, Lang lang) {
        List<Link> kinds = new ArrayList<>();
        for (EntityKind other : EntityKind.values()) {
            if (other != kind) {
                kinds.add(Link.to(address.with("kind", other.cssName()), other.title(lang)));
            }
        }
        return kinds;
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
        List<Line> lines = new ArrayList<>();
        for (Row row : ranked) {
            PageAddress entity = facets.on(PageAddress.of("entity", lang).with("iri", row.entity()));
            List<Cell> byYear = new ArrayList<>();
            for (int year : years) {
                long count = row.byYear().getOrDefault(year, 0L);
                byYear.add(new Cell(count, count == 0 ? null : facets.withYears(year, year).on(entity).toString()));
            }
            lines.add(new Line(Link.to(entity, labels.of(row.entity()).in(lang)), byYear, Link.to(entity, Long.toString(row.total()))));
        }
        return view.build(title, "entities.jte", new Page(title, kind.title(lang), ranked.size(),
                facets.any() ? facets.describe(labels, lang) : "", otherKinds(kind, address, lang), panel.panel(address, labels, lang),
                years, lines));
    }
}
