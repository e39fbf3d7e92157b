package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;

/** Collects the queries one view runs, in order, so the page can show each and offer its rows for download. */
final class ViewBuilder {
    private final QueryRunner runner;
    private final List<Table> tables = new ArrayList<>();

    ViewBuilder(QueryRunner runner) {
        this.runner = runner;
    }

    Table select(String name, ParameterizedSparqlString query) {
        Table table = runner.select(name, query.toString());
        tables.add(table);
        return table;
    }

    View build(String title, String body) {
        return new View(title, body, List.copyOf(tables));
    }
}
