package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
    /** A run of this many Chinese characters is a quotation, not a common phrase. */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{10,}");

    private static String development;

    @BeforeAll
    static void readDevelopmentTexts() throws IOException {
        StringBuilder text = new StringBuilder();
        for (GoldSet set : GoldSet.loadAll(GoldSetTest.GOLD, ROOT.resolve("seeds"))) {
            set.documentTexts().forEach(t -> text.append(t).append('\n'));
        }
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                text.append(Files.readString(seed)).append('\n');
            }
        }
        development = MatchText.of(text.toString());
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
        String sealed = MatchText.of(String.join("\n", set.documentTexts()));
        Set<String> quoted = new TreeSet<>();
        for (Path file : testSources()) {
            Matcher run = HAN_RUN.matcher(Files.readString(file));
            while (run.find()) {
                String phrase = run.group();
                if (sealed.contains(phrase) && !development.contains(phrase)) {
                    quoted.add(ROOT.relativize(file) + ": " + phrase);
                }
            }
        }
        assertTrue(quoted.isEmpty(), set.name() + ": tests quote the sealed text: " + quoted);
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
