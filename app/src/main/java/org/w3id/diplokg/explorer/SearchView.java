package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Russia), and statements the full-text index finds for it as a phrase, the match marked.
 */
final class SearchView {
    static final int MAX_LENGTH = 200;
    static final int PAGE_SIZE = 50;
    private static final int ENTITIES = 50;
    private static final int TEXT_HITS = 10_000;

    /** An entity a label matched, with the labels that matched and how many statements name it. */
    private record Hit(String entity, Set<String> labels, long statements, int rank) {}

    private SearchView() {}

    static View render(QueryRunner runner, String text, int page, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        StringBuilder body = new StringBuilder();
        if (text.isEmpty()) {
            body.append("<h1>Search</h1>\n<p>Type a name (俄, 东盟, Russia) or a phrase (多边主义, 一带一路) in the box above.</p>\n");
            return view.build("Search", body.toString());
        }
        body.append("<h1>Search: <q>").append(Html.text(text)).append("</q></h1>\n");
        if (text.length() > MAX_LENGTH) {
            body.append("<p class=\"message\" role=\"status\">The search text is longer than ").append(MAX_LENGTH)
                    .append(" characters; shorten it.</p>\n");
            return view.build("Search", body.toString());
        }
        List<Hit> entities = entities(view, text);
        Labels labels = Labels.lookup(view, entities.stream().map(Hit::entity).toList());
        body.append("<section aria-labelledby=\"entities-title\"><h2 id=\"entities-title\">Entities (").append(entities.size())
                .append(")</h2>\n");
        if (entities.isEmpty()) {
            body.append("<p class=\"message\" role=\"status\">No entity has a label or alias containing <q>")
                    .append(Html.text(text)).append("</q>.</p>\n");
        } else {
            body.append("<ul class=\"entities\">\n");
            for (Hit hit : entities) {
                Label label = labels.of(hit.entity());
                body.append("<li>").append(Html.link(PageAddress.of("entity", lang).with("iri", hit.entity()), label.in(lang)))
                        .append(" <span class=\"kind\">").append(Html.text(label.kind().map(k -> k.title(lang)).orElse("")))
                        .append("</span> <span class=\"count\">").append(hit.statements()).append(" statements</span>")
                        .append(" <span class=\"matched\" lang=\"zh\">").append(Html.text(String.join(" · ", hit.labels())))
                        .append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("</section>\n");
        statements(view, body, text, page, lang);
        return view.build("Search: " + text, body.toString());
    }

    private static List<Hit> entities(ViewBuilder view, String text) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT DISTINCT ?entity ?label WHERE {
                  ?entity a dkg:Entity ; skos:prefLabel|rdfs:label|skos:altLabel ?label .
                  FILTER (CONTAINS(LCASE(STR(?label)), LCASE(?text)))
                }""");
        query.setLiteral("text", text);
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

    private static void statements(ViewBuilder view, StringBuilder body, String text, int page, Lang lang) {
        body.append("<section aria-labelledby=\"statements-title\"><h2 id=\"statements-title\">Statements</h2>\n");
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            body.append("<p class=\"message\" role=\"status\">The full-text index holds words and characters only: <q>")
                    .append(Html.text(text)).append("</q> has none, so no statement is searched for.</p>\n</section>\n");
            return;
        }
        String phrase = LucenePhrase.of(text);
        // The index holds Chinese as pairs of characters, so one character (俄) is looked for in the
        // statements' text itself; the text still reaches SPARQL only as a literal.
        boolean oneCharacter = text.codePointCount(0, text.length()) == 1;
        String match = oneCharacter ? "?statement a dkg:Statement ; nif:isString ?string ."
                : "?statement text:query (nif:isString ?phrase " + TEXT_HITS + ") ; nif:isString ?string .";
        ParameterizedSparqlString count = Sparql.query("""
                SELECT (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                  %s
                  FILTER (CONTAINS(LCASE(?string), LCASE(?text)))
                }""".formatted(match));
        count.setLiteral("phrase", phrase);
        count.setLiteral("text", text);
        long total = Table.number(view.select("statements found: count", count).rows().get(0), "statements");
        ParameterizedSparqlString found = Sparql.query("""
                SELECT ?statement ?date WHERE {
                  %s
                  ?statement dkg:date ?date .
                  FILTER (CONTAINS(LCASE(?string), LCASE(?text)))
                }
                GROUP BY ?statement ?date
                ORDER BY DESC(?date) ?statement
                LIMIT %d OFFSET %d""".formatted(match, PAGE_SIZE, (page - 1) * PAGE_SIZE));
        found.setLiteral("phrase", phrase);
        found.setLiteral("text", text);
        List<String> statements = view.select("statements found (this page)", found).rows().stream()
                .map(r -> Table.text(r, "statement")).toList();
        body.append("<p>").append(total).append(" statements contain <q>").append(Html.text(text)).append("</q>.</p>\n");
        List<Statements.Item> items = Statements.details(view, statements);
        Set<String> speakers = Statements.named(items, Map.of());
        Labels labels = Labels.lookup(view, speakers);
        PageAddress address = PageAddress.of("search", lang).with("q", text);
        Pager.html(body, address, page, total, PAGE_SIZE);
        body.append(StatementList.html(items, (statement, string) -> Highlighter.occurrences(string, text, "hit"), labels, lang));
        Pager.html(body, address, page, total, PAGE_SIZE);
        body.append("</section>\n");
    }
}
