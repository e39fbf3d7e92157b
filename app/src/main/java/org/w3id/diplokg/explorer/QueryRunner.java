package org.w3id.diplokg.explorer;

import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs the explorer's queries in this process against the dataset the SPARQL service serves, in a
 * read transaction and with the service's timeout. The text it is given is the text it runs: the
 * page shows that same text.
 */
final class QueryRunner {
    private final DatasetGraph dataset;
    private final Dataset view;
    private final long timeoutMillis;

    QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.view = DatasetFactory.wrap(dataset);
        this.timeoutMillis = timeoutMillis;
    }

    Table select(String name, String sparql) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                return Table.of(name, sparql, execution.execSelect());
            }
        });
    }

    Model construct(String sparql) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                return execution.execConstruct();
            }
        });
    }

    private QueryExecution execution(Query query) {
        return QueryExecution.create().query(query).dataset(view)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }
}
