package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * What the relation rules read: one sentence, its mentions in order, its times, the year it was
 * said, and the country that speaks when the sentence is a Chinese official's ("我们" is China then).
 */
record SentenceView(String text, List<Mention> mentions, List<TimeMention> times, int year, Entity speakerCountry) {
    /** Entities that can hold a relation or act in one. */
    static final Set<EntityType> ACTORS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);
    private static final String CLAUSE_MARKS = "，。；：？！,;:?!";

    SentenceView {
        mentions = mentions.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
    }

    /** Index where the clause holding {@code index} begins (just past the previous clause mark). */
    int clauseStart(int index) {
        for (int i = Math.min(index, text.length()) - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Index just past the clause holding {@code index} (at the next clause mark). */
    int clauseEnd(int index) {
        for (int i = index; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Mentions lying wholly within [begin, end). */
    List<Mention> mentionsIn(int begin, int end) {
        return mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    }

    /** Distinct actor entities mentioned within [begin, end), in order. */
    List<Entity> actorsIn(int begin, int end) {
        Set<Entity> actors = new LinkedHashSet<>();
        mentionsIn(begin, end).stream().filter(m -> ACTORS.contains(m.entity().type())).forEach(m -> actors.add(m.entity()));
        return new ArrayList<>(actors);
    }

    /** The mention of the given types that begins at {@code index}, skipping a few filler characters. */
    Optional<Mention> mentionStartingNear(int index, Set<EntityType> types, String fillers) {
        int at = index;
        while (at < text.length() && fillers.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        int start = at;
        return mentions.stream().filter(m -> m.begin() == start && types.contains(m.entity().type())).findFirst();
    }

    /**
     * Who acts at {@code index}: the nearest actor mentioned before it in its clause; else the actor
     * that opens the sentence (its subject); else China when a Chinese official says 我们 or 我国.
     */
    Optional<Entity> actorBefore(int index) {
        int clause = clauseStart(index);
        List<Mention> before = mentionsIn(clause, index).stream().filter(m -> ACTORS.contains(m.entity().type())).toList();
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1).entity());
        }
        Optional<Mention> subject = mentions.stream().filter(m -> m.begin() <= 2 && m.end() <= index
                && ACTORS.contains(m.entity().type())).findFirst();
        if (subject.isPresent()) {
            return subject.map(Mention::entity);
        }
        String opening = text.substring(clause, index);
        if (speakerCountry != null && (opening.startsWith("我们") || opening.startsWith("我国")
                || text.startsWith("我们") || text.startsWith("我国"))) {
            return Optional.of(speakerCountry);
        }
        return Optional.empty();
    }

    /**
     * The actors of the nearest earlier clause that opens with them as its subject (中俄都将…, 我们愿同东盟一道…),
     * for a clause that names none itself; 我们 said by an official is the speaker's country.
     */
    List<Entity> subjectActorsBefore(int clauseStart) {
        int end = clauseStart - 1;
        while (end > 0) {
            int start = clauseStart(end);
            List<Entity> actors = actorsIn(start, end);
            String opening = text.substring(start, end);
            boolean we = speakerCountry != null && (opening.startsWith("我们") || opening.startsWith("我国"));
            boolean opensWithActor = mentionsIn(start, end).stream()
                    .anyMatch(m -> m.begin() == start && ACTORS.contains(m.entity().type()));
            if (we) {
                actors.remove(speakerCountry);
                actors.add(0, speakerCountry);
                return actors;
            }
            if (opensWithActor) {
                return actors;
            }
            end = start - 1;
        }
        return new ArrayList<>();
    }

    /** The year a time mention in [begin, end) names (今年, 明年, 2021年), else the year the sentence was said. */
    int yearNamedIn(int begin, int end) {
        for (TimeMention time : times) {
            if (time.begin() >= begin && time.end() <= end && time.value() != null && time.value().lexical() != null) {
                return time.value().start().getYear();
            }
        }
        return year;
    }
}
