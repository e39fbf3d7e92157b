package org.w3id.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding a dataset folder: switched in only when asked, the old one intact otherwise. */
class DatasetBuilderTest {
    @TempDir
    Path temp;

    private static int writeStatements(StreamRDF sink, String... texts) {
        sink.start();
        int i = 0;
        for (String text : texts) {
            sink.quad(Quad.create(NodeFactory.createURI("urn:graph"), NodeFactory.createURI("urn:s" + i++),
                    NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"),
                    NodeFactory.createLiteralString(text)));
        }
        sink.finish();
        return texts.length;
    }

    private static long count(Path folder) {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution e = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
                    return e.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    @Test
    void aNewBuildReplacesTheOldOneWhenKept() {
        Path data = temp.resolve("data");
        DatasetBuilder.into(data).build(sink -> writeStatements(sink, "中俄关系", "中美关系"), n -> true);
        assertEquals(2, count(data));
        DatasetBuilder.into(data).build(sink -> writeStatements(sink, "一带一路"), n -> true);
        assertEquals(1, count(data));
        assertFalse(Files.exists(temp.resolve("data.building")));
        assertFalse(Files.exists(temp.resolve("data.previous")));
    }

    @Test
    void aBuildThatIsNotKeptLeavesTheOldDatasetAsItWas() {
        Path data = temp.resolve("data");
        DatasetBuilder.into(data).build(sink -> writeStatements(sink, "中俄关系", "中美关系"), n -> true);
        DatasetBuilder.into(data).build(sink -> writeStatements(sink), n -> n > 0);
        assertEquals(2, count(data));
        assertFalse(Files.exists(temp.resolve("data.building")));
    }

    @Test
    void aBuildThatFailsHalfwayLeavesTheOldDatasetAsItWas() {
        Path data = temp.resolve("data");
        DatasetBuilder.into(data).build(sink -> writeStatements(sink, "中俄关系", "中美关系"), n -> true);
        assertThrows(IllegalStateException.class, () -> DatasetBuilder.into(data).build(sink -> {
            writeStatements(sink, "半途而废");
            throw new IllegalStateException("the producer broke down");
        }, n -> true));
        assertEquals(2, count(data));
        assertFalse(Files.exists(temp.resolve("data.building")));
    }

    @Test
    void openingAFolderWithoutADatasetSaysSo() {
        StoreException problem = assertThrows(StoreException.class, () -> KnowledgeGraphStore.open(temp.resolve("nothing")));
        assertTrue(problem.getMessage().contains("no dataset in"), problem.getMessage());
    }

    @Test
    void exportRefusesAnUnknownFormatBeforeAnyWork() {
        StoreException problem = assertThrows(StoreException.class, () -> DatasetExporter.formatFor(Path.of("kg.xlsx")));
        assertTrue(problem.getMessage().contains(".ttl"), problem.getMessage());
    }
}
