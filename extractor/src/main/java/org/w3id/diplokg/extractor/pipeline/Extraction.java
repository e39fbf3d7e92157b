package org.w3id.diplokg.extractor.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Extracts a batch of source files into RDF pushed to a {@link StreamRDF}: one named graph per
 * document (quads) plus a provenance graph for the build. A file that fails is reported and
 * contributes nothing; the others are still written.
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
    private final Path manifest;
    private final ExtractionListener listener;

    private Extraction(Builder builder) {
        this.manifest = builder.manifest;
        this.listener = builder.listener;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Extracts every file (in the order given) and pushes the triples to {@code sink}, calling its
     * {@code start()} first and {@code finish()} last.
     */
    public ExtractionReport run(List<Path> files, StreamRDF sink) {
        throw new UnsupportedOperationException("not wired yet");
    }

    public static final class Builder {
        private Path manifest;
        private ExtractionListener listener = ExtractionListener.SILENT;

        /** A manifest file stating or overriding document metadata; optional. */
        public Builder manifest(Path manifest) { this.manifest = manifest; return this; }

        public Builder listener(ExtractionListener listener) { this.listener = listener; return this; }

        public Extraction build() { return new Extraction(this); }
    }
}
