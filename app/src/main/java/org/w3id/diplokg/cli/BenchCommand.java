package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.diplokg.extractor.pipeline.Benchmark;
import org.w3id.diplokg.extractor.pipeline.OrderedWorkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Time each pipeline stage on the inputs (default: seeds/): ms per stage, characters/s, peak heap.",
                "A file that cannot be read, or whose graph breaks a SHACL shape, stops the benchmark (exit code 1)."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, ExitCode.INPUT_FAILED_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE,
                ExitCode.IO_LINE})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "Transcript files or folders (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Metadata for the inputs.")
    Path manifest;

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds over the inputs; the first warms up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Documents annotated at once (default: the number of processors, ${DEFAULT-VALUE} here).")
    int jobs = OrderedWorkers.availableProcessors();

    @Override
    public Integer call() throws Exception {
        List<Path> files = Inputs.expand(inputs);
        Path manifestFile = Inputs.manifest(manifest, inputs);
        PrintWriter out = spec.commandLine().getOut();
        for (int round = 1; round <= rounds; round++) {
            Benchmark.Result result = new Benchmark(ExtractionOptions.validJobs(jobs)).run(files, manifestFile);
            out.printf("round %d: %d documents, %,d characters, %,d quads, %d job(s)%n", round, result.documents(),
                    result.characters(), result.quads(), result.jobs());
            for (Map.Entry<String, Long> stage : result.millisByStage().entrySet()) {
                out.printf("  %-28s %8d ms%n", stage.getKey(), stage.getValue());
            }
            out.printf("  %-28s %8d ms%s%n", "total", result.totalMillis(), jobs > 1 ? " (summed over the jobs)" : "");
            out.printf("  %-28s %8d ms%n", "extraction, wall clock", result.extractionMillis());
            out.printf("  %-28s %8.0f chars/s (wall clock; loading models, gazetteer and shapes excluded)%n", "throughput",
                    result.charactersPerSecond());
            out.printf("  %-28s %8.0f quads/s%n", "", result.quadsPerSecond());
            out.printf("  %-28s %8.0f MB%n", "peak heap", result.peakHeapBytes() / 1024.0 / 1024.0);
            out.flush();
        }
        return 0;
    }
}
