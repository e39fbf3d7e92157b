package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.store.KnowledgeGraphStore;

/**
 * The hand-judged sample of relations (relations/verdicts.tsv, drawn by dev/sample-relations.py):
 * every judged relation is still built from the seeds, so the verdicts speak of today's output, and
 * their precision stays at or above the floor. When the relate stage changes what it finds, draw and
 * judge a new sample.
 */
class RelationPrecisionTest {
    private static final Path VERDICTS = SeedsDataset.projectRoot().resolve("app/src/test/resources/relations/verdicts.tsv");
    private static final double PRECISION_FLOOR = 0.90;

    private static List<DataFile.Row> verdicts() {
        return DataFile.read(VERDICTS).stream().filter(row -> !"relation".equals(row.cell(0))).toList();
    }

    @Test
    void everyJudgedRelationIsStillBuilt() {
        Set<String> built = new HashSet<>();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(SeedsDataset.folder())) {
            Txn.executeRead(store.dataset(), () -> {
                String query = "SELECT ?r WHERE { ?r a <https://w3id.org/diplokg/ontology#Relation> }";
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    execution.execSelect().forEachRemaining(row -> built.add(row.getResource("r").getURI()));
                }
            });
        }
        List<String> gone = verdicts().stream().map(row -> row.cell(0)).filter(iri -> !built.contains(iri)).toList();
        assertEquals(List.of(), gone, "judged relations the seeds no longer give: re-draw and re-judge the sample");
    }

    @Test
    void theSampleIsLargeEnoughAndPreciseEnough() {
        List<DataFile.Row> rows = verdicts();
        assertTrue(rows.size() >= 50, "sample size " + rows.size());
        long right = rows.stream().filter(row -> "1".equals(row.cell(8))).count();
        long judged = rows.stream().filter(row -> "1".equals(row.cell(8)) || "0".equals(row.cell(8))).count();
        assertEquals(rows.size(), judged, "every sampled relation has a verdict (1 or 0)");
        double precision = (double) right / judged;
        assertTrue(precision >= PRECISION_FLOOR - 1e-9, "relation precision " + precision + " < " + PRECISION_FLOOR);
    }
}
