package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A sealed set measures text the extractor was never tuned on only while nothing was taken from it:
 * no gazetteer name that only it contains was added after it was sealed, and no test quotes it.
 */
class SealedSetsStayUnseenTest {
    private static final Path ROOT = SeedsDataset.projectRoot();
    /**
     * Twenty characters in a row, most of them Chinese, shared with a sealed text are a quotation.
     * Shorter shared runs are names (亚洲基础设施投资银行) and the ministry's formulas
     * (外交部发言人…主持例行记者会) that texts written apart share by themselves.
     */
    private static final int QUOTATION = 20;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static String development;
    /** The ministry's set formulas (ministry-formulas.txt), which texts written apart share by themselves. */
    private static List<String> formulas;

    @BeforeAll
    static void readDevelopmentTexts() throws IOException {
        StringBuilder text = new StringBuilder();
        for (GoldSet set : GoldSet.loadAll(GoldSetTest.GOLD, ROOT.resolve("seeds"))) {
            set.documentTexts().forEach(t -> text.append(t).append('\n'));
        }
        // A development set's own annotations name what its text names, written before a later sealed text
        // existed: two annotators who give one event its official name (…元首理事会第十一次会议) quote nobody.
        try (Stream<Path> annotations = Files.walk(GoldSetTest.GOLD)) {
            for (Path file : annotations.filter(p -> p.toString().endsWith(".tsv") && !p.endsWith("floors.tsv")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                text.append(Files.readString(seed)).append('\n');
            }
        }
        development = MatchText.of(text.toString());
        formulas = Files.readAllLines(GoldSetTest.SEALED.resolve("ministry-formulas.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(MatchText::of).toList();
    }

    static Stream<GoldSet> sealedSets() {
        return GoldSet.loadAll(GoldSetTest.SEALED, ROOT.resolve("seeds")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedSets")
    void noGazetteerNameOnlyASealedTextContainsWasAddedAfterSealing(GoldSet set) {
        Set<String> recorded = Set.copyOf(SealRecord.recorded(GoldSetTest.SEALED.resolve(set.name())));
        List<String> added = new ArrayList<>();
        for (String name : SealRecord.gazetteerNamesIn(set, Gazetteer.load())) {
            if (!development.contains(MatchText.of(name)) && !recorded.contains(name)) {
                added.add(name);
            }
        }
        assertTrue(added.isEmpty(), set.name() + ": gazetteer names that only this sealed set contains were added after"
                + " it was sealed: " + added + ". It informed the gazetteer: move it to development (gold/) and seal a new text.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedSets")
    void noTestQuotesASealedText(GoldSet set) throws IOException {
        Set<String> sealed = windows(MatchText.of(String.join("\n", set.documentTexts())));
        sealed.removeAll(developmentWindows());
        sealed.removeIf(window -> formulas.stream().anyMatch(formula -> formula.contains(window)));
        Set<String> quoted = new TreeSet<>();
        for (Path file : testSources()) {
            for (String window : windows(MatchText.of(Files.readString(file)))) {
                if (sealed.contains(window)) {
                    quoted.add(ROOT.relativize(file) + ": " + window);
                }
            }
        }
        assertTrue(quoted.isEmpty(), set.name() + ": tests quote the sealed text: " + quoted);
    }

    private static Set<String> developmentWindows;

    private static synchronized Set<String> developmentWindows() {
        if (developmentWindows == null) {
            developmentWindows = windows(development);
        }
        return developmentWindows;
    }

    /** Every run of {@link #QUOTATION} characters of the text, four in five of them Chinese at least. */
    private static Set<String> windows(String text) {
        Set<String> windows = new HashSet<>();
        for (int i = 0; i + QUOTATION <= text.length(); i++) {
            String window = text.substring(i, i + QUOTATION);
            if (HAN.matcher(window).results().count() * 5 >= QUOTATION * 4) {
                windows.add(window);
            }
        }
        return windows;
    }

    /** Every test's source and resource file, but the sealed sets themselves. */
    private static List<Path> testSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : List.of("ontology", "extractor", "app")) {
            Path tests = ROOT.resolve(module).resolve("src/test");
            try (Stream<Path> walk = Files.walk(tests)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.startsWith(GoldSetTest.SEALED))
                        .filter(p -> p.toString().matches(".*\\.(java|txt|tsv|ttl|trig|md)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
