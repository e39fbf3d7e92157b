package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * The five seeds extracted once per test JVM without CoreNLP (the gazetteer and rules only), for
 * tests of what does not depend on it: the structure, the faults, the renditions. Queried as the
 * union of the document graphs, each of which passed the SHACL shapes on the way.
 */
final class SeedsWithoutCoreNlp {
    /** The project's prefixes, and doc: for the seeds' documents. */
    static final String PREFIXES = Namespaces.prologue() + "PREFIX doc: <https://w3id.org/diplokg/id/document/>\n";
    private static Model union;

    private SeedsWithoutCoreNlp() {}

    static synchronized Model union() {
        if (union == null) {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            ExtractionReport report = Extraction.builder().tagger(EntityTagger.NONE)
                    .manifest(SeedsGraph.seedsFolder().resolve("manifest.tsv")).build()
                    .run(SeedsGraph.seedFiles(), StreamRDFLib.dataset(dataset));
            assertFalse(report.hasFailures(), () -> report.refusals().toString());
            union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        }
        return union;
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(union()).query(PREFIXES + query).build()) {
            execution.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static boolean ask(String query) {
        try (QueryExecution execution = QueryExecution.model(union()).query(PREFIXES + query).build()) {
            return execution.execAsk();
        }
    }
}
