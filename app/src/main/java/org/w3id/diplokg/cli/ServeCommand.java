package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.server.KgServer;
import org.w3id.diplokg.server.ResultCache;
import org.w3id.diplokg.store.DatasetLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the dataset with Fuseki on 127.0.0.1: the explorer at /explore/, the Fuseki UI at /,",
                "read-only SPARQL at /kg/sparql.",
                "When the dataset folder holds no dataset, build it from seeds/ first."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SERVE_INPUT_FAILED_LINE, ExitCode.USAGE_LINE,
                ExitCode.INTERNAL_LINE, ExitCode.IO_LINE})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most results a query returns; larger LIMITs are capped (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--query-cache-mb", paramLabel = "MB", defaultValue = "" + ResultCache.DEFAULT_MEGABYTES,
            description = "Memory for SPARQL answers kept by request (the dataset is read-only while served);"
                    + " an answer above an eighth of it is not kept; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    long queryCacheMb;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        if (queryCacheMb < 0 || queryCacheMb >= heapMb) {
            throw new UsageException("--query-cache-mb must be 0 (off) or more, and less than the heap (" + heapMb + " MB), not " + queryCacheMb);
        }
        if (!new DatasetLayout(dataDir).exists()) {
            err.println("no dataset in " + dataDir + ": building it from " + Inputs.DEFAULT_FOLDER + "/ first");
            List<Path> files = Inputs.expand(List.of());
            ExtractionReport report = GraphBuild.run(extraction.applyTo(Extraction.builder(), dataDir), files, Inputs.manifest(null, List.of()), dataDir, null, err);
            if (report.documents().isEmpty()) {
                return ExitCode.of(report);
            }
        }
        KgServer server = KgServer.builder().dataDir(dataDir).port(port)
                .timeoutMillis(timeoutSeconds * 1000).maxRows(maxRows).queryCacheBytes(queryCacheMb << 20)
                .warmUp(true).build().start();
        PrintWriter out = spec.commandLine().getOut();
        out.println("diplokg is serving " + dataDir.toAbsolutePath());
        out.println("  Explorer:        " + server.explorerAddress());
        out.println("  Fuseki UI:       " + server.uiAddress());
        out.println("  SPARQL endpoint: " + server.sparqlEndpoint() + "   (read-only)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.join();
        return 0;
    }
}
