package org.w3id.diplokg.extractor.structure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.diplokg.data.DataFile;
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
        List<DataFile.Row> rows;
        try {
            rows = DataFile.read(file);
        } catch (DataFile.Problem e) {
            String where = e.line() > 0 ? "manifest line " + e.line() + ": " : "manifest ";
            throw new InputException(file, where + e.fault(), e);
        }
        Map<String, Entry> entries = new HashMap<>();
        for (DataFile.Row row : rows) {
            String where = "manifest line " + row.line();
            String name = row.cell(0);
            if (name == null) {
                throw new InputException(file, where + ": the first column must name a file");
            }
            LocalDate date = null;
            if (row.cell(1) != null) {
                try {
                    date = LocalDate.parse(row.cell(1));
                } catch (DateTimeParseException e) {
                    throw new InputException(file, where + ": date \"" + row.cells()[1] + "\" is not YYYY-MM-DD");
                }
            }
            if (entries.put(name, new Entry(name, date, row.cell(2), row.list(3), row.cell(4))) != null) {
                throw new InputException(file, where + ": " + name + " is listed twice");
            }
        }
        return new Manifest(entries);
    }

    public Optional<Entry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }
}
