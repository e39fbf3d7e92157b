package org.w3id.diplokg.vocab;

import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes of the namespaces the graph uses, declared once: Turtle output, the prologue of
 * every query the code runs or shows, and the user's queries (where they are predeclared) all take
 * them from {@link #PREFIXES}.
 */
public final class Namespaces {
    private Namespaces() {}

    /** Jena's full-text search properties ({@code text:query}). */
    public static final String TEXT = "http://jena.apache.org/text#";

    /** Every prefix, locked so no caller can change what the others see. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix(DKG.PREFIX, DKG.NS)
            .setNsPrefix("id", DKG.ID)
            .setNsPrefix(NIF.PREFIX, NIF.NS)
            .setNsPrefix(ITSRDF.PREFIX, ITSRDF.NS)
            .setNsPrefix(PROV.PREFIX, PROV.NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("text", TEXT)
            .lock();

    /** {@link #PREFIXES} as a SPARQL prologue, for a query or update that must declare its own (one sent to a server, say). */
    public static String prologue() {
        StringBuilder prologue = new StringBuilder();
        new TreeMap<>(PREFIXES.getNsPrefixMap()).forEach((prefix, iri) -> prologue.append("PREFIX ").append(prefix).append(": <")
                .append(iri).append(">\n"));
        return prologue.toString();
    }

    /**
     * Parses a query with {@link #PREFIXES} predeclared: the text need not declare them, and the
     * line numbers of a parse error are the text's own.
     */
    public static Query parseQuery(String text) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
        return QueryFactory.parse(query, text, null, Syntax.defaultQuerySyntax);
    }
}
