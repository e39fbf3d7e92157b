package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/search?q=}: entities whose labels or aliases contain the text (so 俄 finds
 * Russia), and statements that contain it, found through the full-text index, the match marked.
 * Several words separated by spaces must all occur (中美 竞争: statements holding both, anywhere);
 * the statements can be narrowed by the filters ({@link Facets}) and listed as {@link Listing} says.
 */
final class SearchView {
    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 10;
    static final int PAGE_SIZE = Listing.PAGE_SIZE;
    private static final int ENTITIES = 50;
    private static final int TEXT_HITS = 10_000;

    /** An entity a label matched, with the labels that matched and how many statements name it. */
    private record Hit(String entity, Set<String> labels, long statements, int rank) {}

    private SearchView() {}

    /** The words of a search text: split at white space, each once, in the order given. */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /**
     * What search.jte shows: an invitation when {@code text} is empty, a message when it is too long,
     * else the entities found and the statements ({@code found}, null when the text has no letter or digit).
     */
    record Page(String text, boolean tooLong, List<String> words, List<EntityHit> entities, Found found) {}

    /** An entity found: its link, kind, statements naming it, and the labels that matched. */
    record EntityHit(Link link, String kind, long statements, String matched) {}

    /** The statements found: the filters, their number, how the page is narrowed, and the list. */
    record Found(FacetPanel.Panel facets, long total, String narrowed, Listing.Controls controls, List<StatementList.Row> rows,
                 Pager pager) {}

    static View render(QueryRunner runner, String text, Facets facets, Listing listing, PageAddress address, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        List<String> words = words(text);
        if (text.isEmpty() || text.length() > MAX_LENGTH || words.size() > MAX_WORDS) {
            return view.build("Search", "search.jte", new Page(text, !text.isEmpty(), words, List.of(), null));
        }
        List<Hit> hits = entities(view, text, words);
        Labels labels = Labels.lookup(view, hits.stream().map(Hit::entity).toList());
        List<EntityHit> entities = new ArrayList<>();
        for (Hit hit : hits) {
            Label label = labels.of(hit.entity());
            entities.add(new EntityHit(Link.to(facets.on(PageAddress.of("entity", lang).with("iri", hit.entity())), label.in(lang)),
                    label.kind().map(k -> k.title(lang)).orElse(""), hit.statements(), String.join(" · ", hit.labels())));
        }
        Found found = statements(view, text, words, facets, listing, address, lang);
        return view.build("Search: " + text, "search.jte", new Page(text, false, words, entities, found));
    }

    /** Entities with a label holding every word, exact and leading matches of the whole text first. */
    private static List<Hit> entities(ViewBuilder view, String text, List<String> words) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT DISTINCT ?entity ?label WHERE {
                  ?entity a dkg:Entity ; skos:prefLabel|rdfs:label|skos:altLabel ?label .
                  FILTER (%s)
                }""".formatted(containsEvery("STR(?label)", words.size())));
        setWords(query, words);
        Map<String, Hit> hits = new LinkedHashMap<>();
        String lowered = text.toLowerCase(Locale.ROOT);
        Table matches = view.select("entities by label", query);
        Map<String, Neighbourhood.Size> sizes = Neighbourhood.sizes(view,
                matches.rows().stream().map(r -> Table.text(r, "entity")).toList());
        for (QuerySolution row : matches.rows()) {
            String entity = Table.text(row, "entity");
            String label = Table.text(row, "label");
            String lowLabel = label.toLowerCase(Locale.ROOT);
            int rank = lowLabel.equals(lowered) ? 0 : lowLabel.startsWith(lowered) ? 1 : 2;
            Hit known = hits.get(entity);
            Set<String> labels = known == null ? new LinkedHashSet<>() : known.labels();
            labels.add(label);
            long statements = sizes.getOrDefault(entity, new Neighbourhood.Size(0, 0)).statements();
            hits.put(entity, new Hit(entity, labels, statements, known == null ? rank : Math.min(rank, known.rank())));
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingInt(Hit::rank).thenComparing(Comparator.comparingLong(Hit::statements).reversed())
                .thenComparing(Hit::entity));
        return ranked.subList(0, Math.min(ENTITIES, ranked.size()));
    }

    /** {@code CONTAINS(LCASE(value), LCASE(?word0)) && …}, one test per word, the words set as literals later. */
    private static String containsEvery(String value, int words) {
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            tests.add("CONTAINS(LCASE(" + value + "), LCASE(?word" + i + "))");
        }
        return String.join(" && ", tests);
    }

    private static void setWords(ParameterizedSparqlString query, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.setLiteral("word" + i, words.get(i));
        }
    }

    /**
     * The statements holding every word, as a pattern binding {@code ?statement}: through the
     * full-text index when a word of two or more characters can use it (all of them, each a quoted
     * phrase joined by AND), else by reading every statement's text (the index holds Chinese as
     * pairs of characters, so one character, 俄, is not in it); the text reaches SPARQL only as literals.
     */
    static String matching(List<String> words) {
        List<String> indexed = words.stream()
                .filter(w -> w.codePointCount(0, w.length()) > 1 && w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        String match = indexed.isEmpty() ? "?statement a dkg:Statement ; nif:isString ?string ."
                : "?statement text:query (nif:isString ?phrase " + TEXT_HITS + ") ; nif:isString ?string .";
        ParameterizedSparqlString pattern = new ParameterizedSparqlString(match + "\nFILTER (" + containsEvery("?string", words.size()) + ")");
        pattern.setLiteral("phrase", String.join(" AND ", indexed.stream().map(LucenePhrase::of).toList()));
        setWords(pattern, words);
        return pattern.toString();
    }

    /** The statements holding every word, null when the text has no letter or digit (the index holds none of it). */
    private static Found statements(ViewBuilder view, String text, List<String> words, Facets facets, Listing listing,
                                    PageAddress address, Lang lang) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        String matching = matching(words);
        FacetPanel panel = FacetPanel.start(view, matching, facets, EnumSet.allOf(Facets.Facet.class));
        ParameterizedSparqlString found = Sparql.query("""
                SELECT ?statement ?date WHERE {
                %s  ?statement dkg:date ?date .
                %s}
                GROUP BY ?statement ?date
                %s""".formatted(Sparql.indent(matching), facets.pattern("statement"), listing.orderAndSlice()));
        List<String> statements = view.select(listing.all() ? "statements found (all)" : "statements found (this page)", found).rows()
                .stream().map(r -> Table.text(r, "statement")).toList();
        List<Statements.Item> items = Statements.details(view, statements);
        Set<String> named = Statements.named(items, Map.of());
        named.addAll(panel.named());
        Labels labels = Labels.lookup(view, named);
        long total = panel.total();
        return new Found(panel.panel(address, labels, lang), total, facets.any() ? facets.describe(labels, lang) : "",
                listing.controls(address, total), StatementList.rows(items, (statement, string) -> marks(string, words), labels, lang),
                listing.pager(address, total));
    }

    private static List<Highlighter.Mark> marks(String text, List<String> words) {
        List<Highlighter.Mark> marks = new ArrayList<>();
        words.forEach(word -> marks.addAll(Highlighter.occurrences(text, word, "hit")));
        return marks;
    }
}
