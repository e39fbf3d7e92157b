package org.w3id.diplokg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's inputs as `diplokg build` expands them, on any file system Hadoop reaches (a local
 * disk, HDFS, S3): a folder gives its *.txt files in name order, a file is taken as given; the
 * manifest is the one named, else manifest.tsv in the first input folder when there is one.
 */
final class InputListing {
    static final String MANIFEST = "manifest.tsv";

    private final List<Path> files;
    private final Path manifest;

    private InputListing(List<Path> files, Path manifest) {
        this.files = files;
        this.manifest = manifest;
    }

    static InputListing of(List<String> inputs, String manifest, Configuration conf) {
        try {
            List<Path> files = new ArrayList<>();
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    throw new JobUsageException("no such file or folder: " + input);
                }
                if (fs.getFileStatus(path).isDirectory()) {
                    Arrays.stream(fs.listStatus(path)).filter(FileStatus::isFile).map(FileStatus::getPath)
                            .filter(p -> p.getName().endsWith(".txt")).sorted(Comparator.comparing(Path::getName)).forEach(files::add);
                } else {
                    files.add(fs.makeQualified(path));
                }
            }
            if (files.isEmpty()) {
                throw new JobUsageException("no .txt files in " + inputs);
            }
            refuseSameNames(files);
            return new InputListing(files, manifestOf(inputs.get(0), manifest, conf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs " + inputs + ": " + e.getMessage(), e);
        }
    }

    /** Graphs are named by file name, so two inputs of one name would write into one graph. */
    private static void refuseSameNames(List<Path> files) {
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            if (!names.add(file.getName())) {
                throw new JobUsageException("two inputs are named " + file.getName() + " (documents are named by file name)");
            }
        }
    }

    private static Path manifestOf(String firstInput, String given, Configuration conf) throws IOException {
        if (given != null) {
            Path path = new Path(given);
            if (!path.getFileSystem(conf).isFile(path)) {
                throw new JobUsageException("no such manifest: " + given);
            }
            return path;
        }
        Path first = new Path(firstInput);
        FileSystem fs = first.getFileSystem(conf);
        Path candidate = new Path(fs.getFileStatus(first).isDirectory() ? first : first.getParent(), MANIFEST);
        return fs.isFile(candidate) ? candidate : null;
    }

    /** The transcripts, in the order a local build of the same inputs takes them. */
    List<Path> files() { return files; }

    /** The manifest's bytes, or null when there is none. */
    byte[] manifestBytes(Configuration conf) {
        if (manifest == null) {
            return null;
        }
        try (var in = manifest.getFileSystem(conf).open(manifest)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest " + manifest + ": " + e.getMessage(), e);
        }
    }
}
