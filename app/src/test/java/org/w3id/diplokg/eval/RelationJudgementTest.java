package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.store.KnowledgeGraphStore;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * The seeds' relations are the judged ones (relations/judged.tsv, drawn by dev/draw-relation-verdicts.py):
 * a relation the build gives that the file does not judge, or a judged one the build no longer gives,
 * fails the test, so a change of the relate stage shows as a diff of judged relations to be judged again.
 * A relation is keyed by its kind, parties, object, modality and evidence statement.
 */
class RelationJudgementTest {
    private static final Path JUDGED = SeedsDataset.projectRoot().resolve("app/src/test/resources/relations/judged.tsv");
    /** The judged precision never goes down: raise it when the relate stage gets better. */
    private static final double PRECISION_FLOOR = 0.63;
    private static final String QUERY = Namespaces.prologue() + """
            SELECT ?r ?type ?modality ?text ?party ?object WHERE {
              ?r a dkg:Relation ; dkg:relationType ?type ; dkg:modality ?modality ; dkg:evidence/nif:isString ?text .
              ?r dkg:party/skos:prefLabel ?party FILTER (lang(?party) = "zh")
              OPTIONAL { ?r dkg:object/skos:prefLabel ?object FILTER (lang(?object) = "zh") } }""";

    private static TreeSet<String> built;
    private static Map<String, String> verdicts;

    @BeforeAll
    static void read() {
        Map<String, String[]> relations = new TreeMap<>();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(SeedsDataset.folder())) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(QUERY).build()) {
                    execution.execSelect().forEachRemaining(row -> add(relations, row));
                }
            });
        }
        built = new TreeSet<>();
        relations.values().forEach(r -> {
            String[] parties = r[1].split("\\|");
            Arrays.sort(parties);
            built.add(String.join("\t", r[0], String.join("|", parties), r[2], r[3], r[4]));
        });
        verdicts = new TreeMap<>();
        for (DataFile.Row row : DataFile.read(JUDGED)) {
            if (!"kind".equals(row.cell(0))) {
                verdicts.put(String.join("\t", row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4)), row.cell(5));
            }
        }
    }

    private static void add(Map<String, String[]> relations, QuerySolution row) {
        String iri = row.getResource("r").getURI();
        String[] relation = relations.computeIfAbsent(iri, k -> new String[] {
                RelationScorer.kindOf(local(row.getResource("type").getURI())), "",
                row.get("object") == null ? "-" : row.getLiteral("object").getString(),
                local(row.getResource("modality").getURI()).toLowerCase(java.util.Locale.ROOT),
                row.getLiteral("text").getString()});
        String party = row.getLiteral("party").getString();
        if (!Arrays.asList(relation[1].split("\\|")).contains(party)) {
            relation[1] = relation[1].isEmpty() ? party : relation[1] + "|" + party;
        }
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    @Test
    void everyBuiltRelationIsJudged() {
        List<String> unjudged = new ArrayList<>(built.stream().filter(key -> !verdicts.containsKey(key)).toList());
        assertEquals(List.of(), unjudged, "relations the seeds give that judged.tsv does not judge: run dev/draw-relation-verdicts.py and judge them");
    }

    @Test
    void everyJudgedRelationIsStillBuilt() {
        List<String> gone = verdicts.keySet().stream().filter(key -> !built.contains(key)).toList();
        assertEquals(List.of(), gone, "judged relations the seeds no longer give: re-draw with dev/draw-relation-verdicts.py");
    }

    @Test
    void everyVerdictIsGivenAndPrecisionHolds() {
        List<String> open = verdicts.entrySet().stream().filter(e -> !"1".equals(e.getValue()) && !"0".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), open, "relations still to judge (verdict 1 or 0)");
        long right = verdicts.values().stream().filter("1"::equals).count();
        double precision = (double) right / Math.max(1, verdicts.size());
        assertTrue(precision >= PRECISION_FLOOR - 1e-9, "judged relation precision " + precision + " < " + PRECISION_FLOOR);
    }
}
