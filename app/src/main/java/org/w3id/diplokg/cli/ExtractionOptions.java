package org.w3id.diplokg.cli;

import java.nio.file.Path;
import org.w3id.diplokg.extractor.cache.DocumentGraphCache;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.OrderedWorkers;
import picocli.CommandLine.Option;

/** The options of the commands that extract (build, serve): documents at once, and the cache of finished graphs. */
final class ExtractionOptions {
    @Option(names = "--jobs", paramLabel = "N",
            description = "Documents extracted at once (default: the number of processors, ${DEFAULT-VALUE} here).")
    int jobs = OrderedWorkers.availableProcessors();

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of finished document graphs, reused while a file, its renditions, the manifest and the"
                    + " extractor are unchanged (default: the dataset folder's name with .cache, beside it: data.cache).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Extract every file again, neither reading nor writing the cache.")
    boolean noCache;

    /** The extraction with these options, for a dataset in {@code dataDir}. */
    Extraction.Builder applyTo(Extraction.Builder extraction, Path dataDir) {
        return extraction.jobs(validJobs(jobs)).cache(noCache ? null : DocumentGraphCache.in(cacheFolder(dataDir)));
    }

    /** The cache folder: the one given, else beside the dataset (whose folder a build replaces whole). */
    Path cacheFolder(Path dataDir) {
        if (cacheDir != null) {
            return cacheDir;
        }
        Path data = dataDir.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + ".cache");
    }

    static int validJobs(int jobs) {
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1, not " + jobs);
        }
        return jobs;
    }
}
