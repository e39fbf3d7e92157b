package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.w3id.diplokg.explorer.Facets.Facet;

/**
 * The filters a view offers over its statements (facets.jte): how many there are per year (every year from
 * the dataset's first document to its last, zero where none), per role, per document and per
 * speaker, each counted with the other filters applied, each a link that sets or clears its
 * filter; and a form for a range of years.
 *
 * <p>Two queries run beside the view's own: the statements per year, role and speaker together
 * (a statement has one of each, so each falls in one cell; the document filter applied), whose
 * cells the panel sums for each filter with the others applied; and the statements per document
 * (a statement shared by two renditions is in both), every other filter applied. The cells' query
 * is the same whatever year, role or speaker is chosen, so it is answered from the cache as one
 * clicks through them.
 */
final class FacetPanel {
    /** Marks the first and last year as unknown: the dataset holds no document. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    /** The statements of one year, role and speaker ("" for none). */
    private record Cell(int year, Role role, String speaker, long statements) {}

    /** What facets.jte shows: how many statements the filters keep, which filters are set, and each group of choices. */
    record Panel(boolean any, long total, String selected, String clearAll, Years years, List<Group> groups) {}

    /** The years: a bar per year, a link to every year (null when none is chosen), and a form for a range. */
    record Years(Bars.Chart bars, String every, String action, List<Hidden> hidden, int min, int max, String first, String last,
                 String from, String to) {}

    /** A parameter of the address the range form keeps. */
    record Hidden(String name, String value) {}

    /** A group of choices: role, document or speaker. */
    record Group(String title, String cssClass, Choices choices) {}

    private final Facets facets;
    private final Set<Facet> offered;
    private final CompletableFuture<Table> span;
    private final CompletableFuture<Table> cells;
    private final CompletableFuture<Table> documents;

    private FacetPanel(Facets facets, Set<Facet> offered, CompletableFuture<Table> span, CompletableFuture<Table> cells,
                       CompletableFuture<Table> documents) {
        this.facets = facets;
        this.offered = offered;
        this.span = span;
        this.cells = cells;
        this.documents = documents;
    }

    /**
     * Starts the counts of the statements {@code statements} matches (a SPARQL group pattern that
     * binds {@code ?statement}, its parameters set) under {@code facets}, for the filters {@code offered}.
     */
    static FacetPanel start(ViewBuilder view, String statements, Facets facets, Set<Facet> offered) {
        var span = view.start("years of the documents", Sparql.query("""
                SELECT (MIN(YEAR(?date)) AS ?first) (MAX(YEAR(?date)) AS ?last) WHERE {
                  ?document a dkg:Document ; dkg:date ?date .
                }"""));
        var cells = view.start("statements per year, role and speaker", Sparql.query("""
                SELECT ?year ?role ?speaker (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                %s%s  ?statement dkg:date ?date .
                  BIND (YEAR(?date) AS ?year)
                  BIND (ROLE AS ?role)
                  OPTIONAL { ?statement dkg:speaker ?speaker }
                }
                GROUP BY ?year ?role ?speaker
                ORDER BY ?year ?role ?speaker""".replace("ROLE", Role.expression("?statement"))
                .formatted(Sparql.indent(statements), facets.only(EnumSet.of(Facet.DOCUMENT)).pattern("statement"))));
        var documents = !offered.contains(Facet.DOCUMENT) ? null : view.start("statements per document", Sparql.query("""
                SELECT ?document ?file ?date (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                %s%s  ?statement dkg:inDocument ?document .
                  ?document dkg:sourceFile ?file ; dkg:date ?date .
                }
                GROUP BY ?document ?file ?date
                ORDER BY ?date ?file""".formatted(Sparql.indent(statements), facets.without(Facet.DOCUMENT).pattern("statement"))));
        return new FacetPanel(facets, offered, span, cells, documents);
    }

    private List<Cell> cells() {
        List<Cell> list = new ArrayList<>();
        for (QuerySolution row : ViewBuilder.join(cells).rows()) {
            Role.of(Table.text(row, "role")).ifPresent(role -> list.add(new Cell((int) Table.number(row, "year"), role,
                    Table.text(row, "speaker"), Table.number(row, "statements"))));
        }
        return list;
    }

    /** The statements the filters keep but for {@code except} (null: every filter kept), summed by {@code key}. */
    private <K> Map<K, Long> sum(Facet except, Function<Cell, K> key) {
        Map<K, Long> sums = new LinkedHashMap<>();
        for (Cell cell : cells()) {
            boolean kept = (except == Facet.YEAR || facets.keeps(cell.year()))
                    && (except == Facet.ROLE || facets.role() == null || facets.role() == cell.role())
                    && (except == Facet.SPEAKER || facets.speaker() == null || facets.speaker().equals(cell.speaker()));
            if (kept) {
                sums.merge(key.apply(cell), cell.statements(), Long::sum);
            }
        }
        return sums;
    }

    /** How many statements the filters keep. */
    long total() {
        return sum(null, cell -> "").getOrDefault("", 0L);
    }

    /** The speakers and documents the panel names, for the view's label lookup. */
    Set<String> named() {
        Set<String> iris = new LinkedHashSet<>();
        cells().stream().map(Cell::speaker).filter(s -> !s.isEmpty()).forEach(iris::add);
        if (facets.document() != null) {
            iris.add(facets.document());
        }
        if (facets.speaker() != null) {
            iris.add(facets.speaker());
        }
        return iris;
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
    Panel panel(PageAddress address, Labels labels, Lang lang) {
        PageAddress here = address.without("page");
        List<Group> groups = new ArrayList<>();
        if (offered.contains(Facet.ROLE)) {
            groups.add(group("Role", Facet.ROLE, here, rolesItems(here, lang)));
        }
        if (offered.contains(Facet.DOCUMENT)) {
            groups.add(group("Document", Facet.DOCUMENT, here, documentItems(here)));
        }
        if (offered.contains(Facet.SPEAKER)) {
            groups.add(group("Speaker", Facet.SPEAKER, here, speakerItems(here, labels, lang)));
        }
        return new Panel(facets.any(), total(), facets.any() ? facets.describe(labels, lang) : "", Facets.NONE.on(here).toString(),
                offered.contains(Facet.YEAR) ? years(here) : null, groups);
    }

    private Years years(PageAddress here) {
        Map<Integer, Long> byYear = sum(Facet.YEAR, Cell::year);
        int[] span = years();
        List<Bars.Bar> bars = new ArrayList<>();
        if (span[0] != NO_YEAR) {
            for (int year = span[0]; year <= span[1]; year++) {
                boolean current = facets.has(Facet.YEAR) && facets.keeps(year);
                bars.add(new Bars.Bar(Integer.toString(year), byYear.getOrDefault(year, 0L), "",
                        facets.withYears(year, year).on(here), current));
            }
        }
        // The range form sends the other parameters of the address along as hidden fields.
        List<Hidden> hidden = facets.without(Facet.YEAR).on(here).parameters().entrySet().stream()
                .map(p -> new Hidden(p.getKey(), p.getValue())).toList();
        return new Years(Bars.chart(bars, "statements"), facets.has(Facet.YEAR) ? facets.without(Facet.YEAR).on(here).toString() : null,
                PageAddress.BASE + here.route(), hidden, Parameters.FIRST_YEAR, Parameters.LAST_YEAR,
                span[0] == NO_YEAR ? "" : Integer.toString(span[0]), span[1] == NO_YEAR ? "" : Integer.toString(span[1]),
                facets.from() == Facets.OPEN ? "" : Integer.toString(facets.from()),
                facets.to() == Facets.OPEN ? "" : Integer.toString(facets.to()));
    }

    private Group group(String title, Facet facet, PageAddress here, List<Choices.Choice> items) {
        return new Group(title, "facet facet-" + facet.name().toLowerCase(Locale.ROOT), new Choices(items,
                Link.to(facets.without(facet).on(here), "(any " + title.toLowerCase(Locale.ROOT) + ")")));
    }

    private List<Choices.Choice> rolesItems(PageAddress here, Lang lang) {
        Map<Role, Long> byRole = sum(Facet.ROLE, Cell::role);
        List<Choices.Choice> items = new ArrayList<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            items.add(new Choices.Choice(role.title(lang), byRole.getOrDefault(role, 0L), facets.withRole(role).on(here).toString(), role == facets.role()));
        }
        return items;
    }

    private List<Choices.Choice> documentItems(PageAddress here) {
        List<Choices.Choice> items = new ArrayList<>();
        for (QuerySolution row : ViewBuilder.join(documents).rows()) {
            String document = Table.text(row, "document");
            items.add(new Choices.Choice(Table.text(row, "date") + " " + Table.text(row, "file"), Table.number(row, "statements"),
                    facets.withDocument(document).on(here).toString(), document.equals(facets.document())));
        }
        return items;
    }

    private List<Choices.Choice> speakerItems(PageAddress here, Labels labels, Lang lang) {
        List<Map.Entry<String, Long>> bySpeaker = new ArrayList<>(sum(Facet.SPEAKER, Cell::speaker).entrySet());
        bySpeaker.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Choices.Choice> items = new ArrayList<>();
        for (Map.Entry<String, Long> speaker : bySpeaker) {
            if (speaker.getKey().isEmpty()) {
                items.add(new Choices.Choice("no speaker (questions, narration)", speaker.getValue(), null, false));
            } else {
                items.add(new Choices.Choice(labels.of(speaker.getKey()).in(lang), speaker.getValue(),
                        facets.withSpeaker(speaker.getKey()).on(here).toString(), speaker.getKey().equals(facets.speaker())));
            }
        }
        return items;
    }

}
