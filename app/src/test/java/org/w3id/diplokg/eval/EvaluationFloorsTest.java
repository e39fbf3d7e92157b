package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.pipeline.Extraction;

/**
 * Runs the evaluation on every gold set and fails where a figure falls below its floor in
 * gold/floors.tsv. Floors only ever go up: raise them when the extractor gets better.
 */
class EvaluationFloorsTest {
    private static final Map<String, EvaluationReport> REPORTS = new ConcurrentHashMap<>();

    static Stream<Arguments> floors() {
        // Rows of sealed sets record their first score; the suite never scores a sealed set.
        List<DataFile.Row> rows = DataFile.read(GoldSetTest.GOLD.resolve("floors.tsv")).stream()
                .filter(row -> !row.cell(0).startsWith("sealed/")).toList();
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> Arguments.of(row.cell(0), row.cell(1), Double.parseDouble(row.cell(2))));
    }

    private static EvaluationReport report(String set) {
        return REPORTS.computeIfAbsent(set, name -> {
            GoldSet gold = GoldSet.load(GoldSetTest.GOLD.resolve(name), SeedsDataset.projectRoot().resolve("seeds"));
            Extraction extraction = Extraction.builder().manifest(SeedsDataset.projectRoot().resolve("seeds/manifest.tsv")).build();
            return Evaluation.run(gold, extraction);
        });
    }

    @ParameterizedTest(name = "{0} {1} >= {2}")
    @MethodSource("floors")
    void everyFigureIsAtLeastItsFloor(String set, String figure, double minimum) {
        Double actual = report(set).figures().get(figure);
        assertNotNull(actual, set + ": no figure " + figure + " in " + report(set).figures().keySet());
        // 1e-9: a figure equal to its floor may come out a rounding error below it
        assertTrue(actual >= minimum - 1e-9, () -> set + " " + figure + " = " + actual + " < floor " + minimum
                + "\nmissed: " + report(set).missed() + "\nwrong: " + report(set).wrong());
    }
}
