package org.w3id.diplokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.store.DatasetBuilder;

/** The seeds built once per test JVM into a dataset folder (TDB2 and text index), shared by the app's tests. */
public final class SeedsDataset {
    private static Path folder;
    private static ExtractionReport report;

    private SeedsDataset() {}

    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.isDirectory(dir.resolve("fuseki-config"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }

    public static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(projectRoot().resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the seeds' dataset (built on first use, under target/). */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path parent = Files.createDirectories(Path.of("target", "test-datasets")).toAbsolutePath();
                Path target = Files.createTempDirectory(parent, "seeds").resolve("data");
                report = buildInto(target);
                folder = target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    public static synchronized ExtractionReport report() {
        folder();
        return report;
    }

    /** Builds the seeds into {@code target} as `diplokg build --jobs 1 --no-cache` does. */
    public static ExtractionReport buildInto(Path target) {
        return buildInto(target, Extraction.builder());
    }

    /** Builds the seeds into {@code target} with an extraction of the caller's (its jobs, its cache). */
    public static ExtractionReport buildInto(Path target, Extraction.Builder extraction) {
        Extraction seeds = extraction.manifest(projectRoot().resolve("seeds/manifest.tsv")).build();
        return DatasetBuilder.into(target).build(sink -> seeds.run(seedFiles(), sink), r -> !r.documents().isEmpty());
    }
}
