package org.w3id.diplokg.extractor.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Sentences of two renditions of one event, matched up to OCR-level differences and no further. */
class RenditionAlignerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final RenditionAligner aligner = new RenditionAligner(GAZETTEER);

    static Path seed(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds"))) {
                return dir.resolve("seeds").resolve(name);
            }
        }
        throw new IllegalStateException("no seeds/");
    }

    private static Document structure(Path file, Path manifest) throws Exception {
        return new org.w3id.diplokg.extractor.structure.DocumentStructurer().structure(new SourceReader().read(file), Manifest.load(manifest));
    }

    private static List<Document> renditions2021() throws Exception {
        return List.of(structure(seed("000_d9d0ae3ca28eebeb.txt"), seed("manifest.tsv")),
                structure(seed("001_91b48a67ea093576.txt"), seed("manifest.tsv")));
    }

    private static Set<String> texts(Document document) {
        Set<String> texts = new LinkedHashSet<>();
        document.turns().forEach(turn -> turn.sentences().forEach(sentence -> texts.add(sentence.text())));
        return texts;
    }

    /**
     * The measurement behind {@link RenditionAligner#THRESHOLD}: for every sentence of 000 with no
     * identical sentence in 001, how alike the most alike sentence of 001 is (among those with no
     * identical sentence in 000). Printed as a distribution; the figures the threshold rests on are
     * asserted, so a change in the structure stage that moves them shows here.
     */
    @Test
    void theThresholdSitsInTheGapBetweenRewordedAndDifferentSentencesOf2021() throws Exception {
        List<Document> documents = renditions2021();
        Set<String> a = texts(documents.get(0));
        Set<String> b = texts(documents.get(1));
        List<String> onlyA = a.stream().filter(t -> !b.contains(t)).toList();
        List<String> onlyB = b.stream().filter(t -> !a.contains(t)).toList();
        List<Double> best = new ArrayList<>();
        for (String x : onlyA) {
            best.add(onlyB.stream().mapToDouble(y -> SentenceSimilarity.of(x, y)).max().orElse(0));
        }
        best.sort((p, q) -> Double.compare(q, p));
        StringBuilder histogram = new StringBuilder("best match in 001 of the " + onlyA.size() + " sentences of 000 not in 001 ("
                + (a.size() - onlyA.size()) + " identical):\n");
        double[] bins = {0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.0};
        double upper = 1.0;
        for (double lower : bins) {
            double top = upper;
            long count = best.stream().filter(s -> s >= lower && s < top + (top == 1.0 ? 1e-9 : 0)).count();
            histogram.append(String.format(Locale.ROOT, "  [%.2f, %.2f%s %3d%n", lower, top, top == 1.0 ? "]" : ")", count));
            upper = lower;
        }
        System.out.println(histogram);
        long reworded = best.stream().filter(s -> s >= RenditionAligner.THRESHOLD).count();
        double lowestReworded = best.stream().filter(s -> s >= RenditionAligner.THRESHOLD).mapToDouble(Double::doubleValue).min().orElseThrow();
        double highestBelow = best.stream().filter(s -> s < RenditionAligner.THRESHOLD).mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf(Locale.ROOT, "at or above %.2f: %d (lowest %.3f); highest below: %.3f%n",
                RenditionAligner.THRESHOLD, reworded, lowestReworded, highestBelow);
        assertEquals(39, reworded);
        assertTrue(lowestReworded > 0.90, "lowest reworded pair " + lowestReworded);
        assertTrue(highestBelow < 0.86, "highest pair below the threshold " + highestBelow);
        // Each of them is matched by the stage, one to one.
        assertEquals(39, aligner.matches(documents).size());
    }

    /**
     * The other side of the measurement: pairs of different sentences in the seeds (within one seed,
     * or across seeds of different events, where the stage never looks) that are as alike as the
     * threshold. Those that are different sentences differ in what they name; the rest are one
     * sentence said again (at another event, or printed twice by a layout).
     */
    @Test
    void differentSentencesOfTheSeedsAsAlikeAsTheThresholdNameDifferentThings() throws Exception {
        Path manifest = seed("manifest.tsv");
        List<String[]> sentences = new ArrayList<>(); // file, text
        for (String file : List.of("000_d9d0ae3ca28eebeb.txt", "001_91b48a67ea093576.txt", "002_14f217126f1f39bb.txt",
                "003_110b0fdd1e2310aa.txt", "004_05afde865cfdeba6.txt")) {
            texts(structure(seed(file), manifest)).forEach(text -> sentences.add(new String[] {file, text}));
        }
        SentenceContents.Reader reader = new SentenceContents.Reader(GAZETTEER);
        List<String> alike = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                String[] x = sentences.get(i);
                String[] y = sentences.get(j);
                boolean renditions = !x[0].equals(y[0]) && x[0].compareTo("002") < 0 && y[0].compareTo("002") < 0;
                double similarity = SentenceSimilarity.atLeast(x[1], y[1], RenditionAligner.THRESHOLD);
                if (renditions || x[1].equals(y[1]) || similarity < RenditionAligner.THRESHOLD) {
                    continue;
                }
                java.time.LocalDate date = java.time.LocalDate.of(2021, 3, 7);
                boolean agree = reader.read(x[1], date).agreesWith(reader.read(y[1], date));
                alike.add(String.format(Locale.ROOT, "%.3f %s %s | %s %s -> %s", similarity, x[0].substring(0, 3), x[1],
                        y[0].substring(0, 3), y[1], agree ? "name the same" : "name different things"));
            }
        }
        alike.forEach(System.out::println);
        assertTrue(alike.stream().anyMatch(line -> line.contains("中非关系？") && line.endsWith("name different things")), alike.toString());
        assertTrue(alike.stream().anyMatch(line -> line.contains("今年是中非合作论坛") && line.endsWith("name different things")), alike.toString());
    }

    @Test
    void aNearDuplicatePairOf2021IsReadAsOneStatementKeepingEachWording() throws Exception {
        List<Document> aligned = aligner.align(renditions2021());
        Sentence ocr = sentence(aligned.get(0), "世界越是动荡");
        Sentence clean = sentence(aligned.get(1), "世界越是动荡");
        assertEquals(ocr.text(), clean.text(), "one statement");
        assertEquals("世界越是动荡不宁，中俄合作越要坚定前行。", ocr.wording());
        assertEquals("世界越是动荡不安，中俄合作越要坚定前行。", clean.wording());
        assertTrue(ocr.reworded() != clean.reworded(), "one of them takes the other's wording");
        // The cleaner rendition's wording is kept (001 has no OCR spaces) unless the other names more:
        // 000's 宪法赋予全国人大 names the National People's Congress, 001's 全国人民 does not.
        assertEquals("世界越是动荡不安，中俄合作越要坚定前行。", ocr.text());
        assertTrue(sentence(aligned.get(1), "首先我想强调的是").text().contains("宪法赋予全国人大的权力"));
        assertTrue(sentence(aligned.get(1), "首先我想强调的是").reworded());
        assertEquals(List.of("001_91b48a67ea093576.txt"), aligned.get(0).renditions());
    }

    private static Sentence sentence(Document document, String start) {
        return document.turns().stream().flatMap(turn -> turn.sentences().stream())
                .filter(s -> s.wording().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    @Test
    void differentSentencesThatShareTheirWordsAreNeverMerged(@TempDir Path temp) throws Exception {
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), """
                a.txt\t2021-03-07\t记者会\t王毅\t
                b.txt\t2021-03-07\t记者会\t王毅\t
                """);
        Path a = Files.writeString(temp.resolve("a.txt"), """
                记者：您如何评价当前中非关系？
                王毅：今年是中非合作论坛成立20周年。第一，要劝和促谈。世界越是动荡不宁，中俄合作越要坚定前行。
                """);
        Path b = Files.writeString(temp.resolve("b.txt"), """
                记者：您如何评价当前中俄关系？
                王毅：去年是中非合作论坛成立20周年。第二，要劝和促谈。世界越是动荡不安，中俄合作越要坚定前行。
                """);
        List<Document> aligned = aligner.align(List.of(structure(a, manifest), structure(b, manifest)));
        Set<String> statementsA = texts(aligned.get(0));
        Set<String> statementsB = texts(aligned.get(1));
        Set<String> shared = new LinkedHashSet<>(statementsA);
        shared.retainAll(statementsB);
        // Each pair is 0.89 to 0.95 alike, above the threshold: what they name keeps them apart.
        assertTrue(SentenceSimilarity.of("您如何评价当前中非关系？", "您如何评价当前中俄关系？") >= RenditionAligner.THRESHOLD);
        assertTrue(SentenceSimilarity.of("今年是中非合作论坛成立20周年。", "去年是中非合作论坛成立20周年。") >= RenditionAligner.THRESHOLD);
        assertTrue(SentenceSimilarity.of("第一，要劝和促谈。", "第二，要劝和促谈。") >= RenditionAligner.THRESHOLD);
        assertEquals(Set.of("世界越是动荡不宁，中俄合作越要坚定前行。"), shared.stream()
                .map(t -> t.replace('安', '宁')).collect(java.util.stream.Collectors.toSet()), "only the reworded sentence is shared: " + shared);
        assertEquals(1, shared.size(), shared.toString());
    }

    @Test
    void documentsOfOtherEventsAreLeftAlone() throws Exception {
        Document conference2022 = structure(seed("002_14f217126f1f39bb.txt"), seed("manifest.tsv"));
        Document conference2020 = structure(seed("003_110b0fdd1e2310aa.txt"), seed("manifest.tsv"));
        List<Document> aligned = aligner.align(List.of(conference2022, conference2020));
        assertEquals(conference2022, aligned.get(0));
        assertEquals(conference2020, aligned.get(1));
        assertTrue(aligner.matches(List.of(conference2022, conference2020)).isEmpty());
    }
}
