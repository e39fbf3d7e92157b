package org.w3id.diplokg.extractor.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.diplokg.extractor.cache.DocumentCacheKey;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * A batch read, structured and aligned, not yet annotated: what {@link Extraction#prepare} gives and
 * {@link Extraction#run(PreparedBatch, org.apache.jena.riot.system.StreamRDF)} extracts. It tells,
 * before any annotation, each document's cache key, so a caller can see that nothing changed.
 */
public final class PreparedBatch {
    /** A file read and structured, or why it could not be (an {@link InputException} or a bug), and how long it took. */
    record Structured(Document document, Exception failure, long nanos) {
        Structured aligned(Document alignedDocument) { return new Structured(alignedDocument, null, nanos); }
    }

    final List<Path> files;
    final InputException manifestFailure;
    final List<Structured> structured;
    /** Per file, its document's cache key; null for every file when there is no cache, and for a file not read. */
    final List<DocumentCacheKey> keys;
    final String buildIri;
    final Instant started;

    PreparedBatch(List<Path> files, InputException manifestFailure, List<Structured> structured,
                  List<DocumentCacheKey> keys, String buildIri, Instant started) {
        this.files = List.copyOf(files);
        this.manifestFailure = manifestFailure;
        this.structured = structured;
        this.keys = keys;
        this.buildIri = buildIri;
        this.started = started;
    }

    /**
     * Every document's cache key in file order, when each file was read and structured and there is
     * a cache; empty otherwise (a file that fails must be extracted, so as to be reported).
     */
    public Optional<List<String>> cacheKeys() {
        if (manifestFailure != null || keys.isEmpty() || keys.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(keys.stream().map(DocumentCacheKey::hex).toList());
    }
}
