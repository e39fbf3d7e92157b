package org.w3id.diplokg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplokg} command line: a thin layer over the extraction, the store and the server. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A knowledge graph of Chinese diplomacy from the foreign minister's press conferences.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code when some input file could not be extracted. */
    public static final int INPUT_FAILED = 1;
    /** Exit code for a usage error: a bad option, a missing file, a malformed query. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("diplokg: " + exception.getMessage());
            return exception instanceof UsageException ? USAGE : INPUT_FAILED;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !isServe(args)) {
            System.exit(code);
        }
    }

    private static boolean isServe(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("serve");
            }
        }
        return false;
    }
}
