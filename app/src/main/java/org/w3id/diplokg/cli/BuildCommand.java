package org.w3id.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.store.DatasetExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract transcripts into the dataset (TDB2 and its full-text index).",
                "Files that fail are named and skipped; the exit code is then 1. The dataset is",
                "replaced only when at least one document was built."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "Transcript files, or folders of *.txt files (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the graph to FILE: .ttl, .trig or .nq.")
    Path out;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Metadata for the inputs (default: manifest.tsv in the first input folder, if present).")
    Path manifest;

    @Override
    public Integer call() {
        if (out != null) {
            DatasetExporter.formatFor(out); // a bad extension fails before anything else
        }
        List<Path> files = Inputs.expand(inputs);
        ExtractionReport report = GraphBuild.run(files, Inputs.manifest(manifest, inputs), dataDir, out, spec.commandLine().getErr());
        return report.hasFailures() ? Main.INPUT_FAILED : 0;
    }
}
