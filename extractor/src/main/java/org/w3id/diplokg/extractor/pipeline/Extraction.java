package org.w3id.diplokg.extractor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.w3id.diplokg.data.Sha256;
import org.w3id.diplokg.extractor.align.RenditionAligner;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.cache.DocumentCacheKey;
import org.w3id.diplokg.extractor.cache.DocumentGraphCache;
import org.w3id.diplokg.extractor.cache.ExtractorFingerprint;
import org.w3id.diplokg.extractor.emit.DocumentEmitter;
import org.w3id.diplokg.extractor.emit.GraphBuffer;
import org.w3id.diplokg.extractor.emit.Iris;
import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;
import org.w3id.diplokg.extractor.model.AnnotatedTurn;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.pipeline.PreparedBatch.Structured;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.extractor.validate.DocumentValidator;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * Extracts a batch of source files into RDF pushed to a {@link StreamRDF}: one named graph per
 * document (quads) plus a provenance graph for the build. Every file is read and structured first,
 * so that the renditions of one event in the batch are aligned (their sentences that differ only
 * as OCR and editing make them differ are one statement); then each document is annotated and
 * emitted. Each document's graph is held until the whole document is extracted and passes the
 * SHACL shapes, and only then sent to the sink: a file that fails, for whatever reason and at
 * whatever turn, contributes nothing; the others are still written.
 *
 * <pre>
 * ExtractionReport report = Extraction.builder()
 *     .manifest(Path.of("seeds/manifest.tsv"))
 *     .listener(progress)
 *     .build()
 *     .run(files, sink);
 * </pre>
 */
public final class Extraction {
    private final Path manifestFile;
    private final ExtractionListener listener;
    private final EntityTagger tagger;
    private final Gazetteer gazetteer;
    private final SourceReader reader = new SourceReader();
    private final DocumentStructurer structurer = new DocumentStructurer();
    private final RenditionAligner aligner;
    private final DocumentAnnotator annotator;
    private final DocumentEmitter emitter;
    private final DocumentValidator validator = DocumentValidator.standard();
    private final ProvenanceEmitter provenance = new ProvenanceEmitter(ProvenanceEmitter.currentVersion());
    private final DocumentGraphCache cache;
    private final int jobs;
    private final String buildIri;

    private Extraction(Builder builder) {
        this.manifestFile = builder.manifest;
        this.listener = builder.listener;
        this.tagger = builder.tagger != null ? builder.tagger : new CoreNlpTagger();
        this.gazetteer = Gazetteer.load();
        this.aligner = new RenditionAligner(gazetteer);
        this.annotator = DocumentAnnotator.standard(tagger, gazetteer);
        this.emitter = new DocumentEmitter();
        this.cache = builder.cache;
        this.jobs = builder.jobs;
        this.buildIri = builder.buildIri;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Extracts every file (in the order given) and pushes the triples to {@code sink}, calling its
     * {@code start()} first and {@code finish()} last. Never throws for a file: each failure is in
     * the report, and was told to the listener. An exception of the sink itself (the store) stops
     * the batch, as the sink may then hold part of a document.
     */
    public ExtractionReport run(List<Path> files, StreamRDF sink) {
        return run(prepare(files), sink);
    }

    /**
     * Reads, structures and aligns every file and finds each document's cache key, annotating
     * nothing: the cheap first part of a run.
     */
    public PreparedBatch prepare(List<Path> files) {
        Instant started = Instant.now();
        Manifest manifest;
        try {
            manifest = manifestFile == null ? Manifest.empty() : Manifest.load(manifestFile);
        } catch (InputException e) {
            return new PreparedBatch(files, e, List.of(), List.of(), null, started);
        }
        List<Structured> structured = structureAll(files, manifest);
        String buildIri = this.buildIri != null ? this.buildIri : provenance.buildIri(digests(files, structured));
        List<DocumentCacheKey> keys = new ArrayList<>();
        if (cache != null) {
            CacheKeys batchKeys = new CacheKeys(structured, manifestFile == null ? "" : digestOrName(manifestFile));
            structured.forEach(s -> keys.add(s.document() == null ? null : batchKeys.of(s.document(), tagger)));
        }
        return new PreparedBatch(files, null, structured, keys, buildIri, started);
    }

    /** Extracts a prepared batch, as {@link #run(List, StreamRDF)} does. */
    public ExtractionReport run(PreparedBatch batch, StreamRDF sink) {
        List<DocumentSummary> documents = new ArrayList<>();
        List<InputException> failures = new ArrayList<>();
        List<InternalFailure> internalFailures = new ArrayList<>();
        sink.start();
        declarePrefixes(sink);
        if (batch.manifestFailure != null) {
            failures.add(batch.manifestFailure);
            listener.failed(batch.manifestFailure.file(), batch.manifestFailure);
            sink.finish();
            return new ExtractionReport(documents, failures, internalFailures);
        }
        List<Path> files = batch.files;
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Structured one = batch.structured.get(i);
            DocumentCacheKey key = batch.keys.isEmpty() ? null : batch.keys.get(i);
            tasks.add(() -> extractOrLoad(file, one, batch.buildIri, key));
        }
        List<String> built = new ArrayList<>();
        int[] consumed = {0};
        new OrderedWorkers(jobs).run(tasks, index -> listener.started(files.get(index), index + 1, files.size()), outcome -> {
            Path file = files.get(consumed[0]);
            Document document = batch.structured.get(consumed[0]++).document();
            if (document != null && !StandardCharsets.UTF_8.equals(document.source().charset())) {
                listener.warning(file, "not UTF-8; read as " + document.source().charset().name());
            }
            if (outcome.cacheProblem() != null) {
                listener.warning(file, outcome.cacheProblem());
            }
            if (outcome.failure() instanceof InputException refused) {
                failures.add(refused);
                listener.failed(file, refused);
            } else if (outcome.failure() instanceof RuntimeException bug) {
                // A bug, not bad input: told apart, with its stack trace, and the other files still go on.
                InternalFailure failure = new InternalFailure(file, bug);
                internalFailures.add(failure);
                listener.failedInternally(file, failure);
            } else {
                outcome.extracted().quads().accept(sink);
                documents.add(outcome.extracted().summary());
                built.add(outcome.extracted().summary().sourceFile());
                listener.finished(file, outcome.extracted().summary());
            }
        });
        if (!built.isEmpty()) {
            provenance.emit(batch.buildIri, built, batch.started, Instant.now(), sink);
        }
        sink.finish();
        return new ExtractionReport(documents, failures, internalFailures);
    }

    /**
     * A document's graph from the cache when its key is there, else extracted (and then stored);
     * runs on a worker thread, so it tells the listener nothing and returns what happened.
     */
    private Outcome extractOrLoad(Path file, Structured structured, String buildIri, DocumentCacheKey key) {
        if (structured.failure() != null) {
            return new Outcome(null, structured.failure(), null);
        }
        String cacheProblem = null;
        if (key != null) {
            long loading = System.nanoTime();
            DocumentGraphCache.Lookup lookup = cache.load(key, buildIri);
            if (lookup instanceof DocumentGraphCache.Hit hit) {
                Node graph = NodeFactory.createURI(Iris.graph(structured.document().source().fileName()));
                Consumer<StreamRDF> quads = sink -> hit.triples().forEach(triple -> sink.quad(Quad.create(graph, triple)));
                return new Outcome(new ExtractedDocument(quads, hit.summary().took((System.nanoTime() - loading) / 1_000_000)), null, null);
            } else if (lookup instanceof DocumentGraphCache.Corrupt corrupt) {
                cacheProblem = "a corrupt cache entry was deleted and the file extracted again (" + corrupt.problem() + ")";
            }
        }
        GraphBuffer graph;
        DocumentSummary summary;
        try {
            graph = new GraphBuffer(Iris.graph(structured.document().source().fileName()));
            summary = extractOne(file, structured, buildIri, graph);
        } catch (InputException | RuntimeException e) {
            return new Outcome(null, e, cacheProblem);
        }
        if (key != null) {
            try {
                cache.store(key, graph.graph(), buildIri, summary);
            } catch (java.io.UncheckedIOException e) {
                cacheProblem = "not cached: " + e.getMessage();
            }
        }
        return new Outcome(new ExtractedDocument(graph::sendTo, summary), null, cacheProblem);
    }

    /** A document's graph, whole and valid, not yet sent anywhere (sent by {@code quads}), and what it gave. */
    private record ExtractedDocument(Consumer<StreamRDF> quads, DocumentSummary summary) {}

    /** What a worker made of one file: its graph, or why there is none; and a warning about the cache, if any. */
    private record Outcome(ExtractedDocument extracted, Exception failure, String cacheProblem) {}

    /** The cache keys of a batch: every file's SHA-256 (a document's key holds its renditions'), the manifest's. */
    private static final class CacheKeys {
        private final Map<String, String> sha256ByFile = new HashMap<>();
        private final String manifestSha256;

        CacheKeys(List<Structured> structured, String manifestSha256) {
            structured.stream().map(Structured::document).filter(Objects::nonNull)
                    .forEach(d -> sha256ByFile.put(d.source().fileName(), d.source().sha256()));
            this.manifestSha256 = manifestSha256;
        }

        DocumentCacheKey of(Document document, EntityTagger tagger) {
            return DocumentCacheKey.of(ExtractorFingerprint.current(), document, sha256ByFile, manifestSha256,
                    tagger.getClass().getName());
        }
    }

    /**
     * Reads and structures every file, then aligns the renditions of each event among those that
     * could be read; a file's failure is kept for its turn, so it is reported in order.
     */
    private List<Structured> structureAll(List<Path> files, Manifest manifest) {
        List<Structured> structured = new ArrayList<>();
        for (Path file : files) {
            long started = System.nanoTime();
            try {
                SourceText source = reader.read(file);
                structured.add(new Structured(structurer.structure(source, manifest), null, System.nanoTime() - started));
            } catch (InputException | RuntimeException e) {
                structured.add(new Structured(null, e, System.nanoTime() - started));
            }
        }
        List<Document> read = structured.stream().map(Structured::document).filter(Objects::nonNull).toList();
        Iterator<Document> aligned = aligner.align(read).iterator();
        return structured.stream().map(s -> s.document() == null ? s : s.aligned(aligned.next())).toList();
    }

    /** Extracts one document into {@code graph}, which then holds it whole and valid. */
    private DocumentSummary extractOne(Path file, Structured structured, String buildIri, GraphBuffer graph) throws InputException {
        long started = System.nanoTime() - structured.nanos();
        Document document = structured.document();
        SourceText source = document.source();
        SummaryCounter counter = new SummaryCounter();
        Iterable<AnnotatedTurn> turns = () -> new CountingIterator(annotator.annotateLazily(document).iterator(), counter);
        emitter.emit(document, turns, buildIri, graph);
        long validationStarted = System.nanoTime();
        validator.check(file, graph.graph());
        long ended = System.nanoTime();
        return new DocumentSummary(source.fileName(), document.date(), counter.questions,
                counter.statements, counter.mentions, counter.times, source.text().codePointCount(0, source.text().length()),
                graph.size(), (ended - started) / 1_000_000, (ended - validationStarted) / 1_000_000, false);
    }

    private static void declarePrefixes(StreamRDF sink) {
        Namespaces.PREFIXES.getNsPrefixMap().forEach(sink::prefix); // the one list of prefixes (Namespaces)
    }

    /**
     * Every file's SHA-256, in order: the one its reading computed; a file that could not be read or
     * structured is digested here (or named, when it cannot be read at all).
     */
    private static List<String> digests(List<Path> files, List<Structured> structured) {
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Document document = structured.get(i).document();
            digests.add(document != null ? document.source().sha256() : digestOrName(files.get(i)));
        }
        return digests;
    }

    /** The file's SHA-256, or its name when it cannot be read (the read itself then reports why). */
    private static String digestOrName(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException | OutOfMemoryError e) {
            return Objects.toString(file.getFileName());
        }
    }

    /** CoreNLP, loaded on first use (so a batch of bad files never waits for the models). */
    private static final class CoreNlpTagger implements EntityTagger {
        @Override
        public org.w3id.diplokg.extractor.model.Tagging tag(String sentence) {
            return ChineseEntityTagger.shared().tag(sentence);
        }

        @Override
        public List<org.w3id.diplokg.extractor.model.Tagging> tagAll(List<String> sentences) {
            return ChineseEntityTagger.shared().tagAll(sentences);
        }
    }

    /** Counts what passes through on the way to the emitter, for the progress line. */
    private static final class SummaryCounter {
        int questions;
        int statements;
        int mentions;
        int times;
    }

    private record CountingIterator(java.util.Iterator<AnnotatedTurn> turns, SummaryCounter counter)
            implements java.util.Iterator<AnnotatedTurn> {
        @Override
        public boolean hasNext() { return turns.hasNext(); }

        @Override
        public AnnotatedTurn next() {
            AnnotatedTurn turn = turns.next();
            if (turn.turn().kind() == TurnKind.QUESTION) {
                counter.questions++;
            }
            counter.statements += turn.sentences().size();
            turn.sentences().forEach(s -> {
                counter.mentions += s.mentions().size();
                counter.times += s.times().size();
            });
            return turn;
        }
    }

    public static final class Builder {
        private Path manifest;
        private ExtractionListener listener = ExtractionListener.SILENT;
        private EntityTagger tagger;
        private DocumentGraphCache cache;
        private int jobs = 1;
        private String buildIri;

        /** A manifest file stating or overriding document metadata; optional. */
        public Builder manifest(Path manifest) { this.manifest = manifest; return this; }

        public Builder listener(ExtractionListener listener) { this.listener = listener; return this; }

        /** Where NER spans come from; CoreNLP's Chinese models by default. */
        public Builder tagger(EntityTagger tagger) { this.tagger = tagger; return this; }

        /** Where finished document graphs are kept and looked up; none (every file extracted) by default. */
        public Builder cache(DocumentGraphCache cache) { this.cache = cache; return this; }

        /** How many documents are extracted at once (1 by default); the output is the same for any number. */
        public Builder jobs(int jobs) {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
            this.jobs = jobs;
            return this;
        }

        /**
         * The build the documents are part of, when the batch is only part of it (a distributed build's
         * tasks each extract a few files of one build); by default the batch's own, from its files.
         */
        public Builder buildIri(String buildIri) { this.buildIri = buildIri; return this; }

        public Extraction build() { return new Extraction(this); }
    }
}
