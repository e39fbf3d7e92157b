package org.w3id.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.vocab.PROV;

/**
 * The seeds extracted by the Spark job in local mode (two worker threads, two shards, the real
 * CoreNLP models) give the quads a local build gives, apart from the build times.
 */
class SparkExtractionTest {
    private static final Set<Node> BUILD_TIMES = Set.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode());

    @Test
    void theSeedsGiveTheQuadsOfALocalBuildApartFromTheBuildTimes(@TempDir Path temp) throws IOException {
        Path seeds = projectRoot().resolve("seeds");
        Path shards = temp.resolve("shards");
        ShardedExtraction.Report report;
        try (JavaSparkContext spark = new JavaSparkContext(localMode())) {
            report = new ShardedExtraction(spark).run(List.of(seeds.toString()), null, shards.toString(), 2);
        }
        assertEquals(List.of(), report.failures());
        assertEquals(seedFiles(seeds).stream().map(p -> p.getFileName().toString()).toList(), report.built());

        Map<Path, Set<Quad>> quadsByShard = readShards(shards);
        assertTrue(quadsByShard.keySet().stream().anyMatch(p -> p.getFileName().toString().equals("part-00001")), quadsByShard.keySet().toString());
        assertEachGraphIsInOneShard(quadsByShard);
        Set<Quad> fromSpark = new HashSet<>();
        quadsByShard.values().forEach(fromSpark::addAll);

        LocalQuads local = new LocalQuads();
        ExtractionReport localReport = Extraction.builder().manifest(seeds.resolve("manifest.tsv")).build().run(seedFiles(seeds), local);
        assertEquals(5, localReport.documents().size());
        assertFalse(local.quads.isEmpty());
        assertEquals(withoutBuildTimes(local.quads), withoutBuildTimes(fromSpark));
    }

    private static SparkConf localMode() {
        return new SparkConf().setMaster("local[2]").setAppName("diplokg test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
    }

    /** A shard holds whole documents: the renditions of an event, and every quad of a document, go to one task. */
    private static void assertEachGraphIsInOneShard(Map<Path, Set<Quad>> quadsByShard) {
        Map<Node, Set<Path>> shardsByGraph = new HashMap<>();
        quadsByShard.forEach((shard, quads) -> quads.forEach(q -> shardsByGraph.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(shard)));
        assertEquals(6, shardsByGraph.size(), "five documents and the provenance: " + shardsByGraph.keySet());
        shardsByGraph.forEach((graph, shards) -> assertEquals(1, shards.size(), graph + " is in " + shards));
    }

    private static Map<Path, Set<Quad>> readShards(Path folder) throws IOException {
        Map<Path, Set<Quad>> quads = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path shard : files.filter(p -> p.getFileName().toString().matches("part-\\d+|provenance\\.nq")).toList()) {
                LocalQuads read = new LocalQuads();
                RDFParser.source(shard).forceLang(Lang.NQUADS).parse(read);
                quads.put(shard, read.quads);
            }
        }
        return quads;
    }

    private static Set<Quad> withoutBuildTimes(Set<Quad> quads) {
        Set<Quad> kept = new HashSet<>(quads);
        kept.removeIf(q -> BUILD_TIMES.contains(q.getPredicate()));
        return kept;
    }

    private static List<Path> seedFiles(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.isDirectory(dir.resolve("spark"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }

    private static final class LocalQuads extends StreamRDFBase {
        final Set<Quad> quads = new HashSet<>();

        @Override
        public void quad(Quad quad) { quads.add(quad); }
    }
}
