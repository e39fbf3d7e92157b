package org.w3id.diplokg.cli;

import java.io.IOException;
import org.w3id.diplokg.extractor.pipeline.ExtractionReport;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.store.NoDatasetException;

/**
 * The exit codes of every command, with the lines their {@code --help} lists (picocli's
 * {@code exitCodeList}: "code:what it means"), and which code a failure gives.
 */
final class ExitCode {
    static final int SUCCESS = 0;
    /** Some input file was refused (named, with the reason); the others were built. */
    static final int INPUT_FAILED = 1;
    /** A mistake in how the command was called. */
    static final int USAGE = 2;
    /** The launcher's Maven build failed: set by {@code ./diplokg}, never by Java. */
    static final int LAUNCHER_BUILD_FAILED = 3;
    /** A bug of diplokg, not a problem of the input; the stack trace is printed. */
    static final int INTERNAL_ERROR = 4;
    /** The system refused a read or write: a file or folder, or the port. */
    static final int IO_ERROR = 5;

    static final String HEADING = "%nExit codes:%n";
    static final String SUCCESS_LINE = "0:success";
    static final String INPUT_FAILED_LINE = "1:some input failed: each file refused is named with the reason (unreadable, no date, "
            + "or its graph breaks a SHACL shape); the others were built";
    static final String SERVE_INPUT_FAILED_LINE = "1:the folder held no dataset, and no file of seeds/ could be built "
            + "(each is named with the reason)";
    static final String USAGE_LINE = "2:usage error: a bad option or command, a missing file, folder or dataset, "
            + "an --out of unknown format, a query that does not parse";
    static final String LAUNCHER_LINE = "3:the launcher's Maven build failed (./diplokg only)";
    static final String INTERNAL_LINE = "4:internal error: a bug, not a problem of the input; the stack trace is printed";
    static final String IO_LINE = "5:I/O error: a file or folder could not be read or written, or the port is taken";

    private ExitCode() {}

    /** The code of a build: a bug outweighs a refused file. */
    static int of(ExtractionReport report) {
        if (report.hasInternalFailures()) {
            return INTERNAL_ERROR;
        }
        return report.hasFailures() ? INPUT_FAILED : SUCCESS;
    }

    /** The code of a command that stopped with an exception. */
    static int of(Throwable failure) {
        if (failure instanceof UsageException || failure instanceof NoDatasetException) {
            return USAGE;
        }
        if (failure instanceof InputException) {
            return INPUT_FAILED;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return IO_ERROR;
            }
        }
        return INTERNAL_ERROR;
    }
}
