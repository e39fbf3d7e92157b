package org.w3id.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.cache.DocumentGraphCache;
import org.w3id.diplokg.extractor.pipeline.DocumentSummary;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.ontology.Ontology;
import org.w3id.diplokg.vocab.Namespaces;
import org.w3id.diplokg.vocab.PROV;

/** The seeds as `diplokg build` stores them: valid under the shapes, searchable, deterministic. */
class SeedsDatasetTest {

    @Test
    void theBuiltGraphPassesEveryShape() {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(SeedsDataset.folder())) {
            DatasetGraph graphs = store.dataset().asDatasetGraph();
            Txn.executeRead(graphs, () -> {
                ValidationReport report = Ontology.validate(graphs.getUnionGraph());
                assertTrue(report.conforms(), () -> report.getEntries().stream().limit(10).toList().toString());
            });
        }
    }

    @Test
    void theFullTextIndexFindsChinesePhrasesInStatements() {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(SeedsDataset.folder())) {
            List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
                String query = Namespaces.prologue() + """
                        SELECT DISTINCT ?s ?text WHERE { ?s text:query (nif:isString '"人类命运共同体"' 1000) ; nif:isString ?text }""";
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    return org.apache.jena.query.ResultSetFormatter.toList(execution.execSelect());
                }
            });
            assertTrue(rows.size() >= 10, "statements naming 人类命运共同体: " + rows.size());
            rows.forEach(row -> assertTrue(row.getLiteral("text").getString().contains("人类命运共同体"), row.toString()));
        }
    }

    /**
     * The shared dataset is built by one job without a cache; a second build by two jobs (CoreNLP
     * called from both) filling a cache, and a third from that cache, write the same quads.
     */
    @Test
    void buildsOfTheSameInputsDifferOnlyInTheBuildTimesWhateverTheJobsAndTheCache() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "rebuild");
        DocumentGraphCache cache = DocumentGraphCache.in(folder.resolve("cache"));
        ExtractionReport second = SeedsDataset.buildInto(folder.resolve("second"), Extraction.builder().jobs(2).cache(cache));
        ExtractionReport third = SeedsDataset.buildInto(folder.resolve("third"), Extraction.builder().jobs(2).cache(cache));
        assertTrue(second.documents().stream().noneMatch(DocumentSummary::cached), second.documents().toString());
        assertTrue(third.documents().stream().allMatch(DocumentSummary::cached), third.documents().toString());
        Set<Quad> first = quadsWithoutBuildTimes(SeedsDataset.folder());
        assertEquals(first, quadsWithoutBuildTimes(folder.resolve("second")));
        assertEquals(first, quadsWithoutBuildTimes(folder.resolve("third")));
    }

    private static Set<Quad> quadsWithoutBuildTimes(Path folder) {
        Set<Node> times = Set.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode());
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(folder)) {
            DatasetGraph graphs = store.dataset().asDatasetGraph();
            return Txn.calculateRead(graphs, () -> {
                Set<Quad> quads = new HashSet<>();
                graphs.find().forEachRemaining(q -> {
                    if (!times.contains(q.getPredicate())) {
                        quads.add(q);
                    }
                });
                assertFalse(quads.isEmpty());
                assertTrue(graphs.containsGraph(NodeFactory.createURI("https://w3id.org/diplokg/id/graph/provenance")));
                return quads;
            });
        }
    }
}
