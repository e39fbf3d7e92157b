package org.w3id.diplokg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * What a sealed gold set is sealed against: the gazetteer names its texts contain on the day it is
 * sealed (before its first score). A name added later that occurs in a sealed text, and in no
 * development text, means the sealed text informed the gazetteer; {@code SealedSetsStayUnseenTest}
 * fails then. Run once per new sealed set (dev/seal-gold-set).
 */
public final class SealRecord {
    public static final String FILE = "gazetteer-at-sealing.txt";

    private SealRecord() {}

    /** The gazetteer names (labels and aliases) that occur in the set's documents, sorted. */
    public static List<String> gazetteerNamesIn(GoldSet set, Gazetteer gazetteer) {
        String text = MatchText.of(String.join("\n", set.documentTexts()));
        TreeSet<String> names = new TreeSet<>();
        for (String name : gazetteer.names().keySet()) {
            String form = MatchText.of(name);
            if (!form.isEmpty() && text.contains(form)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** The names recorded when the set was sealed. */
    public static List<String> recorded(Path setFolder) {
        Path record = setFolder.resolve(FILE);
        if (!Files.isRegularFile(record)) {
            throw new IllegalStateException("a sealed set needs its " + FILE + " (dev/seal-gold-set): " + setFolder);
        }
        return DataFile.read(record).stream().map(row -> row.cells()[0]).toList();
    }

    /** Usage: SealRecord SET_FOLDER SEEDS_FOLDER — writes SET_FOLDER/gazetteer-at-sealing.txt. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        GoldSet set = GoldSet.load(folder, Path.of(args[1]));
        List<String> lines = new ArrayList<>();
        lines.add("# Gazetteer names in this set's texts when it was sealed, before its first score. Never edit by hand.");
        lines.addAll(gazetteerNamesIn(set, Gazetteer.load()));
        Files.write(folder.resolve(FILE), lines);
        System.out.println(folder.resolve(FILE) + ": " + (lines.size() - 1) + " names");
    }
}
