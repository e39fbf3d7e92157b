package org.w3id.diplokg.extractor.emit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.GraphMemFactory;

/**
 * A sink that holds the quads of one named graph in memory as a {@link Graph}, so that the graph
 * can be checked whole before any of it reaches the real sink, and then sent on at once (or
 * dropped). A quad of another graph is a bug of the producer and is refused.
 */
public final class GraphBuffer extends StreamRDFBase {
    private final Node name;
    /*
     * Indexed for every pattern: the shapes' SPARQL asks (subject, predicate, ?) of statements that
     * may have thousands of spans, which the default in-memory graph answers by scanning all the
     * subject's triples (a 3 MB transcript took minutes to validate instead of seconds).
     */
    private final Graph graph = GraphMemFactory.createGraphMem2Roaring();

    public GraphBuffer(String graphIri) {
        this.name = NodeFactory.createURI(graphIri);
    }

    @Override
    public void quad(Quad quad) {
        if (!name.equals(quad.getGraph())) {
            throw new IllegalStateException("a quad of graph " + quad.getGraph() + " sent to the buffer of " + name);
        }
        graph.add(quad.asTriple());
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("a triple without a graph sent to the buffer of " + name);
    }

    /** What was received so far, as triples of one graph (read it; do not change it). */
    public Graph graph() { return graph; }

    /** How many distinct quads the buffer holds. */
    public int size() { return graph.size(); }

    /** Pushes every quad to the sink, without start/finish: the sink may take several graphs. */
    public void sendTo(StreamRDF sink) {
        graph.find().forEachRemaining(triple -> sink.quad(Quad.create(name, triple)));
    }
}
