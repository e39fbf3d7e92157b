package org.w3id.diplokg.extractor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.diplokg.extractor.align.RenditionAligner;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.emit.DocumentEmitter;
import org.w3id.diplokg.extractor.emit.GraphBuffer;
import org.w3id.diplokg.extractor.emit.Iris;
import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;
import org.w3id.diplokg.extractor.model.AnnotatedTurn;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.extractor.validate.DocumentValidator;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.ITSRDF;
import org.w3id.diplokg.vocab.NIF;
import org.w3id.diplokg.vocab.PROV;

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

    private Extraction(Builder builder) {
        this.manifestFile = builder.manifest;
        this.listener = builder.listener;
        this.tagger = builder.tagger != null ? builder.tagger : new CoreNlpTagger();
        this.gazetteer = Gazetteer.load();
        this.aligner = new RenditionAligner(gazetteer);
        this.annotator = DocumentAnnotator.standard(tagger, gazetteer);
        this.emitter = new DocumentEmitter();
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Extracts every file (in the order given) and pushes the triples to {@code sink}, calling its
     * {@code start()} first and {@code finish()} last. Never throws for a file: each failure is in
     * the report, and was told to the listener. An exception of the sink itself (the store) stops
     * the batch, as the sink may then hold part of a document.
     */
    public ExtractionReport run(List<Path> files, StreamRDF sink) {
        Instant started = Instant.now();
        List<DocumentSummary> documents = new ArrayList<>();
        List<InputException> failures = new ArrayList<>();
        List<InternalFailure> internalFailures = new ArrayList<>();
        sink.start();
        declarePrefixes(sink);
        Manifest manifest;
        try {
            manifest = manifestFile == null ? Manifest.empty() : Manifest.load(manifestFile);
        } catch (InputException e) {
            failures.add(e);
            listener.failed(e.file(), e);
            sink.finish();
            return new ExtractionReport(documents, failures, internalFailures);
        }
        String buildIri = provenance.buildIri(files.stream().map(Extraction::digestOrName).toList());
        List<Structured> structured = structureAll(files, manifest);
        List<String> built = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            listener.started(file, i + 1, files.size());
            ExtractedDocument extracted;
            try {
                extracted = extractOne(file, structured.get(i), buildIri);
            } catch (InputException e) {
                failures.add(e);
                listener.failed(file, e);
                continue;
            } catch (RuntimeException e) {
                // A bug, not bad input: told apart, with its stack trace, and the other files still go on.
                InternalFailure failure = new InternalFailure(file, e);
                internalFailures.add(failure);
                listener.failedInternally(file, failure);
                continue;
            }
            extracted.graph().sendTo(sink);
            documents.add(extracted.summary());
            built.add(extracted.summary().sourceFile());
            listener.finished(file, extracted.summary());
        }
        if (!built.isEmpty()) {
            provenance.emit(buildIri, built, started, Instant.now(), sink);
        }
        sink.finish();
        return new ExtractionReport(documents, failures, internalFailures);
    }

    /** A document's graph, whole and valid, not yet sent anywhere, and what it gave. */
    private record ExtractedDocument(GraphBuffer graph, DocumentSummary summary) {}

    /** A file read and structured, or why it could not be (an {@link InputException} or a bug), and how long it took. */
    private record Structured(Document document, Exception failure, long nanos) {
        Structured aligned(Document alignedDocument) { return new Structured(alignedDocument, null, nanos); }
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

    private ExtractedDocument extractOne(Path file, Structured structured, String buildIri) throws InputException {
        if (structured.failure() instanceof InputException refused) {
            throw refused;
        } else if (structured.failure() instanceof RuntimeException bug) {
            throw bug;
        }
        long started = System.nanoTime() - structured.nanos();
        Document document = structured.document();
        SourceText source = document.source();
        if (!StandardCharsets.UTF_8.equals(source.charset())) {
            listener.warning(file, "not UTF-8; read as " + source.charset().name());
        }
        SummaryCounter counter = new SummaryCounter();
        Iterable<AnnotatedTurn> turns = () -> new CountingIterator(annotator.annotateLazily(document).iterator(), counter);
        GraphBuffer graph = new GraphBuffer(Iris.graph(source.fileName()));
        emitter.emit(document, turns, buildIri, graph);
        long validationStarted = System.nanoTime();
        validator.check(file, graph.graph());
        long ended = System.nanoTime();
        return new ExtractedDocument(graph, new DocumentSummary(source.fileName(), document.date(), counter.questions,
                counter.statements, counter.mentions, counter.times, source.text().codePointCount(0, source.text().length()),
                graph.size(), (ended - started) / 1_000_000, (ended - validationStarted) / 1_000_000));
    }

    private static void declarePrefixes(StreamRDF sink) {
        sink.prefix(DKG.PREFIX, DKG.NS);
        sink.prefix("id", DKG.ID);
        sink.prefix(NIF.PREFIX, NIF.NS);
        sink.prefix(ITSRDF.PREFIX, ITSRDF.NS);
        sink.prefix(PROV.PREFIX, PROV.NS);
        sink.prefix("skos", SKOS.getURI());
        sink.prefix("rdf", RDF.getURI());
        sink.prefix("rdfs", RDFS.getURI());
        sink.prefix("owl", OWL.getURI());
        sink.prefix("xsd", XSD.getURI());
    }

    /** The file's SHA-256, or its name when it cannot be read (the read itself then reports why). */
    private static String digestOrName(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException | OutOfMemoryError e) {
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

        /** A manifest file stating or overriding document metadata; optional. */
        public Builder manifest(Path manifest) { this.manifest = manifest; return this; }

        public Builder listener(ExtractionListener listener) { this.listener = listener; return this; }

        /** Where NER spans come from; CoreNLP's Chinese models by default. */
        public Builder tagger(EntityTagger tagger) { this.tagger = tagger; return this; }

        public Extraction build() { return new Extraction(this); }
    }
}
