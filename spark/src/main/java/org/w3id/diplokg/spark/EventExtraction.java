package org.w3id.diplokg.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.w3id.diplokg.extractor.pipeline.DocumentSummary;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import scala.Tuple2;

/**
 * One task's work: the events of its partition, each (all its renditions together) extracted by
 * the same library a local build runs, into N-Quads lines of the documents' graphs. One extraction
 * serves the whole partition; its CoreNLP pipeline is the executor JVM's single lazily loaded one
 * ({@code ChineseEntityTagger.shared()}), whatever the number of tasks that JVM runs.
 */
final class EventExtraction implements FlatMapFunction<Iterator<Tuple2<String, Iterable<SourceFile>>>, String> {
    private final String buildIri;
    private final byte[] manifest;
    private final CollectionAccumulator<String> built;
    private final CollectionAccumulator<String> failed;

    /**
     * @param buildIri the whole build's IRI, which every document names as what generated it
     * @param built    collects the file names extracted (for the provenance the driver writes)
     * @param failed   collects, per file refused or broken, its name and why
     */
    EventExtraction(String buildIri, byte[] manifest, CollectionAccumulator<String> built, CollectionAccumulator<String> failed) {
        this.buildIri = buildIri;
        this.manifest = manifest;
        this.built = built;
        this.failed = failed;
    }

    @Override
    public Iterator<String> call(Iterator<Tuple2<String, Iterable<SourceFile>>> events) {
        List<String> lines = new ArrayList<>();
        try (LocalFolder partition = LocalFolder.create()) {
            Extraction extraction = Extraction.builder().manifest(partition.writeManifest(manifest)).buildIri(buildIri).build();
            while (events.hasNext()) {
                List<SourceFile> renditions = StreamSupport.stream(events.next()._2().spliterator(), false)
                        .sorted(Comparator.comparing(SourceFile::name)).toList();
                try (LocalFolder event = LocalFolder.create()) {
                    lines.addAll(extract(extraction, event.writeAll(renditions)));
                }
            }
        }
        return lines.iterator();
    }

    private List<String> extract(Extraction extraction, List<Path> renditions) {
        DocumentGraphLines sink = DocumentGraphLines.create();
        ExtractionReport report = extraction.run(renditions, sink);
        report.documents().stream().map(DocumentSummary::sourceFile).forEach(built::add);
        report.failures().forEach(failure -> failed.add(failure.file().getFileName() + ": " + reason(failure.getMessage())));
        report.internalFailures().forEach(failure -> failed.add(failure.file().getFileName() + ": internal error: " + failure.error()));
        return sink.lines();
    }

    /** The extractor's message names the temporary copy; the file name is said once already. */
    private static String reason(String message) {
        int separator = message.indexOf(": ");
        return separator < 0 ? message : message.substring(separator + 2);
    }
}
