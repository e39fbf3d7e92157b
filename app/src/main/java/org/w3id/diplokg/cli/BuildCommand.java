package org.w3id.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.store.DatasetExporter;
import org.w3id.diplokg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract transcripts into the dataset (TDB2 and its full-text index).",
                "Each document's graph is checked against the SHACL shapes and loaded only when it was",
                "extracted whole and passes: a file that fails leaves nothing in the dataset. Files that",
                "fail are named and skipped; the dataset is replaced only when at least one document was built.",
                "A document whose file, renditions, manifest and extractor are unchanged is loaded from the cache."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, ExitCode.INPUT_FAILED_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE,
                ExitCode.IO_LINE})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "Transcript files, or folders of *.txt files (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "FILE", converter = ExportFile.class,
            description = "Also write the graph to FILE: .ttl, .trig or .nq.")
    Path out;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Metadata for the inputs (default: manifest.tsv in the first input folder, if present).")
    Path manifest;

    @Mixin
    ExtractionOptions extraction;

    private final Supplier<Extraction.Builder> extractions;

    BuildCommand() {
        this(Extraction::builder);
    }

    /** A build whose extraction starts from {@code extractions} (a test's, with its own tagger). */
    BuildCommand(Supplier<Extraction.Builder> extractions) {
        this.extractions = extractions;
    }

    @Override
    public Integer call() {
        Extraction.Builder configured = extraction.applyTo(extractions.get(), dataDir);
        List<Path> files = Inputs.expand(inputs);
        ExtractionReport report = GraphBuild.run(configured, files, Inputs.manifest(manifest, inputs), dataDir, out,
                spec.commandLine().getErr());
        return ExitCode.of(report);
    }

    /** An {@code --out} whose extension names no format is a usage error, found before any work. */
    static final class ExportFile implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                DatasetExporter.formatFor(file);
            } catch (StoreException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            return file;
        }
    }
}
