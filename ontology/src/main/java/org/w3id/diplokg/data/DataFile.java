package org.w3id.diplokg.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads tab-separated data files (the gazetteers, word lists and patterns on the classpath, gold
 * annotations on disk) whose rows are returned as cells, with comments (#) and blank lines skipped.
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

        public IllegalStateException problem(String message) {
            return new IllegalStateException(resource + ":" + line + ": " + message);
        }
    }

    private DataFile() {}

    /** The rows of an absolute classpath resource such as "/org/w3id/diplokg/gazetteer/regions.tsv". */
    public static List<Row> read(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            return rows(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a file on disk (gold annotations, user lists), named by its path in errors. */
    public static List<Row> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return rows(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(String name, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(name, number, line.split("\t", -1)));
            }
        }
        return rows;
    }
}
