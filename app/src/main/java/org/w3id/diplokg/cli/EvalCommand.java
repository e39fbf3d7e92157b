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
                "By default each gold set's documents are extracted afresh; --data scores a built dataset."})
final class EvalCommand implements Callable<Integer> {
    static final Path DEFAULT_GOLD = Path.of("app", "src", "test", "resources", "gold");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "Gold set folders (default: every set under " + "app/src/test/resources/gold).")
    List<Path> goldSets;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Where the gold sets' documents and manifest.tsv are (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--data", paramLabel = "DIR", description = "Score the dataset built in DIR instead of extracting.")
    Path dataDir;

    @Option(names = "--list", paramLabel = "N", defaultValue = "25",
            description = "Items of the missed and wrong lists to print per set (default: ${DEFAULT-VALUE}).")
    int listLimit;

    @Override
    public Integer call() {
        List<GoldSet> sets = goldSets();
        PrintWriter out = spec.commandLine().getOut();
        Path manifest = seeds.resolve(Inputs.MANIFEST);
        Extraction extraction = Extraction.builder()
                .manifest(Files.isRegularFile(manifest) ? manifest : null)
                .listener(new ProgressPrinter(spec.commandLine().getErr())).build();
        for (GoldSet set : sets) {
            if (dataDir != null) {
                try (KnowledgeGraphStore store = KnowledgeGraphStore.open(dataDir)) {
                    Evaluator.score(set, store.dataset()).print(out, listLimit);
                }
            } else {
                Evaluation.run(set, extraction).print(out, listLimit);
            }
        }
        return 0;
    }

    private List<GoldSet> goldSets() {
        if (!Files.isDirectory(seeds)) {
            throw new UsageException("no such folder: " + seeds);
        }
        if (goldSets == null || goldSets.isEmpty()) {
            if (!Files.isDirectory(DEFAULT_GOLD)) {
                throw new UsageException("no gold sets at " + DEFAULT_GOLD + "; run from the project folder or name them");
            }
            return GoldSet.loadAll(DEFAULT_GOLD, seeds);
        }
        return goldSets.stream().map(dir -> {
            if (!Files.isRegularFile(dir.resolve("documents.txt"))) {
                throw new UsageException("not a gold set (no documents.txt): " + dir);
            }
            return GoldSet.load(dir, seeds);
        }).toList();
    }
}
