package org.w3id.diplokg.extractor.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;

/** A list of regular expressions kept in a TSV resource (first column), one per line, with what each finds (second column). */
final class PatternList {
    private record Entry(Pattern pattern, String what) {}

    private final List<Entry> entries;
    private final List<Pattern> patterns;

    private PatternList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.patterns = entries.stream().map(Entry::pattern).toList();
    }

    static PatternList load(String resource) {
        return new PatternList(DataFile.read(resource).stream()
                .map(row -> new Entry(Pattern.compile(row.cells()[0]), row.cell(1) == null ? "" : row.cell(1))).toList());
    }

    /** What the first pattern that matches the whole text says it finds, if one does. */
    Optional<String> whatMatchesWhole(String text) {
        return entries.stream().filter(e -> e.pattern().matcher(text).matches()).map(Entry::what).findFirst();
    }

    /** True when one of the patterns matches the whole text. */
    boolean matchesWhole(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** True when one of the patterns occurs in the text. */
    boolean find(CharSequence text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
}
