package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.extractor.pipeline.PreparedBatch;
import org.w3id.diplokg.store.BuildRecord;
import org.w3id.diplokg.store.DatasetBuilder;
import org.w3id.diplokg.store.DatasetExporter;
import org.w3id.diplokg.store.KnowledgeGraphStore;

/**
 * Extracts files into a dataset folder, switching it in only when at least one document was built;
 * or, when the dataset was built from the same files, manifest, extractor and store code (its
 * {@link BuildRecord}), leaves it as it is.
 */
final class GraphBuild {
    private GraphBuild() {}

    /** @param extraction the extraction to run, given its manifest and progress lines here */
    static ExtractionReport run(Extraction.Builder extraction, List<Path> files, Path manifest, Path dataDir, Path out,
                                PrintWriter progress) {
        Extraction extractor = extraction.manifest(manifest).listener(new ProgressPrinter(progress)).build();
        long started = System.nanoTime();
        PreparedBatch batch = extractor.prepare(files);
        Optional<BuildRecord> record = batch.cacheKeys().map(BuildRecord::of);
        if (record.isPresent() && record.equals(BuildRecord.readFrom(dataDir))) {
            progress.printf("%s is up to date: built from the same %d file(s), manifest and extractor; nothing to do (%.1f s)%n",
                    dataDir, files.size(), (System.nanoTime() - started) / 1e9);
            export(dataDir, out, progress);
            return new ExtractionReport(List.of(), List.of(), List.of());
        }
        ExtractionReport report = DatasetBuilder.into(dataDir)
                .build(sink -> extractor.run(batch, sink), result -> !result.documents().isEmpty());
        if (record.isPresent() && !report.hasFailures()) {
            record.get().writeTo(dataDir);
        }
        if (report.documents().isEmpty()) {
            progress.println("nothing was built; " + dataDir + " is unchanged");
            progress.flush();
            return report;
        }
        progress.printf("built %d document(s) into %s in %.1f s%s%n", report.documents().size(), dataDir,
                (System.nanoTime() - started) / 1e9,
                report.hasFailures() ? "; " + report.refusals().size() + " file(s) failed" : "");
        export(dataDir, out, progress);
        return report;
    }

    private static void export(Path dataDir, Path out, PrintWriter progress) {
        if (out != null) {
            try (KnowledgeGraphStore store = KnowledgeGraphStore.open(dataDir)) {
                DatasetExporter.write(store.dataset(), out);
            }
            progress.println("wrote " + out);
        }
        progress.flush();
    }
}
