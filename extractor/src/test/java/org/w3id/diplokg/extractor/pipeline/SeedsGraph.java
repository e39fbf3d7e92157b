package org.w3id.diplokg.extractor.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The five seeds extracted once per test JVM (CoreNLP included) and shared by the tests that read it. */
final class SeedsGraph {
    private static DatasetGraph dataset;
    private static ExtractionReport report;

    private SeedsGraph() {}

    static Path seedsFolder() {
        // Surefire runs in the module folder; the seeds live at the project root.
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder above " + here);
    }

    static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(seedsFolder())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            DatasetGraph built = DatasetGraphFactory.createTxnMem();
            report = Extraction.builder()
                    .manifest(seedsFolder().resolve("manifest.tsv"))
                    .build()
                    .run(seedFiles(), StreamRDFLib.dataset(built));
            dataset = built;
        }
        return dataset;
    }

    static synchronized ExtractionReport report() {
        dataset();
        return report;
    }
}
