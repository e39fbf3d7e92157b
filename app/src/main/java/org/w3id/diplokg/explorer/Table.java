package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One SELECT a view ran: its name on the page, the exact query text (what "show the SPARQL"
 * prints and /kg/sparql runs), and its result, held in memory so the page and the CSV download
 * read the same rows. It may be shared between requests: read {@link #results} only through
 * {@link Exports#csv}, which holds its lock.
 */
record Table(String name, String sparql, List<String> vars, List<QuerySolution> rows, ResultSetRewindable results) {

    static Table of(String name, String sparql, ResultSet resultSet) {
        ResultSetRewindable copy = ResultSetFactory.copyResults(resultSet);
        List<QuerySolution> rows = new ArrayList<>();
        while (copy.hasNext()) {
            rows.add(copy.next());
        }
        copy.reset();
        return new Table(name, sparql, copy.getResultVars(), List.copyOf(rows), copy);
    }

    /** The same result under another name (one query can serve two views). */
    Table named(String other) {
        return other.equals(name) ? this : new Table(other, sparql, vars, rows, results);
    }

    /** The value of {@code var} in a row as a plain string ("" when unbound): an IRI, or a literal's lexical form. */
    static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    /** An integer value ({@code 0} when unbound). */
    static long number(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node != null && node.isLiteral() ? node.asLiteral().getLong() : 0;
    }
}
