package org.w3id.diplokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.diplokg.store.KnowledgeGraphStore;
import org.w3id.diplokg.vocab.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a SPARQL query against the dataset (default graph: the union of all documents).",
                "Common prefixes (dkg:, nif:, itsrdf:, skos:, rdfs:, xsd:, prov:, text:) are predeclared."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE, ExitCode.IO_LINE})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPARQL", arity = "0..1", description = "The query (or use --file).")
    String queryText;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from FILE (e.g. q.rq).")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        Query query = parse(queryText());
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(dataDir)) {
            Dataset dataset = store.dataset();
            PrintWriter out = spec.commandLine().getOut();
            OutputStream stream = new WriterOutputStream(out);
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                    if (query.isSelectType()) {
                        var results = execution.execSelect();
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(stream, results);
                            case tsv -> ResultSetFormatter.outputAsTSV(stream, results);
                            case json -> ResultSetFormatter.outputAsJSON(stream, results);
                            default -> ResultSetFormatter.out(stream, results, query.getPrefixMapping());
                        }
                    } else if (query.isAskType()) {
                        boolean answer = execution.execAsk();
                        switch (format) {
                            case json -> ResultSetFormatter.outputAsJSON(stream, answer);
                            default -> out.println(answer ? "yes" : "no");
                        }
                    } else {
                        var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        model.setNsPrefixes(query.getPrefixMapping());
                        RDFDataMgr.write(stream, model, Lang.TURTLE);
                    }
                }
            });
            out.flush();
        }
        return 0;
    }

    private String queryText() throws IOException {
        if (file != null && queryText != null) {
            throw new UsageException("give the query either as an argument or with --file, not both");
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such query file: " + file);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (queryText == null || queryText.isBlank()) {
            throw new UsageException("no query: give it as an argument or with --file FILE");
        }
        return queryText;
    }

    static Query parse(String text) {
        try {
            return Namespaces.parseQuery(text);
        } catch (QueryParseException e) {
            java.util.regex.Matcher where = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(e.getMessage());
            String message = e.getMessage().lines().findFirst().orElse("");
            if (where.find()) {
                message = "line " + where.group(1) + ", column " + where.group(2) + ": "
                        + message.replaceAll("\\s*at line \\d+, column \\d+\\.?", "").replaceFirst("^Lexical error\\.?\\s*", "");
            }
            throw new UsageException("the query does not parse (" + message + ")");
        }
    }

    /** Bridges Jena's stream writers to picocli's writer, so tests can capture the output. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            writer.print(buffer.toString(StandardCharsets.UTF_8));
            writer.flush();
            buffer.reset();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
