package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.cache.DocumentGraphCache;
import org.w3id.diplokg.vocab.PROV;

/**
 * The cache of finished document graphs on the seeds (without CoreNLP, so it runs in seconds): a
 * document comes from the cache only while its file, its renditions and the manifest are unchanged;
 * a corrupt entry is never loaded; and what is written is the same as without a cache, apart from
 * the build's times, for one job or two.
 */
class CachedExtractionTest {
    @TempDir
    Path temp;

    private Path seeds;
    private DocumentGraphCache cache;

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = Files.createDirectories(temp.resolve("seeds"));
        for (Path file : SeedsGraph.seedFiles()) {
            Files.copy(file, seeds.resolve(file.getFileName()));
        }
        Files.copy(SeedsGraph.seedsFolder().resolve("manifest.tsv"), seeds.resolve("manifest.tsv"));
        cache = DocumentGraphCache.in(temp.resolve("cache"));
    }

    /** One run over the copied seeds: the quads written (less the build times) and what the listener heard. */
    private record Run(Set<Quad> quads, List<DocumentSummary> documents, List<String> heard) {
        List<String> cached() {
            return documents.stream().filter(DocumentSummary::cached).map(DocumentSummary::sourceFile).toList();
        }
    }

    private Run run(DocumentGraphCache withCache, int jobs) throws IOException {
        List<String> heard = new ArrayList<>();
        ExtractionListener listener = new ExtractionListener() {
            @Override
            public void started(Path file, int index, int total) { heard.add("started " + index); }

            @Override
            public void finished(Path file, DocumentSummary summary) { heard.add("finished " + summary.sourceFile()); }

            @Override
            public void warning(Path file, String message) { heard.add("warning " + file.getFileName() + ": " + message); }
        };
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ExtractionReport report = Extraction.builder().tagger(EntityTagger.NONE).manifest(seeds.resolve("manifest.tsv"))
                .cache(withCache).jobs(jobs).listener(listener).build().run(files, StreamRDFLib.dataset(dataset));
        assertFalse(report.hasFailures(), () -> report.refusals().toString());
        return new Run(quadsWithoutBuildTimes(dataset), report.documents(), heard);
    }

    private static Set<Quad> quadsWithoutBuildTimes(DatasetGraph dataset) {
        Set<Node> times = Set.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode());
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(q -> {
            if (!times.contains(q.getPredicate())) {
                quads.add(q);
            }
        });
        return quads;
    }

    @Test
    void aBuildFromTheCacheWritesTheSameQuadsAsOneWithout() throws Exception {
        Run uncached = run(null, 1);
        Run filling = run(cache, 1);
        Run fromCache = run(cache, 1);
        assertEquals(List.of(), filling.cached());
        assertEquals(5, fromCache.cached().size(), fromCache.documents().toString());
        assertTrue(uncached.quads().size() > 10_000, "quads: " + uncached.quads().size());
        assertEquals(uncached.quads(), filling.quads());
        assertEquals(uncached.quads(), fromCache.quads());
        assertEquals(uncached.documents().stream().map(d -> d.sourceFile() + " " + d.statements() + " " + d.mentions()
                        + " " + d.quads()).toList(),
                fromCache.documents().stream().map(d -> d.sourceFile() + " " + d.statements() + " " + d.mentions()
                        + " " + d.quads()).toList());
    }

    @Test
    void aChangedRenditionRebuildsItAndTheOtherRenditionOfItsEventOnly() throws Exception {
        run(cache, 1);
        // 000 and 001 are two renditions of the press conference of 2021-03-07.
        Path changed = seeds.resolve("001_91b48a67ea093576.txt");
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8).replace("动荡不安", "动荡不宁"),
                StandardCharsets.UTF_8);
        Run rebuilt = run(cache, 1);
        assertEquals(List.of("002_14f217126f1f39bb.txt", "003_110b0fdd1e2310aa.txt", "004_05afde865cfdeba6.txt"),
                rebuilt.cached());
        assertEquals(run(null, 1).quads(), rebuilt.quads());
    }

    @Test
    void aChangedManifestRebuildsEveryDocument() throws Exception {
        run(cache, 1);
        Files.writeString(seeds.resolve("manifest.tsv"), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(), run(cache, 1).cached());
    }

    @Test
    void aCorruptEntryIsReportedDeletedAndRebuiltNeverLoaded() throws Exception {
        Run uncached = run(null, 1);
        run(cache, 1);
        List<Path> entries;
        try (Stream<Path> list = Files.list(cache.folder())) {
            entries = list.filter(p -> p.toString().endsWith(".rt")).sorted().toList();
        }
        assertEquals(5, entries.size());
        byte[] bytes = Files.readAllBytes(entries.get(0));
        bytes[bytes.length / 2] ^= 0x20; // one flipped bit, in the middle of a literal or an IRI
        Files.write(entries.get(0), bytes);

        Run repaired = run(cache, 1);
        assertEquals(4, repaired.cached().size(), repaired.documents().toString());
        assertEquals(1, repaired.heard().stream().filter(line -> line.startsWith("warning ")
                && line.contains("a corrupt cache entry was deleted and the file extracted again")
                && line.contains("its triples do not match their SHA-256")).count(), repaired.heard().toString());
        assertEquals(uncached.quads(), repaired.quads());
        assertEquals(5, run(cache, 1).cached().size(), "the entry is whole again");
    }

    @Test
    void twoJobsWriteTheSameQuadsAsOneAndReportInOrder() throws Exception {
        Run one = run(null, 1);
        Run two = run(null, 2);
        assertEquals(one.quads(), two.quads());
        assertEquals(one.heard(), two.heard());
        assertEquals(List.of("started 1", "finished 000_d9d0ae3ca28eebeb.txt", "started 2", "finished 001_91b48a67ea093576.txt",
                "started 3", "finished 002_14f217126f1f39bb.txt", "started 4", "finished 003_110b0fdd1e2310aa.txt",
                "started 5", "finished 004_05afde865cfdeba6.txt"), two.heard());
        assertEquals(one.quads(), run(cache, 2).quads());
        assertEquals(one.quads(), run(cache, 2).quads());
    }
}
