package org.w3id.diplokg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query operation with a result-size limit: a SELECT, CONSTRUCT or DESCRIBE without a
 * LIMIT, or with a larger one, is answered with at most {@code maxRows} results, so one careless
 * query cannot stream the whole graph (the timeout bounds the time it may take).
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query capped = cap(decided.getRight(), maxRows);
        return Pair.create(decided.getLeft(), capped);
    }

    /** The query, or a copy limited to {@code maxRows} results when it asks for more. */
    static Query cap(Query query, long maxRows) {
        if (query.isAskType()) {
            return query;
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            Query copy = query.cloneQuery();
            copy.setLimit(maxRows);
            return copy;
        }
        return query;
    }
}
