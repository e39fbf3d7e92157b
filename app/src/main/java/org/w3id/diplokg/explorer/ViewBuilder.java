package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * Collects the queries one view runs, in the order the view names them, so the page can show each
 * and offer its rows for download. Queries that do not need each other's results can be
 * {@linkplain #start started} together and run side by side.
 */
final class ViewBuilder {
    private final QueryRunner runner;
    private final List<CompletableFuture<Table>> tables = new ArrayList<>();

    ViewBuilder(QueryRunner runner) {
        this.runner = runner;
    }

    /** Runs the query now and returns its result. */
    Table select(String name, ParameterizedSparqlString query) {
        return join(start(name, query));
    }

    /** Starts the query on the runner's threads; {@link #join} waits for it. */
    CompletableFuture<Table> start(String name, ParameterizedSparqlString query) {
        String sparql = query.toString();
        CompletableFuture<Table> table = runner.async(() -> runner.select(name, sparql));
        tables.add(table);
        return table;
    }

    /** The result of a started query; its failure (a timeout, say) is thrown as it was. */
    static Table join(CompletableFuture<Table> table) {
        try {
            return table.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The queries run so far, each waited for. */
    List<Table> tables() {
        return tables.stream().map(ViewBuilder::join).toList();
    }

    /** The view: {@code template} rendered with {@code model} as its main part. */
    View build(String title, String template, Object model) {
        return new View(title, Templates.content(template, model), tables());
    }
}
