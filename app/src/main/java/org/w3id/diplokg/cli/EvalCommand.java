package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.diplokg.eval.Evaluation;
import org.w3id.diplokg.eval.Evaluator;
import org.w3id.diplokg.eval.GoldSet;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.store.KnowledgeGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score the extraction against hand-made gold annotations: precision, recall and F1",
                "per entity type, surface forms, precision per confidence band, questions and outlets,",
                "time expressions; then what was missed and what was wrong.",
                "By default each gold set's documents are extracted afresh; --data scores a built dataset.",
                "Without --sealed only the development sets are scored (the extractor was tuned on them);",
                "--sealed scores the sealed sets, texts the extractor was never tuned on (see gold-sealed/SEALED.md).",
                "A document the extraction refuses scores as nothing found (and is listed as REFUSED)."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, ExitCode.USAGE_LINE,
                ExitCode.INTERNAL_LINE + " (also when the extraction failed on a document through a bug)", ExitCode.IO_LINE})
final class EvalCommand implements Callable<Integer> {
    static final Path DEFAULT_GOLD = Path.of("app", "src", "test", "resources", "gold");
    static final Path SEALED_GOLD = Path.of("app", "src", "test", "resources", "gold-sealed");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "Gold set folders (default: every set under " + "app/src/test/resources/gold).")
    List<Path> goldSets;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Where the gold sets' documents and manifest.tsv are (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--data", paramLabel = "DIR", description = "Score the dataset built in DIR instead of extracting.")
    Path dataDir;

    @Option(names = "--sealed", description = "Score the sealed test sets (under " + "app/src/test/resources/gold-sealed) "
            + "instead of the development sets. Do it on purpose: a sealed set that informs a change moves to development.")
    boolean sealed;

    @Option(names = "--list", paramLabel = "N", defaultValue = "25",
            description = "Items of the missed and wrong lists to print per set (default: ${DEFAULT-VALUE}).")
    int listLimit;

    @Override
    public Integer call() {
        List<GoldSet> sets = goldSets();
        PrintWriter out = spec.commandLine().getOut();
        out.println(sealed ? "Sealed test sets: texts the extractor was never tuned on."
                : "Development sets: the extractor was tuned on these; their figures are in-sample.");
        Path manifest = seeds.resolve(Inputs.MANIFEST);
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        Extraction extraction = Extraction.builder()
                .manifest(Files.isRegularFile(manifest) ? manifest : null)
                .listener(progress).build();
        for (GoldSet set : sets) {
            if (dataDir != null) {
                try (KnowledgeGraphStore store = KnowledgeGraphStore.open(dataDir)) {
                    Evaluator.score(set, store.dataset()).print(out, listLimit);
                }
            } else {
                Evaluation.run(set, extraction).print(out, listLimit);
            }
        }
        out.flush();
        return progress.sawInternalFailure() ? ExitCode.INTERNAL_ERROR : ExitCode.SUCCESS;
    }

    /** A folder under gold-sealed, however it was named on the command line. */
    private static boolean isSealed(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        for (Path part : absolute) {
            if (part.toString().equals(SEALED_GOLD.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }

    private List<GoldSet> goldSets() {
        if (!Files.isDirectory(seeds)) {
            throw new UsageException("no such folder: " + seeds);
        }
        Path root = sealed ? SEALED_GOLD : DEFAULT_GOLD;
        if (goldSets == null || goldSets.isEmpty()) {
            if (!Files.isDirectory(root)) {
                throw new UsageException("no gold sets at " + root + "; run from the project folder or name them");
            }
            return GoldSet.loadAll(root, seeds);
        }
        return goldSets.stream().map(dir -> {
            if (!Files.isRegularFile(dir.resolve("documents.txt"))) {
                throw new UsageException("not a gold set (no documents.txt): " + dir);
            }
            if (isSealed(dir) && !sealed) {
                throw new UsageException(dir + " is a sealed test set: score it only on purpose, with --sealed");
            }
            return GoldSet.load(dir, seeds);
        }).toList();
    }
}
