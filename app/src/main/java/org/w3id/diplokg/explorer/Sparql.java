package org.w3id.diplokg.explorer;

import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.diplokg.store.SparqlPrefixes;

/**
 * The explorer's queries start here: the common prefixes, then a body whose parameters are set
 * only through {@link ParameterizedSparqlString} (IRIs and literals are escaped by Jena, never
 * pasted into the text).
 */
final class Sparql {
    private Sparql() {}

    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(SparqlPrefixes.DECLARATIONS + body);
    }

    static ParameterizedSparqlString query(String body, String iriVariable, String iri) {
        ParameterizedSparqlString query = query(body);
        query.setIri(iriVariable, iri);
        return query;
    }
}
