package org.w3id.diplokg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.cache.CodeFingerprint;

/**
 * What a dataset was built from, kept in its folder: the store's code and each document's cache
 * key (which names the file, its renditions, the manifest and the extractor). A build whose record
 * would be the same finds the dataset up to date and leaves it, provenance and all, as it is.
 * Only a build in which every file was built writes one, so a file that failed is tried again.
 *
 * @param store     the fingerprint of the code that loads and indexes the dataset
 * @param documents the documents' cache keys, in the order built
 */
public record BuildRecord(String store, List<String> documents) {
    private static final String FILE = "build-record.txt";

    public BuildRecord {
        documents = List.copyOf(documents);
    }

    /** The record of a build of these documents by this JVM's store code. */
    public static BuildRecord of(List<String> documentKeys) {
        return new BuildRecord(StoreFingerprint.CURRENT, documentKeys);
    }

    /** The record in the dataset folder, if there is a dataset with one. */
    public static Optional<BuildRecord> readFrom(Path datasetFolder) {
        if (!new DatasetLayout(datasetFolder).exists()) {
            return Optional.empty();
        }
        Path file = datasetFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            // Lines of "store KEY" and "document KEY": no tab, so each row is one cell, the line.
            lines = DataFile.read(file).stream().map(row -> row.cells()[0]).toList();
        } catch (DataFile.Problem e) {
            throw new StoreException("cannot read " + file + ": " + e.fault(), e);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("store ")) {
            return Optional.empty();
        }
        List<String> documents = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            documents.add(line.substring(line.indexOf(' ') + 1));
        }
        return Optional.of(new BuildRecord(lines.get(0).substring("store ".length()), documents));
    }

    public void writeTo(Path datasetFolder) {
        StringBuilder text = new StringBuilder("store ").append(store).append('\n');
        documents.forEach(key -> text.append("document ").append(key).append('\n'));
        try {
            Files.writeString(datasetFolder.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + datasetFolder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The app module's code (it holds the store) and the TDB2 and Lucene jars. */
    private static final class StoreFingerprint {
        static final String CURRENT = CodeFingerprint.of(List.of(BuildRecord.class), List.of(
                DatabaseMgr.class.getName().replace('.', '/') + ".class",
                "org/apache/lucene/index/IndexWriter.class",
                "org/apache/jena/query/text/TextIndex.class"));
    }
}
