package org.w3id.diplokg.extractor.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.w3id.diplokg.extractor.align.RenditionAligner;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.emit.DocumentEmitter;
import org.w3id.diplokg.extractor.emit.GraphBuffer;
import org.w3id.diplokg.extractor.emit.Iris;
import org.w3id.diplokg.extractor.model.AnnotatedDocument;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.extractor.validate.DocumentValidator;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Times each stage of the pipeline separately on a set of files: what the {@code bench} command
 * prints. Not a test: numbers depend on the machine. With several jobs the documents are annotated
 * on that many threads, as a build does; each stage's time is then summed over the threads, and
 * the throughput is taken over the wall-clock time of the extraction.
 */
public final class Benchmark {

    /**
     * Milliseconds per stage in pipeline order (summed over the jobs), the wall-clock milliseconds
     * from reading the first file to validating the last, the characters read, quads written and peak heap.
     */
    public record Result(Map<String, Long> millisByStage, long extractionMillis, long characters, long quads,
                         int documents, int jobs, long peakHeapBytes) {
        public long totalMillis() {
            return millisByStage.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Characters per second of wall-clock extraction (model, gazetteer and shapes loading excluded). */
        public double charactersPerSecond() {
            return extractionMillis == 0 ? 0 : characters * 1000.0 / extractionMillis;
        }

        /** Quads per second of wall-clock extraction. */
        public double quadsPerSecond() {
            return extractionMillis == 0 ? 0 : quads * 1000.0 / extractionMillis;
        }
    }

    private final Map<String, Long> millis = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final int jobs;

    public Benchmark() {
        this(1);
    }

    /** A benchmark annotating {@code jobs} documents at once. */
    public Benchmark(int jobs) {
        this.jobs = jobs;
    }

    public Result run(List<Path> files, Path manifestFile) throws InputException {
        resetPeaks();
        ChineseEntityTagger tagger = time("load models", ChineseEntityTagger::shared);
        Gazetteer gazetteer = time("load gazetteer", Gazetteer::load);
        DocumentValidator validator = time("load shapes", DocumentValidator::standard);
        Manifest manifest = manifestFile == null ? Manifest.empty() : Manifest.load(manifestFile);
        // The annotator the build uses, with its CoreNLP calls timed apart from the rest of annotation.
        ThreadLocal<long[]> taggingNanos = ThreadLocal.withInitial(() -> new long[1]);
        DocumentAnnotator.EntityTagger timedTagger = new DocumentAnnotator.EntityTagger() {
            @Override
            public Tagging tag(String sentence) {
                return tagAll(List.of(sentence)).get(0);
            }

            @Override
            public List<Tagging> tagAll(List<String> sentences) {
                long started = System.nanoTime();
                try {
                    return tagger.tagAll(sentences);
                } finally {
                    taggingNanos.get()[0] += System.nanoTime() - started;
                }
            }
        };
        DocumentAnnotator annotator = DocumentAnnotator.standard(timedTagger, gazetteer);
        DocumentEmitter emitter = new DocumentEmitter();
        long extractionStarted = System.nanoTime();
        long characters = 0;
        List<Document> structured = new java.util.ArrayList<>();
        for (Path file : files) {
            SourceText source = timeChecked("read", () -> new SourceReader().read(file));
            characters += source.text().codePointCount(0, source.text().length());
            structured.add(timeChecked("normalise + structure", () -> new DocumentStructurer().structure(source, manifest)));
        }
        RenditionAligner aligner = new RenditionAligner(gazetteer);
        List<Document> aligned = time("align renditions", () -> aligner.align(structured));
        List<java.util.concurrent.Callable<Object>> tasks = new java.util.ArrayList<>();
        for (Document document : aligned) {
            tasks.add(() -> {
                Path file = document.source().path();
                long taggingBefore = taggingNanos.get()[0];
                long started = System.nanoTime();
                AnnotatedDocument annotated = annotator.annotate(document);
                long annotating = System.nanoTime() - started;
                long tagging = taggingNanos.get()[0] - taggingBefore;
                millis.merge("CoreNLP segment+pos+ner", tagging / 1_000_000, Long::sum);
                millis.merge("resolve, dates, relate", (annotating - tagging) / 1_000_000, Long::sum);
                GraphBuffer graph = new GraphBuffer(Iris.graph(document.source().fileName()));
                time("emit RDF", () -> emitter.emit(annotated, "urn:bench", graph));
                try {
                    timeChecked("validate (SHACL)", () -> {
                        validator.check(file, graph.graph());
                        return graph;
                    });
                } catch (InputException e) {
                    return e;
                }
                return (long) graph.size();
            });
        }
        long[] quads = {0};
        InputException[] refused = {null};
        new OrderedWorkers(jobs).run(tasks, index -> {}, outcome -> {
            if (outcome instanceof InputException e && refused[0] == null) {
                refused[0] = e;
            } else if (outcome instanceof Long size) {
                quads[0] += size;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        long extractionMillis = (System.nanoTime() - extractionStarted) / 1_000_000;
        return new Result(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millis)), extractionMillis, characters,
                quads[0], files.size(), jobs, peakHeap());
    }

    private <T> T time(String stage, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        millis.merge(stage, (System.nanoTime() - started) / 1_000_000, Long::sum);
        return result;
    }

    private interface CheckedSupplier<T> {
        T get() throws InputException;
    }

    private <T> T timeChecked(String stage, CheckedSupplier<T> work) throws InputException {
        long started = System.nanoTime();
        T result = work.get();
        millis.merge(stage, (System.nanoTime() - started) / 1_000_000, Long::sum);
        return result;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
