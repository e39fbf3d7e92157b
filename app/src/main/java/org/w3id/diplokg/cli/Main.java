package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplokg} command line: a thin layer over the extraction, the store and the server. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A knowledge graph of Chinese diplomacy from the foreign minister's press conferences.",
        subcommands = {BuildCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.SUCCESS_LINE, ExitCode.INPUT_FAILED_LINE, ExitCode.USAGE_LINE, ExitCode.LAUNCHER_LINE,
                ExitCode.INTERNAL_LINE, ExitCode.IO_LINE})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command line with its commands made by {@code factory} (a test's, to hand them their parts). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new Main(), factory);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> report(exception, line.getErr()));
        return commandLine;
    }

    /** Says what stopped the command, in one line, or for a bug with its stack trace; returns the exit code. */
    static int report(Throwable failure, PrintWriter err) {
        int code = ExitCode.of(failure);
        if (code == ExitCode.INTERNAL_ERROR) {
            err.println("diplokg: internal error, a bug and not a problem of the input: " + failure);
            failure.printStackTrace(err);
        } else {
            err.println("diplokg: " + failure.getMessage());
        }
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable error) { // an Error picocli does not hand to the handler (StackOverflowError...)
            code = report(error, new PrintWriter(System.err, true));
        }
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
