package org.w3id.diplokg.eval;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;

/** Extracts a gold set's documents into an in-memory graph (the union of their named graphs) and scores it. */
public final class Evaluation {
    private Evaluation() {}

    public static EvaluationReport run(GoldSet gold, Extraction extraction) {
        Graph union = GraphFactory.createDefaultGraph();
        ExtractionReport report = extraction.run(gold.documents(), new IntoOneGraph(StreamRDFLib.graph(union)));
        // A refused document scores as nothing found: the report names it and why.
        List<String> refused = report.refusals();
        Dataset dataset = DatasetFactory.wrap(ModelFactory.createModelForGraph(union));
        return Evaluator.score(gold, dataset, refused);
    }

    /** Sends every quad to the one graph, as the store's union default graph would show it. */
    private static final class IntoOneGraph extends StreamRDFWrapper {
        IntoOneGraph(StreamRDF graph) {
            super(graph);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }
}
