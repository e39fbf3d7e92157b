package org.w3id.diplokg.explorer;

import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * The explorer's queries start here: the common prefixes, then a body whose parameters are set
 * only through {@link ParameterizedSparqlString} (IRIs and literals are escaped by Jena, never
 * pasted into the text).
 */
final class Sparql {
    private Sparql() {}

    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(body, Namespaces.PREFIXES);
    }

    /** A piece of a query ({@code ?document} in it replaced by {@code <iri>} when {@code iriVariable} is "document"), no prefixes. */
    static String fragment(String pattern, String iriVariable, String iri) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(pattern);
        text.setIri(iriVariable, iri);
        return text.toString();
    }

    /** A pattern's lines, each indented by two spaces and ended by a line break (to put in a group pattern). */
    static String indent(String pattern) {
        return pattern.lines().map(line -> "  " + line.strip() + "\n").reduce("", String::concat);
    }

    static ParameterizedSparqlString query(String body, String iriVariable, String iri) {
        ParameterizedSparqlString query = query(body);
        query.setIri(iriVariable, iri);
        return query;
    }
}
