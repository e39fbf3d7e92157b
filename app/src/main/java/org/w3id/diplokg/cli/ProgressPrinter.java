package org.w3id.diplokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.w3id.diplokg.extractor.pipeline.DocumentSummary;
import org.w3id.diplokg.extractor.pipeline.ExtractionListener;
import org.w3id.diplokg.extractor.pipeline.InternalFailure;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * Prints one line per file as a build goes: which file, what it gave, or why it failed; for a
 * failure that is a bug, the stack trace too.
 */
final class ProgressPrinter implements ExtractionListener {
    private final PrintWriter out;
    private int index;
    private int total;
    private boolean internalFailure;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    /** True once a file failed through a bug of diplokg rather than a problem of the file. */
    boolean sawInternalFailure() { return internalFailure; }

    @Override
    public void started(Path file, int index, int total) {
        this.index = index;
        this.total = total;
        if (index == 1) {
            out.println("extracting " + total + " file(s); the first not in the cache loads the Chinese language models (about 10 s)");
        }
        out.flush();
    }

    @Override
    public void finished(Path file, DocumentSummary summary) {
        out.printf("[%d/%d] %s: %s, %d questions, %d statements, %d mentions, %d time expressions (%s)%n",
                index, total, summary.sourceFile(), summary.date(), summary.questions(), summary.statements(),
                summary.mentions(), summary.timeMentions(), summary.cached()
                        ? String.format("from the cache, %d ms", summary.millis())
                        : String.format("%.1f s; SHACL %d ms", summary.millis() / 1000.0, summary.validationMillis()));
        out.flush();
    }

    @Override
    public void failed(Path file, InputException problem) {
        out.printf("[%d/%d] FAILED %s%n", index, total, problem.getMessage());
        out.flush();
    }

    @Override
    public void failedInternally(Path file, InternalFailure failure) {
        internalFailure = true;
        out.printf("[%d/%d] FAILED %s; nothing of it was loaded. This is a bug of diplokg; its stack trace:%n",
                index, total, failure.message());
        failure.error().printStackTrace(out);
        out.flush();
    }

    @Override
    public void warning(Path file, String message) {
        out.printf("[%d/%d] warning: %s: %s%n", index, total, file, message);
        out.flush();
    }
}
