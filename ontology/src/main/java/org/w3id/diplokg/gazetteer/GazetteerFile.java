package org.w3id.diplokg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one tab-separated gazetteer resource: rows of cells, comments (#) and blank lines skipped. */
final class GazetteerFile {
    static final String FOLDER = "/org/w3id/diplokg/gazetteer/";

    /** One row with its line number, for error messages. */
    record Row(String resource, int line, String[] cells) {
        String cell(int index) {
            return index < cells.length && !cells[index].isBlank() ? cells[index].trim() : null;
        }

        List<String> list(int index) {
            String cell = cell(index);
            return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        IllegalStateException problem(String message) {
            return new IllegalStateException(resource + ":" + line + ": " + message);
        }
    }

    private GazetteerFile() {}

    static List<Row> read(String name) {
        String resource = FOLDER + name;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GazetteerFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(resource, number, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
