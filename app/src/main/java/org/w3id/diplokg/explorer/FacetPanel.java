package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.QuerySolution;
import org.w3id.diplokg.explorer.Facets.Facet;

/**
 * The filters a view offers over its statements: how many there are per year (every year from
 * the dataset's first document to its last, zero where none), per role, per document and per
 * speaker, each counted with the other filters applied, each a link that sets or clears its
 * filter; and a form for a range of years. Its queries run beside the view's own.
 */
final class FacetPanel {
    /** The years a chart spans when the dataset holds no document. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    private final Facets facets;
    private final Set<Facet> offered;
    private final CompletableFuture<Table> span;
    private final Map<Facet, CompletableFuture<Table>> counts = new EnumMap<>(Facet.class);

    private FacetPanel(Facets facets, Set<Facet> offered, CompletableFuture<Table> span) {
        this.facets = facets;
        this.offered = offered;
        this.span = span;
    }

    /**
     * Starts the counts of the statements {@code statements} matches (a SPARQL group pattern that
     * binds {@code ?statement}, its parameters set) under {@code facets}, for the filters {@code offered}.
     */
    static FacetPanel start(ViewBuilder view, String statements, Facets facets, Set<Facet> offered) {
        FacetPanel panel = new FacetPanel(facets, offered, view.start("years of the documents", Sparql.query("""
                SELECT (MIN(YEAR(?date)) AS ?first) (MAX(YEAR(?date)) AS ?last) WHERE {
                  ?document a dkg:Document ; dkg:date ?date .
                }""")));
        for (Facet facet : offered) {
            String others = facets.without(facet).pattern("statement");
            String query = switch (facet) {
                case YEAR -> """
                        SELECT ?year (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                        %s%s  ?statement dkg:date ?date .
                          BIND (YEAR(?date) AS ?year)
                        }
                        GROUP BY ?year
                        ORDER BY ?year""";
                case ROLE -> """
                        SELECT ?role (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                        %s%s  BIND (ROLE AS ?role)
                        }
                        GROUP BY ?role""".replace("ROLE", Role.expression("?statement"));
                case DOCUMENT -> """
                        SELECT ?document ?file ?date (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                        %s%s  ?statement dkg:inDocument ?document .
                          ?document dkg:sourceFile ?file ; dkg:date ?date .
                        }
                        GROUP BY ?document ?file ?date
                        ORDER BY ?date ?file""";
                case SPEAKER -> """
                        SELECT ?speaker (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                        %s%s  OPTIONAL { ?statement dkg:speaker ?speaker }
                        }
                        GROUP BY ?speaker
                        ORDER BY DESC(?statements) ?speaker""";
            };
            String name = "statements per " + facet.name().toLowerCase(java.util.Locale.ROOT);
            panel.counts.put(facet, view.start(name, Sparql.query(query.formatted(Sparql.indent(statements), others))));
        }
        return panel;
    }

    /** How many statements the filters keep: the year counts within the years kept. */
    long total() {
        long total = 0;
        for (QuerySolution row : rows(Facet.YEAR)) {
            if (facets.keeps((int) Table.number(row, "year"))) {
                total += Table.number(row, "statements");
            }
        }
        return total;
    }

    /** The speakers and documents the panel names, for the view's label lookup. */
    Set<String> named() {
        Set<String> iris = new LinkedHashSet<>();
        rows(Facet.SPEAKER).stream().filter(r -> r.contains("speaker")).forEach(r -> iris.add(Table.text(r, "speaker")));
        if (facets.document() != null) {
            iris.add(facets.document());
        }
        if (facets.speaker() != null) {
            iris.add(facets.speaker());
        }
        return iris;
    }

    private List<QuerySolution> rows(Facet facet) {
        CompletableFuture<Table> table = counts.get(facet);
        return table == null ? List.of() : ViewBuilder.join(table).rows();
    }

    /** The years of the dataset (its first document's to its last's) that the filters keep, in order. */
    List<Integer> yearsKept() {
        int[] span = years();
        List<Integer> years = new ArrayList<>();
        for (int year = span[0]; span[0] != NO_YEAR && year <= span[1]; year++) {
            if (facets.keeps(year)) {
                years.add(year);
            }
        }
        return years;
    }

    /** The first and last year of the dataset's documents. */
    private int[] years() {
        List<QuerySolution> rows = ViewBuilder.join(span).rows();
        if (rows.isEmpty() || !rows.get(0).contains("first")) {
            return new int[] {NO_YEAR, NO_YEAR};
        }
        return new int[] {(int) Table.number(rows.get(0), "first"), (int) Table.number(rows.get(0), "last")};
    }

    /** The panel: {@code address} is the view's, its filters included (a link changes one of them). */
    String html(PageAddress address, Labels labels, Lang lang) {
        PageAddress here = address.without("page");
        StringBuilder html = new StringBuilder("<section class=\"facets\" aria-labelledby=\"facets-title\">\n<h2 id=\"facets-title\">Filter</h2>\n");
        html.append("<p class=\"filters\">");
        if (facets.any()) {
            html.append("Showing ").append(total()).append(" statements: <span class=\"selected\">")
                    .append(Html.text(facets.describe(labels, lang))).append("</span> · ")
                    .append(Html.link(Facets.NONE.on(here), "clear every filter"));
        } else {
            html.append("No filter: ").append(total()).append(" statements. Pick a year, role, document or speaker.");
        }
        html.append("</p>\n<div class=\"facet-groups\">\n");
        if (offered.contains(Facet.YEAR)) {
            yearsHtml(html, here);
        }
        if (offered.contains(Facet.ROLE)) {
            group(html, "Role", Facet.ROLE, here, rolesItems(here, lang));
        }
        if (offered.contains(Facet.DOCUMENT)) {
            group(html, "Document", Facet.DOCUMENT, here, documentItems(here));
        }
        if (offered.contains(Facet.SPEAKER)) {
            group(html, "Speaker", Facet.SPEAKER, here, speakerItems(here, labels, lang));
        }
        return html.append("</div>\n</section>\n").toString();
    }

    private void yearsHtml(StringBuilder html, PageAddress here) {
        Map<Integer, Long> byYear = new java.util.TreeMap<>();
        for (QuerySolution row : rows(Facet.YEAR)) {
            byYear.put((int) Table.number(row, "year"), Table.number(row, "statements"));
        }
        int[] span = years();
        List<Bars.Bar> bars = new ArrayList<>();
        if (span[0] != NO_YEAR) {
            for (int year = span[0]; year <= span[1]; year++) {
                boolean current = facets.has(Facet.YEAR) && facets.keeps(year);
                bars.add(new Bars.Bar(Integer.toString(year), byYear.getOrDefault(year, 0L), "",
                        facets.withYears(year, year).on(here), current));
            }
        }
        html.append("<div class=\"facet facet-year\"><h3>Year</h3>\n").append(Bars.html(bars, "statements"));
        if (facets.has(Facet.YEAR)) {
            html.append("<p>").append(Html.link(facets.without(Facet.YEAR).on(here), "every year")).append("</p>\n");
        }
        // A form for a range: the other parameters of the address ride along as hidden fields.
        html.append("<form class=\"year-range\" method=\"get\" action=\"").append(Html.text(PageAddress.BASE + here.route())).append("\">");
        for (Map.Entry<String, String> parameter : facets.without(Facet.YEAR).on(here).parameters().entrySet()) {
            html.append("<input type=\"hidden\" name=\"").append(Html.text(parameter.getKey())).append("\" value=\"")
                    .append(Html.text(parameter.getValue())).append("\">");
        }
        String first = span[0] == NO_YEAR ? "" : Integer.toString(span[0]);
        String last = span[1] == NO_YEAR ? "" : Integer.toString(span[1]);
        html.append("<label>from <input name=\"from\" type=\"number\" inputmode=\"numeric\" min=\"").append(Parameters.FIRST_YEAR)
                .append("\" max=\"").append(Parameters.LAST_YEAR).append("\" placeholder=\"").append(first).append("\" value=\"")
                .append(facets.from() == Facets.OPEN ? "" : facets.from()).append("\"></label> ")
                .append("<label>to <input name=\"to\" type=\"number\" inputmode=\"numeric\" min=\"").append(Parameters.FIRST_YEAR)
                .append("\" max=\"").append(Parameters.LAST_YEAR).append("\" placeholder=\"").append(last).append("\" value=\"")
                .append(facets.to() == Facets.OPEN ? "" : facets.to()).append("\"></label> ")
                .append("<button type=\"submit\">Show these years</button></form>\n</div>\n");
    }

    /** One choice of a group: its label (plain text), count, the address selecting it, and whether it is selected. */
    private record Item(String label, long count, PageAddress href, boolean current) {}

    private void group(StringBuilder html, String title, Facet facet, PageAddress here, List<Item> items) {
        html.append("<div class=\"facet facet-").append(facet.name().toLowerCase(java.util.Locale.ROOT)).append("\"><h3>")
                .append(Html.text(title)).append("</h3>\n<ul>\n");
        for (Item item : items) {
            if (item.current()) {
                html.append("<li class=\"current\" aria-current=\"true\"><strong>").append(Html.text(item.label()))
                        .append("</strong> <span class=\"count\">").append(item.count()).append("</span> ")
                        .append(Html.link(facets.without(facet).on(here), "(any " + title.toLowerCase(java.util.Locale.ROOT) + ")"));
            } else if (item.href() == null) {
                html.append("<li><span>").append(Html.text(item.label())).append("</span> <span class=\"count\">")
                        .append(item.count()).append("</span>");
            } else {
                html.append("<li><a href=\"").append(Html.text(item.href().toString())).append("\">")
                        .append(Html.text(item.label())).append("</a> <span class=\"count\">").append(item.count()).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul></div>\n");
    }

    private List<Item> rolesItems(PageAddress here, Lang lang) {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (QuerySolution row : rows(Facet.ROLE)) {
            Role.of(Table.text(row, "role")).ifPresent(role -> byRole.put(role, Table.number(row, "statements")));
        }
        List<Item> items = new ArrayList<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            items.add(new Item(role.title(lang), byRole.getOrDefault(role, 0L), facets.withRole(role).on(here), role == facets.role()));
        }
        return items;
    }

    private List<Item> documentItems(PageAddress here) {
        List<Item> items = new ArrayList<>();
        for (QuerySolution row : rows(Facet.DOCUMENT)) {
            String document = Table.text(row, "document");
            items.add(new Item(Table.text(row, "date") + " " + Table.text(row, "file"), Table.number(row, "statements"),
                    facets.withDocument(document).on(here), document.equals(facets.document())));
        }
        return items;
    }

    private List<Item> speakerItems(PageAddress here, Labels labels, Lang lang) {
        List<Item> items = new ArrayList<>();
        for (QuerySolution row : rows(Facet.SPEAKER)) {
            if (!row.contains("speaker")) {
                items.add(new Item("no speaker (questions, narration)", Table.number(row, "statements"), null, false));
                continue;
            }
            String speaker = Table.text(row, "speaker");
            items.add(new Item(labels.of(speaker).in(lang), Table.number(row, "statements"),
                    facets.withSpeaker(speaker).on(here), speaker.equals(facets.speaker())));
        }
        return items;
    }
}
