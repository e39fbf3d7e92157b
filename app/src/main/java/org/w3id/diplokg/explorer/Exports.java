package org.w3id.diplokg.explorer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.diplokg.vocab.DKG;

/** A view's data for download: one query's rows as CSV, or the resources it shows, with their triples, as Turtle. */
final class Exports {
    /** The most resources one Turtle download describes. */
    static final int MAX_RESOURCES = 5_000;

    private Exports() {}

    static void csv(Table table, OutputStream out) {
        synchronized (table.results()) { // a cached table may be downloaded by two requests at once
            table.results().reset();
            ResultSetFormatter.outputAsCSV(out, table.results());
        }
    }

    /**
     * Every resource of the graph that the view's rows name (entities, statements, mentions,
     * documents, questions, relations), with all its triples; the CONSTRUCT query heads the file
     * as a comment.
     */
    static byte[] turtle(QueryRunner runner, View view) {
        Set<RDFNode> resources = new LinkedHashSet<>();
        for (Table table : view.tables()) {
            if (table.name().equals(Neighbourhood.EVERY_SIZE)) {
                continue; // the view shows only a few of its rows
            }
            for (QuerySolution row : table.rows()) {
                row.varNames().forEachRemaining(var -> {
                    RDFNode node = row.get(var);
                    if (node.isURIResource() && node.asResource().getURI().startsWith(DKG.ID) && resources.size() < MAX_RESOURCES) {
                        resources.add(node);
                    }
                });
            }
        }
        ParameterizedSparqlString query = Sparql.query("""
                CONSTRUCT { ?resource ?property ?value } WHERE {
                  VALUES (?resource) { ?resources }
                  ?resource ?property ?value .
                }""");
        query.setValues("resources", resources);
        String sparql = query.toString();
        Model model = resources.isEmpty() ? org.apache.jena.rdf.model.ModelFactory.createDefaultModel() : runner.construct(sparql);
        model.setNsPrefixes(org.apache.jena.query.QueryFactory.create(sparql).getPrefixMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String header = "# " + view.title() + ": the resources this view shows, with their triples, from\n"
                + sparql.lines().map(line -> "#   " + line).reduce((a, b) -> a + "\n" + b).orElse("") + "\n\n";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toByteArray();
    }
}
