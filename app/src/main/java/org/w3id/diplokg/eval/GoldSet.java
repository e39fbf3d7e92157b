package org.w3id.diplokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3id.diplokg.data.DataFile;

/**
 * One folder of hand-made gold annotations (see gold/GUIDELINES.md): the documents it covers, the
 * entities they name with every surface form, the questions with their outlets, time expressions
 * with their values, and the relations a reader finds.
 */
public record GoldSet(String name, List<Path> documents, List<GoldDocument> facts, List<GoldEntity> entities,
                      List<GoldQuestion> questions, List<GoldTime> times, List<GoldRelation> relations) {

    /**
     * What a reader gets from one document beyond its mentions: its event date (null where the gold
     * does not state it) and who speaks in it (empty where the gold does not say).
     */
    public record GoldDocument(String fileName, LocalDate date, List<String> speakers) {}

    /** An entity as the annotator wrote it down. */
    public record GoldEntity(String type, String zh, String en, String wikidata, List<String> surfaces) {}

    /** A question turn: the outlet named as asking it (or null) and its opening words. */
    public record GoldQuestion(String outlet, String opening) {}

    /** A time expression: its surface, text around it that finds its sentence, and its value (null: none). */
    public record GoldTime(String surface, String context, String value) {}

    /**
     * A relation a reader finds: its kind, its parties and object as canonical zh names (object null:
     * none, or only words), how the text puts it, and text that finds its sentence.
     */
    public record GoldRelation(String kind, List<String> parties, String object, String modality, String evidence) {}

    public static final List<String> RELATION_KINDS = List.of("partnership", "agreement-action", "agreement-party",
            "membership", "anniversary", "support", "opposition", "initiative", "meeting", "visit", "hosting", "aid",
            "talks", "conflict", "cooperation");

    public static final List<String> MODALITIES = List.of("done", "ongoing", "planned", "sought", "denied");

    public static final List<String> TYPES = List.of("country", "organization", "agreement", "initiative", "region",
            "person", "event");

    /** Reads a gold folder; its documents are looked up in {@code seeds}, then in the folder itself. */
    public static GoldSet load(Path folder, Path seeds) {
        if (!Files.isRegularFile(folder.resolve("documents.txt"))) {
            throw new IllegalArgumentException("not a gold set (no documents.txt): " + folder);
        }
        List<Path> documents = new ArrayList<>();
        List<GoldDocument> facts = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(folder.resolve("documents.txt"))) {
            String name = row.cell(0);
            Path file = Files.isRegularFile(seeds.resolve(name)) ? seeds.resolve(name) : folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw row.problem("no such document in " + seeds + " or " + folder + ": " + name);
            }
            documents.add(file);
            facts.add(new GoldDocument(name, date(row), row.list(2)));
        }
        return new GoldSet(folder.getFileName().toString(), documents, facts, entities(folder), questions(folder),
                times(folder), relations(folder));
    }

    /** documents.txt's optional second column: the event date a reader gets from the text. */
    private static LocalDate date(DataFile.Row row) {
        String cell = row.cell(1);
        try {
            return cell == null ? null : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw row.problem("not a date (YYYY-MM-DD): " + cell);
        }
    }

    /** Every gold set under {@code root}: its sub-folders holding a documents.txt, by name. */
    public static List<GoldSet> loadAll(Path root, Path seeds) {
        try (var listing = Files.list(root)) {
            return listing.filter(dir -> Files.isRegularFile(dir.resolve("documents.txt"))).sorted()
                    .map(dir -> load(dir, seeds)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold sets in " + root, e);
        }
    }

    /** The documents' raw text, each read as UTF-8. */
    public List<String> documentTexts() {
        return documents.stream().map(file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<GoldEntity> entities(Path folder) {
        List<GoldEntity> entities = new ArrayList<>();
        for (DataFile.Row row : optional(folder.resolve("entities.tsv"))) {
            String type = row.cell(0);
            if (!TYPES.contains(type)) {
                throw row.problem("unknown type " + type + "; one of " + TYPES);
            }
            if (row.cell(1) == null || row.list(4).isEmpty()) {
                throw row.problem("an entity needs its zh name and at least one surface");
            }
            entities.add(new GoldEntity(type, row.cell(1), row.cell(2), row.cell(3), row.list(4)));
        }
        return entities;
    }

    private static List<GoldQuestion> questions(Path folder) {
        return optional(folder.resolve("questions.tsv")).stream()
                .map(row -> new GoldQuestion(row.cell(0), required(row, 1, "opening"))).toList();
    }

    private static List<GoldTime> times(Path folder) {
        return optional(folder.resolve("times.tsv")).stream()
                .map(row -> new GoldTime(required(row, 0, "surface"), required(row, 1, "context"), row.cell(2))).toList();
    }

    private static List<GoldRelation> relations(Path folder) {
        List<GoldRelation> relations = new ArrayList<>();
        for (DataFile.Row row : optional(folder.resolve("relations.tsv"))) {
            String kind = required(row, 0, "kind");
            String modality = required(row, 3, "modality");
            if (!RELATION_KINDS.contains(kind) || !MODALITIES.contains(modality)) {
                throw row.problem("unknown kind or modality " + kind + " " + modality + "; kinds " + RELATION_KINDS
                        + ", modalities " + MODALITIES);
            }
            String object = required(row, 2, "object");
            relations.add(new GoldRelation(kind, row.list(1), object.equals("-") ? null : object, modality,
                    required(row, 4, "evidence")));
        }
        return relations;
    }

    private static String required(DataFile.Row row, int column, String what) {
        String cell = row.cell(column);
        if (cell == null) {
            throw row.problem("missing " + what);
        }
        return cell;
    }

    private static List<DataFile.Row> optional(Path file) {
        return Files.isRegularFile(file) ? DataFile.read(file) : List.of();
    }
}
