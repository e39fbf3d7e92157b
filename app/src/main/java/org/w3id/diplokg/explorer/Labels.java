package org.w3id.diplokg.explorer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** The labels and kinds of the entities a view names, fetched in one query with their IRIs as VALUES. */
final class Labels {
    static final String NAME = "labels";
    private final Map<String, Label> byIri;

    private Labels(Map<String, Label> byIri) {
        this.byIri = byIri;
    }

    Label of(String iri) {
        return byIri.getOrDefault(iri, Label.unknown(iri));
    }

    /** Looks up {@code iris} (none: no query is run) and records the query on the view. */
    static Labels lookup(ViewBuilder view, Collection<String> iris) {
        if (iris.isEmpty()) {
            return new Labels(Map.of());
        }
        List<RDFNode> values = new LinkedHashSet<>(iris).stream()
                .map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?entity ?zh ?en ?type WHERE {
                  VALUES (?entity) { ?entities }
                  OPTIONAL { ?entity skos:prefLabel ?zh FILTER (lang(?zh) = "zh") }
                  OPTIONAL { ?entity skos:prefLabel ?en FILTER (lang(?en) = "en") }
                  OPTIONAL { ?entity a ?type FILTER (?type != dkg:Entity) }
                }""");
        query.setValues("entities", values);
        Table table = view.select(NAME, query);
        Map<String, Label> byIri = new HashMap<>();
        for (QuerySolution row : table.rows()) {
            String iri = Table.text(row, "entity");
            Optional<EntityKind> kind = EntityKind.ofClass(Table.text(row, "type"));
            Label known = byIri.get(iri);
            // An outlet is both a news organization and an organization: keep the narrower kind.
            if (known != null && known.kind().isPresent()
                    && (kind.isEmpty() || known.kind().get() == EntityKind.NEWS_ORGANIZATION)) {
                continue;
            }
            byIri.put(iri, new Label(iri, Table.text(row, "zh"), Table.text(row, "en"), kind));
        }
        return new Labels(byIri);
    }
}
