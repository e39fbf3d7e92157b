package org.w3id.diplokg.extractor.resolve;

import java.util.Comparator;
import java.util.List;

/** The titles said beside a person's name ({@code person-titles.txt}), loaded once, longest first (国家主席 before 主席). */
final class PersonTitles {
    static final List<String> LONGEST_FIRST = WordList.load("person-titles.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private PersonTitles() {}

    /** The longest title written at {@code index}, or null. */
    static String at(String sentence, int index) {
        for (String title : LONGEST_FIRST) {
            if (sentence.startsWith(title, index)) {
                return title;
            }
        }
        return null;
    }
}
