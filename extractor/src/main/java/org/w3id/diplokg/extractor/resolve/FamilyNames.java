package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A person the document named in full, named again by the family name alone: 小泉纯一郎 then 小泉 read as a
 * new person; 竹下登 then 竹下首相, 江泽民 then 江主席, where a title follows the family name. Family names
 * are taken as any leading part of the full name (one character of 江泽民, two of 竹下登, three of 中曾根康弘),
 * which a title must then follow, from a name the reference list knows or one a title follows (where it ends is
 * sure); a part two people's names share names neither. One instance reads one document, in order.
 */
final class FamilyNames {
    private static final double CONFIDENCE = 0.9;
    private static final int LONGEST_NAME = 5;

    /** The first two characters of the people the document named with four or five (小泉 of 小泉纯一郎). */
    private final Map<String, Entity> firstTwo = new HashMap<>();
    /** Every leading part of the people the document named in Chinese characters, for a part a title follows. */
    private final Map<String, Entity> leadingParts = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    /** The sentence's mentions with family names read as the people the document named in full. */
    List<Mention> apply(String sentence, List<Mention> mentions) {
        learn(sentence, mentions);
        List<Mention> read = new ArrayList<>(mentions.stream().map(this::withFirstTwo).toList());
        leadingParts.forEach((part, person) -> {
            if (!shared.contains(part)) {
                titled(sentence, part, person, read);
            }
        });
        read.sort(Comparator.comparingInt(Mention::begin));
        return read;
    }

    private void learn(String sentence, List<Mention> mentions) {
        for (Mention mention : mentions) {
            String written = mention.surface();
            if (mention.entity().type() != EntityType.PERSON || written.indexOf('·') >= 0 || written.length() > LONGEST_NAME
                    || !written.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            if (written.length() >= 4) {
                firstTwo.putIfAbsent(written.substring(0, 2), mention.entity());
            }
            if (mention.confidence() <= NerSpanResolver.NEW_PERSON_CONFIDENCE && !titleAt(sentence, mention.end())) {
                continue; // a new name whose end is not sure (日本首相海部俊|树希望…), whose parts may be no family name
            }
            for (int length = 1; length < written.length(); length++) {
                Entity before = leadingParts.putIfAbsent(written.substring(0, length), mention.entity());
                if (before != null && !before.equals(mention.entity())) {
                    shared.add(written.substring(0, length));
                }
            }
        }
    }

    /** A person read as new whose name is the first two characters of one the document named in full: that person. */
    private Mention withFirstTwo(Mention mention) {
        Entity person = firstTwo.get(mention.surface());
        return person == null || mention.entity().type() != EntityType.PERSON || person.equals(mention.entity()) ? mention
                : new Mention(mention.begin(), mention.end(), mention.surface(), person, CONFIDENCE, Annotator.RULE);
    }

    /**
     * Each place the part is written with a title right after it names the person, where no mention
     * reaches outside the part (中 of 中总理 read as China stands) and no other person's name covers it.
     */
    private static void titled(String sentence, String part, Entity person, List<Mention> read) {
        for (int at = sentence.indexOf(part); at >= 0; at = sentence.indexOf(part, at + 1)) {
            int begin = at;
            int end = at + part.length();
            if (!titleAt(sentence, end)) {
                continue;
            }
            List<Mention> overlapping = read.stream().filter(m -> m.begin() < end && begin < m.end()).toList();
            boolean onlyNewPeopleInside = overlapping.stream().allMatch(m -> m.begin() >= begin && m.end() <= end
                    && m.entity().type() == EntityType.PERSON && !m.entity().equals(person)
                    && m.confidence() <= NerSpanResolver.NEW_PERSON_CONFIDENCE);
            if (overlapping.stream().anyMatch(m -> m.entity().equals(person)) || !onlyNewPeopleInside) {
                continue;
            }
            read.removeAll(overlapping);
            read.add(new Mention(begin, end, part, person, CONFIDENCE, Annotator.RULE));
        }
    }

    /** A title right after a family name (竹下首相, 江主席), maybe a deputy's (李副总理). */
    private static boolean titleAt(String sentence, int end) {
        return PersonTitles.at(sentence, sentence.startsWith("副", end) ? end + 1 : end) != null;
    }
}
