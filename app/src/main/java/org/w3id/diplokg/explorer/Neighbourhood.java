package org.w3id.diplokg.explorer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** What an entity is named with: co-mentions (statements naming both), relations, and how big each neighbour is. */
final class Neighbourhood {
    /** How many statements name an entity, and how many other entities they name. */
    record Size(long statements, long neighbours) {}

    private Neighbourhood() {}

    /** The entities most often named in the same statement as {@code entity}, with the number of such statements. */
    static Table coMentions(ViewBuilder view, String entity, int limit) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?other (COUNT(DISTINCT ?statement) AS ?together) WHERE {
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                  ?otherMention nif:referenceContext ?statement ; itsrdf:taIdentRef ?other .
                  FILTER (?other != ?entity)
                }
                GROUP BY ?other
                ORDER BY DESC(?together) ?other
                LIMIT %d""".formatted(limit), "entity", entity);
        return view.select("named together with", query);
    }

    /** The relations {@code entity} takes part in (as party or object) by type and other participant. */
    static Table relationEdges(ViewBuilder view, String entity, int limit) {
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?other ?type (COUNT(DISTINCT ?relation) AS ?relations) WHERE {
                  ?relation dkg:relationType ?type ; dkg:party|dkg:object ?entity ; dkg:party|dkg:object ?other .
                  FILTER (?other != ?entity)
                }
                GROUP BY ?other ?type
                ORDER BY DESC(?relations) ?other ?type
                LIMIT %d""".formatted(limit), "entity", entity);
        return view.select("relations with", query);
    }

    /** For each entity: statements naming it, and distinct other entities named in them (what expanding it would show). */
    static Map<String, Size> sizes(ViewBuilder view, Collection<String> entities) {
        Map<String, Size> sizes = new HashMap<>();
        if (entities.isEmpty()) {
            return sizes;
        }
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?entity (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?other) AS ?neighbours) WHERE {
                  VALUES (?entity) { ?entities }
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                  OPTIONAL { ?otherMention nif:referenceContext ?statement ; itsrdf:taIdentRef ?other FILTER (?other != ?entity) }
                }
                GROUP BY ?entity""");
        query.setValues("entities", Statements.values(entities));
        for (QuerySolution row : view.select("sizes", query).rows()) {
            sizes.put(Table.text(row, "entity"), new Size(Table.number(row, "statements"), Table.number(row, "neighbours")));
        }
        return sizes;
    }
}
