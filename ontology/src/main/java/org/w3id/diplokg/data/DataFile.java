package org.w3id.diplokg.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads tab-separated data files (the gazetteers, word lists and patterns on the classpath; the
 * manifest, gold annotations and sealing records on disk) whose rows are returned as cells, with
 * comments (#) and blank lines skipped. Every file the project reads as lines is read here, so
 * every such error names its file and line alike.
 */
public final class DataFile {

    /** One row with its line number, for error messages. */
    public record Row(String resource, int line, String[] cells) {
        /** The trimmed cell, or null when it is missing or blank. */
        public String cell(int index) {
            return index < cells.length && !cells[index].isBlank() ? cells[index].trim() : null;
        }

        /** The cell split on "|", trimmed, without empty parts. */
        public List<String> list(int index) {
            String cell = cell(index);
            return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** The row's fault, named by its file and line. */
        public Problem problem(String message) {
            return new Problem(resource, line, message);
        }
    }

    /** A data file that cannot be used: its message names the file and, where one line is at fault, the line. */
    public static final class Problem extends IllegalStateException {
        private final int line;
        private final String fault;

        Problem(String resource, int line, String fault) {
            super(resource + (line > 0 ? ":" + line : "") + ": " + fault);
            this.line = line;
            this.fault = fault;
        }

        Problem(String resource, String fault, Throwable cause) {
            this(resource, 0, fault);
            initCause(cause);
        }

        /** The line at fault, or 0 when the file as a whole is. */
        public int line() { return line; }

        /** What is wrong, without the place (for callers that name the file their own way). */
        public String fault() { return fault; }
    }

    private DataFile() {}

    /** The rows of an absolute classpath resource such as "/org/w3id/diplokg/gazetteer/regions.tsv". */
    public static List<Row> read(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new Problem(resource, 0, "missing data file");
            }
            return rows(resource, in);
        } catch (IOException e) {
            throw new Problem(resource, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The rows of a file on disk (gold annotations, user lists), named by its path in errors. */
    public static List<Row> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return rows(file.toString(), in);
        } catch (IOException e) {
            throw new Problem(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(String name, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<Row> rows = new ArrayList<>();
        int start = 0;
        for (int number = 1; start < bytes.length; number++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = decode(name, number, ByteBuffer.wrap(bytes, start, end - start)).replaceFirst("\r$", "");
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(name, number, line.split("\t", -1)));
            }
            start = end + 1;
        }
        return rows;
    }

    /** One line's text; bad bytes are reported, not replaced, since a replaced character would make a wrong name. */
    private static String decode(String name, int number, ByteBuffer line) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(line).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(name, number, "not UTF-8 text");
        }
    }
}
