package org.w3id.diplokg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The served dataset whose default graph is the union of its named graphs for every reader, not
 * only for queries: TDB2's union default graph is a query setting, so the graph store protocol's
 * {@code GET /kg/get?default} read the stored default graph, which the build leaves empty. Named
 * graphs, quads and queries pass through unchanged.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper {
    UnionDefaultGraph(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
