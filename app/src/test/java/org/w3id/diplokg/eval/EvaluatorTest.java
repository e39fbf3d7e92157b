package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.SeedsDataset;

/** The scorer on a tiny gold set and a hand-written graph that is right and wrong in known ways. */
class EvaluatorTest {
    private static final Path FIXTURE = SeedsDataset.projectRoot().resolve("app/src/test/resources/eval-fixture");

    private EvaluationReport score() {
        GoldSet gold = GoldSet.load(FIXTURE, FIXTURE);
        Model graph = RDFDataMgr.loadModel(FIXTURE.resolve("graph.ttl").toString());
        return Evaluator.score(gold, DatasetFactory.wrap(graph));
    }

    @Test
    void entitiesAreMatchedByWikidataOrNameAndATypeErrorCountsTwice() {
        EvaluationReport report = score();
        // 新加坡 only in an outlet's introduction: found through the outlet's dkg:basedIn.
        assertEquals(new Score(3, 0, 0), report.entities("country"));
        // 东盟 typed as a region: a wrong region and a missed organization.
        assertEquals(new Score(1, 0, 1), report.entities("organization"));
        assertEquals(new Score(0, 1, 0), report.entities("region"));
        assertTrue(report.wrong().stream().anyMatch(w -> w.startsWith("wrong type: region 东盟")), report.wrong().toString());
    }

    @Test
    void surfaceFormsCountPerEntityAndConfidenceBandsShowPrecision() {
        EvaluationReport report = score();
        // 中, 美, 中方, 欧盟, 新加坡 right; 美方 linked to China and 东盟 to a region wrong; 美方 of the US and 东盟 of ASEAN missed.
        assertEquals(new Score(5, 2, 2), report.surfaces());
        StringWriter printed = new StringWriter();
        report.print(new PrintWriter(printed), 10);
        assertTrue(printed.toString().contains("[0.95, 1.00]      3 mentions  precision 0.667"), printed.toString());
        assertTrue(printed.toString().contains("[0.85, 0.95)      4 mentions  precision 0.750"), printed.toString());
    }

    @Test
    void questionsOutletsAndTimeValues() {
        EvaluationReport report = score();
        assertEquals(1.0, report.questionRecall());
        assertEquals(1.0, report.outletAccuracy());
        assertEquals(0.5, report.timeAccuracy());
        assertTrue(report.wrong().contains("time 去年 in 去年欧盟和东盟都表示支持 = 2019, gold says 2020"), report.wrong().toString());
    }

    @Test
    void relationsMatchByKindAndPartiesWhilePairsOfPartiesMatchWhateverTheKind() {
        EvaluationReport report = score();
        // cooperation of China and the US where the gold reads talks; the EU with China where the gold has it with ASEAN
        assertEquals(new Score(0, 2, 2), report.relations());
        assertEquals(0.5, report.pairRecall(), "China and the US are joined, the EU and ASEAN are not");
        assertEquals(0.5, report.pairPrecision(), "the EU and China are no pair the gold states");
        StringWriter printed = new StringWriter();
        report.print(new PrintWriter(printed), 10);
        assertTrue(printed.toString().contains("party pairs: 1 of 2 the gold states are joined (recall 0.500); 1 of 2 built are the gold's"),
                printed.toString());
    }

    @Test
    void aBuiltRelationWithAnObjectIsTheGoldsThatNamesIt(@TempDir Path folder) throws IOException {
        try (var files = Files.list(FIXTURE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        // two gold aids said of one sentence, one without a recipient listed first; one built, to the US
        Files.writeString(folder.resolve("relations.tsv"), "aid\t中国\t-\tongoing\t中方愿同美方相向而行\n"
                + "aid\t中国\t美国\tdone\t中方愿同美方相向而行\n", StandardOpenOption.APPEND);
        Files.writeString(folder.resolve("graph.ttl"), "<relation/r3> a dkg:Relation ; dkg:relationType dkg:Aid ; dkg:modality dkg:Done ;"
                + " dkg:evidence <statement/s2> ; dkg:party <country/CN> ; dkg:object <country/US> .\n", StandardOpenOption.APPEND);
        GoldSet gold = GoldSet.load(folder, folder);
        EvaluationReport report = Evaluator.score(gold, DatasetFactory.wrap(RDFDataMgr.loadModel(folder.resolve("graph.ttl").toString())));
        assertEquals(new Score(1, 0, 1), report.relations("aid"), "the aid to the US matched, the one without a recipient missed");
        StringWriter printed = new StringWriter();
        report.print(new PrintWriter(printed), 10);
        assertTrue(printed.toString().contains("missed") && !printed.toString().contains("modality of relation aid"),
                "its modality is the gold's that names the US: " + printed);
    }
}
