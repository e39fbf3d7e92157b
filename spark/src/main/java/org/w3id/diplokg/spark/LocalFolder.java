package org.w3id.diplokg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder on the executor holding copies of some transcripts under their own names
 * (and the manifest), because the extractor reads files from a local disk and names graphs by file
 * name. Deleted on close.
 */
final class LocalFolder implements AutoCloseable {
    static final String MANIFEST = "manifest.tsv";

    private final Path folder;

    private LocalFolder(Path folder) {
        this.folder = folder;
    }

    static LocalFolder create() {
        try {
            return new LocalFolder(Files.createTempDirectory("diplokg-spark"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the transcripts", e);
        }
    }

    /** Writes the file under its own name and returns where it is. */
    Path write(SourceFile file) {
        return write(file.name(), file.bytes());
    }

    /** The manifest, under a name no transcript (a *.txt) can have; null when there is none. */
    Path writeManifest(byte[] manifest) {
        return manifest == null ? null : write(MANIFEST, manifest);
    }

    List<Path> writeAll(List<SourceFile> files) {
        return files.stream().map(this::write).toList();
    }

    private Path write(String name, byte[] bytes) {
        Path file = folder.resolve(name);
        if (!file.getParent().equals(folder)) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
