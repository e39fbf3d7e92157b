package org.w3id.diplokg.extractor.resolve;

import java.util.LinkedHashSet;
import java.util.Set;
import org.w3id.diplokg.data.DataFile;

/** A word list resource of this package: one entry per line, # comments. */
final class WordList {
    private WordList() {}

    static Set<String> load(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/" + name)) {
            words.add(row.cell(0));
        }
        return words;
    }
}
