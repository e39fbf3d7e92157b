package org.w3id.diplokg.extractor.resolve;

import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A country's full name of three characters or more where a text reads on (肯尼亚, 乌拉圭): its characters are no
 * abbreviations of parties (肯尼亚蒙内铁路 is no 肯 + 尼 + 亚; 参加乌拉圭回合 no 加 + 乌拉).
 */
final class CountryNames {
    private CountryNames() {
    }

    /** The length of the longest such name, up to {@code longest} characters, that starts at {@code index}; 0 where none does. */
    static int lengthAt(Gazetteer gazetteer, String text, int index, int longest) {
        return lengthAt(gazetteer, text, index, 3, longest);
    }

    /** As {@link #lengthAt(Gazetteer, String, int, int)}, for names of {@code shortest} characters or more (日本, 埃及共和国). */
    static int lengthAt(Gazetteer gazetteer, String text, int index, int shortest, int longest) {
        for (int end = Math.min(text.length(), index + longest); end >= index + shortest; end--) {
            if (gazetteer.byName(text.substring(index, end)).filter(e -> e.type() == EntityType.COUNTRY).isPresent()) {
                return end - index;
            }
        }
        return 0;
    }
}
