package org.w3id.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.store.ShardLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Bulk-load N-Quads shards (the Spark job's output) into the dataset that serve uses,",
                "with TDB2's bulk loader, and rebuild its full-text index. The dataset is replaced, and only",
                "when every shard loaded. A folder gives its files, less Spark's _SUCCESS and .crc files."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, LoadCommand.BAD_SHARD_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE,
                ExitCode.IO_LINE})
final class LoadCommand implements Callable<Integer> {
    static final String BAD_SHARD_LINE = "1:a shard is not N-Quads, or holds a triple in no named graph (named, with the "
            + "line); nothing was loaded";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "N-Quads files (.nq, .nq.gz, Spark's part-*), or folders of them.")
    List<Path> shards;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws InputException {
        List<Path> files = Inputs.expand(shards, LoadCommand::isShard, "shards");
        long quads;
        try {
            quads = ShardLoader.load(files, dataDir);
        } catch (ShardLoader.BadShardException e) {
            throw new InputException(e.shard(), e.getMessage() + "; nothing was loaded", e);
        }
        spec.commandLine().getOut().printf("loaded %d quads from %d shards into %s (text index rebuilt)%n", quads, files.size(), dataDir);
        spec.commandLine().getOut().flush();
        return ExitCode.SUCCESS;
    }

    /** Spark writes _SUCCESS and .part-*.crc beside its shards. */
    private static boolean isShard(String name) {
        return !name.startsWith("_") && !name.startsWith(".");
    }
}
