package org.w3id.diplokg.explorer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 *
 * <p>SELECT results are kept by query text (the most recent {@value #CACHED} of up to
 * {@value #CACHED_ROWS} rows): the service is read-only, so the same text gives the same rows for
 * as long as the server runs, and a page seen once answers from memory the next time.
 */
final class QueryRunner {
    static final int CACHED = 512;
    static final int CACHED_ROWS = 20_000;
    static final int THREADS = 4;

    private final Map<String, Table> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Table> eldest) {
            return size() > CACHED;
        }
    };
    private final DatasetGraph dataset;
    private final Dataset view;
    /** A view's independent queries run side by side on these (TDB2 reads in parallel). */
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "explorer-query");
        thread.setDaemon(true);
        return thread;
    });
    private final long timeoutMillis;

    QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.view = DatasetFactory.wrap(dataset);
        this.timeoutMillis = timeoutMillis;
    }

    Table select(String name, String sparql) {
        Table known;
        synchronized (cache) {
            known = cache.get(sparql);
        }
        if (known != null) {
            return known.named(name);
        }
        Query query = QueryFactory.create(sparql);
        Table table = Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                return Table.of(name, sparql, execution.execSelect());
            }
        });
        if (table.rows().size() <= CACHED_ROWS) {
            synchronized (cache) {
                cache.put(sparql, table);
            }
        }
        return table;
    }

    /** The values of {@code var} in a SELECT's rows, not cached (an export's steps, run once). */
    java.util.List<org.apache.jena.rdf.model.RDFNode> column(String sparql, String var) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                java.util.List<org.apache.jena.rdf.model.RDFNode> values = new java.util.ArrayList<>();
                execution.execSelect().forEachRemaining(row -> values.add(row.get(var)));
                return values;
            }
        });
    }

    <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
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
