package org.w3id.diplokg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Expands the command line's inputs: files as given, folders to their *.txt files in name order. */
final class Inputs {
    static final Path DEFAULT_FOLDER = Path.of("seeds");
    static final String MANIFEST = "manifest.tsv";

    private Inputs() {}

    static List<Path> expand(List<Path> inputs) {
        List<Path> given = inputs == null || inputs.isEmpty() ? List.of(DEFAULT_FOLDER) : inputs;
        return expand(given, name -> name.endsWith(".txt"), ".txt files");
    }

    /**
     * Files as given, folders to their files whose names {@code taken} accepts, in name order;
     * a missing input, or none at all, is a usage error ("no {@code what} in ...").
     */
    static List<Path> expand(List<Path> given, Predicate<String> taken, String what) {
        List<Path> files = new ArrayList<>();
        for (Path input : given) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(p -> Files.isRegularFile(p) && taken.test(p.getFileName().toString())).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new UsageException("no such file or folder: " + input);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no " + what + " in " + given);
        }
        return files;
    }

    /** The manifest given, else manifest.tsv in the first input folder (or beside the first file), if any. */
    static Path manifest(Path given, List<Path> inputs) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new UsageException("no such manifest: " + given);
            }
            return given;
        }
        Path first = inputs == null || inputs.isEmpty() ? DEFAULT_FOLDER : inputs.get(0);
        Path folder = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        Path candidate = folder == null ? null : folder.resolve(MANIFEST);
        return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
    }
}
