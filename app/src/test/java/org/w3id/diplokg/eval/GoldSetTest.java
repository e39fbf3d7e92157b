package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diplokg.SeedsDataset;

/** The gold sets are what their guidelines say: every surface, opening and context is in the documents. */
class GoldSetTest {
    static final Path GOLD = SeedsDataset.projectRoot().resolve("app/src/test/resources/gold");
    /** Sealed test sets: checked here for form only; their scores come from `eval --sealed`. */
    static final Path SEALED = SeedsDataset.projectRoot().resolve("app/src/test/resources/gold-sealed");
    private static final Pattern VALUE = Pattern.compile("^-?\\d{4}(-\\d{2}(-\\d{2})?)?$");

    static Stream<GoldSet> goldSets() {
        List<GoldSet> sets = GoldSet.loadAll(GOLD, SeedsDataset.projectRoot().resolve("seeds"));
        assertTrue(sets.size() >= 3, "gold sets: " + sets.size());
        List<GoldSet> sealed = GoldSet.loadAll(SEALED, SeedsDataset.projectRoot().resolve("seeds"));
        assertTrue(sealed.size() >= 4, "sealed sets: " + sealed.size());
        return Stream.concat(sets.stream(), sealed.stream());
    }

    private static String documents(GoldSet gold) {
        return MatchText.of(String.join("\n", gold.documentTexts()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldSets")
    void everySurfaceFormOccursInTheDocuments(GoldSet gold) {
        String text = documents(gold);
        assertFalse(gold.entities().isEmpty(), gold.name());
        for (GoldSet.GoldEntity entity : gold.entities()) {
            for (String surface : entity.surfaces()) {
                assertTrue(text.contains(MatchText.of(surface)), gold.name() + ": surface " + surface + " of " + entity.zh());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldSets")
    void everyQuestionOpeningOccursInTheDocuments(GoldSet gold) {
        String text = documents(gold);
        for (GoldSet.GoldQuestion question : gold.questions()) {
            assertTrue(text.contains(MatchText.of(question.opening())), gold.name() + ": question " + question.opening());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldSets")
    void thirtyOrMoreTimeExpressionsEachInItsContext(GoldSet gold) {
        String text = documents(gold);
        assertTrue(gold.times().size() >= 30, gold.name() + ": " + gold.times().size() + " time expressions");
        for (GoldSet.GoldTime time : gold.times()) {
            String context = MatchText.of(time.context());
            assertTrue(text.contains(context), gold.name() + ": context " + time.context());
            assertTrue(context.contains(MatchText.of(time.surface())), gold.name() + ": " + time.surface() + " not in " + time.context());
            assertTrue(time.value() == null || VALUE.matcher(time.value()).matches(), gold.name() + ": value " + time.value());
        }
    }
}
