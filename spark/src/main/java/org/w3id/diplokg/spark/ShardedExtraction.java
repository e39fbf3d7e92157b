package org.w3id.diplokg.spark;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;
import scala.Tuple2;

/**
 * The extraction as a Spark job: transcripts read where they are, grouped by event, each group
 * extracted in one task, and the document graphs written as N-Quads shards ({@code part-*}) with
 * the build's provenance ({@code provenance.nq}) beside them: what `diplokg build` would store for
 * the same inputs, ready for `diplokg load`.
 */
public final class ShardedExtraction {
    private final JavaSparkContext spark;

    public ShardedExtraction(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** What the job did: the files built, and each file refused with why. */
    public record Report(List<String> built, List<String> failures) {}

    /**
     * @param inputs     folders (their *.txt) and files, any Hadoop file system
     * @param manifest   the manifest, or null for manifest.tsv in the first input folder if present
     * @param output     a folder that must not exist yet
     * @param partitions how many shards (and tasks) the extraction is split into
     */
    public Report run(List<String> inputs, String manifest, String output, int partitions) {
        Instant started = Instant.now();
        Configuration conf = spark.hadoopConfiguration();
        InputListing listing = InputListing.of(inputs, manifest, conf);
        byte[] manifestBytes = listing.manifestBytes(conf);
        String paths = listing.files().stream().map(Path::toString).collect(Collectors.joining(","));

        JavaPairRDD<String, SourceFile> byEvent = spark.binaryFiles(paths, partitions)
                .map(file -> new SourceFile(new Path(file._1()).getName(), file._2().toArray()))
                .mapToPair(new EventKeyer(manifestBytes))
                .persist(StorageLevel.MEMORY_AND_DISK());
        String buildIri = buildIri(listing, byEvent.values().mapToPair(f -> new Tuple2<>(f.name(), f.sha256())).collectAsMap());

        CollectionAccumulator<String> built = spark.sc().collectionAccumulator("built");
        CollectionAccumulator<String> failed = spark.sc().collectionAccumulator("failed");
        byEvent.groupByKey(partitions)
                .mapPartitions(new EventExtraction(buildIri, manifestBytes, built, failed))
                .saveAsTextFile(output);
        byEvent.unpersist();

        // A task run again (a lost executor) adds its files twice to an accumulator: count each once.
        Set<String> builtNames = new HashSet<>(built.value());
        List<String> builtInOrder = listing.files().stream().map(Path::getName).filter(builtNames::contains).toList();
        if (!builtInOrder.isEmpty()) {
            ProvenanceShard.write(new Path(output), conf, buildIri, builtInOrder, started, Instant.now());
        }
        return new Report(builtInOrder, new HashSet<>(failed.value()).stream().sorted().toList());
    }

    /** As a local build names itself: from the extractor's version and the inputs' SHA-256, in input order. */
    private static String buildIri(InputListing listing, Map<String, String> sha256ByName) {
        List<String> digests = listing.files().stream().map(file -> sha256ByName.get(file.getName())).toList();
        return new ProvenanceEmitter(ProvenanceEmitter.currentVersion()).buildIri(digests);
    }
}
