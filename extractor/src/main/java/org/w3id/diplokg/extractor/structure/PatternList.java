package org.w3id.diplokg.extractor.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;

/** A list of regular expressions kept in a TSV resource (first column), one per line. */
final class PatternList {
    private final List<Pattern> patterns;

    private PatternList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static PatternList load(String resource) {
        return new PatternList(DataFile.read(resource).stream().map(row -> Pattern.compile(row.cells()[0])).toList());
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
