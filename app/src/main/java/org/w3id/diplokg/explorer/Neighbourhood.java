package org.w3id.diplokg.explorer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** What an entity is named with: co-mentions (statements naming both), relations, and how big each neighbour is. */
final class Neighbourhood {
    /** How many statements name an entity, and how many other entities they name. */
    record Size(long statements, long neighbours) {}

    /** The name of the query that sizes every entity (a view reads a few of its rows). */
    static final String EVERY_SIZE = "sizes of every entity";

    private Neighbourhood() {}

    /** The entities most often named in the same statement as {@code entity}, with the number of such statements. */
    static CompletableFuture<Table> coMentions(ViewBuilder view, String entity, int limit) {
        return coMentions(view, entity, limit, Facets.NONE);
    }

    /** The same, counting only the statements {@code facets} keep. */
    static CompletableFuture<Table> coMentions(ViewBuilder view, String entity, int limit, Facets facets) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?other (COUNT(DISTINCT ?statement) AS ?together) WHERE {
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                %s  ?otherMention nif:referenceContext ?statement ; itsrdf:taIdentRef ?other .
                  FILTER (?other != ?entity)
                }
                GROUP BY ?other
                ORDER BY DESC(?together) ?other
                LIMIT %d""".formatted(facets.pattern("statement"), limit), "entity", entity);
        return view.start("named together with", query);
    }

    /** The relations {@code entity} takes part in (as party or object) by type and other participant. */
    static CompletableFuture<Table> relationEdges(ViewBuilder view, String entity, int limit) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?other ?type (COUNT(DISTINCT ?relation) AS ?relations) WHERE {
                  ?relation dkg:relationType ?type ; dkg:party|dkg:object ?entity ; dkg:party|dkg:object ?other .
                  FILTER (?other != ?entity)
                }
                GROUP BY ?other ?type
                ORDER BY DESC(?relations) ?other ?type
                LIMIT %d""".formatted(limit), "entity", entity);
        return view.start("relations with", query);
    }

    /**
     * For each entity: statements naming it, and distinct other entities named in them (what
     * expanding it would show). One query for every entity, the same text each time, so it runs
     * once per server (the explorer caches it, and warms it up at start); the caller picks its rows.
     */
    static Map<String, Size> sizes(ViewBuilder view, Collection<String> entities) {
        Map<String, Size> sizes = new HashMap<>();
        if (entities.isEmpty()) {
            return sizes;
        }
        Set<String> wanted = new HashSet<>(entities);
        for (QuerySolution row : everySize(view).rows()) {
            String entity = Table.text(row, "entity");
            if (wanted.contains(entity)) {
                sizes.put(entity, new Size(Table.number(row, "statements"), Table.number(row, "neighbours")));
            }
        }
        return sizes;
    }

    static Table everySize(ViewBuilder view) {
        return view.select(EVERY_SIZE, Sparql.query("""
                SELECT ?entity (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?other) AS ?neighbours) WHERE {
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                  OPTIONAL { ?otherMention nif:referenceContext ?statement ; itsrdf:taIdentRef ?other FILTER (?other != ?entity) }
                }
                GROUP BY ?entity"""));
    }
}
