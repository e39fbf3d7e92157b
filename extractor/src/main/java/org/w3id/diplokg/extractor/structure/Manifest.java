package org.w3id.diplokg.extractor.structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * Metadata stated by hand for source files, overriding what the text says: a TSV file with the
 * columns {@code file  date  event  speakers  note} (speakers separated by "|"; empty cells mean
 * "find it in the text"; lines starting with # are comments).
 */
public final class Manifest {

    /** What the manifest says about one file; null fields were left empty. */
    public record Entry(String file, LocalDate date, String event, List<String> speakers, String note) {}

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Manifest empty() { return new Manifest(Map.of()); }

    public static Manifest load(Path file) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, "manifest cannot be read: " + e.getMessage(), e);
        }
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 5);
            String where = "manifest line " + (i + 1);
            if (cells[0] == null || cells[0].isBlank()) {
                throw new InputException(file, where + ": the first column must name a file");
            }
            LocalDate date = null;
            if (cells[1] != null && !cells[1].isBlank()) {
                try {
                    date = LocalDate.parse(cells[1].trim());
                } catch (DateTimeParseException e) {
                    throw new InputException(file, where + ": date \"" + cells[1] + "\" is not YYYY-MM-DD");
                }
            }
            List<String> speakers = cells[3] == null || cells[3].isBlank() ? List.of()
                    : Arrays.stream(cells[3].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            String name = cells[0].trim();
            if (entries.put(name, new Entry(name, date, blankToNull(cells[2]), speakers, blankToNull(cells[4]))) != null) {
                throw new InputException(file, where + ": " + name + " is listed twice");
            }
        }
        return new Manifest(entries);
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }

    public Optional<Entry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }
}
