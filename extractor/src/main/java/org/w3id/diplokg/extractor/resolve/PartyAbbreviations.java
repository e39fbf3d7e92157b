package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * The party a one-character abbreviation stands for where it is read (in 中巴, 巴方). An abbreviation
 * may stand for any country whose name begins with it (乌: 乌克兰, 乌兹别克斯坦, 乌拉圭) and for the
 * parties {@code ambiguous-abbreviations.tsv} adds (阿 for the Arab states); the names around it
 * decide: the sentence, then its turn and the question it answers (巴方 after a question about 巴西
 * is Brazil), then the whole document (中乌 in a joint statement with 乌兹别克斯坦 is Uzbekistan).
 * With no cue anywhere it is the gazetteer's abbreviation, if it has one.
 */
final class PartyAbbreviations {
    private record Cue(String word, Entity entity) {}

    /**
     * How often a document must name another party in full before it overrules the gazetteer's
     * reading of the abbreviation: a passing mention (巴西 once, beside 中俄美巴 on Afghanistan) is not enough.
     */
    private static final int DOCUMENT_EVIDENCE = 2;

    private final Gazetteer gazetteer;
    private final int longestName;
    private final Map<String, List<Cue>> cues = new LinkedHashMap<>();

    PartyAbbreviations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.longestName = gazetteer.names().keySet().stream().mapToInt(String::length).max().orElse(1);
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/ambiguous-abbreviations.tsv")) {
            Entity entity = gazetteer.byReference(row.cell(2))
                    .orElseThrow(() -> new IllegalStateException(row.resource() + ":" + row.line() + ": no entity " + row.cell(2)));
            if (!row.cell(1).contains(row.cell(0))) { // what lets a text without the abbreviation be skipped
                throw new IllegalStateException(row.resource() + ":" + row.line() + ": the cue does not hold " + row.cell(0));
            }
            cues.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(new Cue(row.cell(1), entity));
        }
        Set<String> listed = Set.copyOf(cues.keySet());
        gazetteer.names().forEach((name, entity) -> {
            String abbreviation = name.substring(0, 1);
            if (entity.type() == EntityType.COUNTRY && isCue(name, entity)
                    && (gazetteer.byAbbreviation(abbreviation).isPresent() || !listed.contains(abbreviation) && mayStandFor(abbreviation, name))) {
                cues.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(new Cue(name, entity));
            }
        });
    }

    /**
     * The ministry abbreviates almost every state by its first character in 中X and X方 (中哈, 哈方 for
     * 哈萨克斯坦; 中斐 for 斐济), far more states than the gazetteer gives an abbreviation of its own. Such
     * a character stands for its state only where the text names the state in full (a cue), and never
     * where 中 and it make a name of their own (中东 is the Middle East, not China and East Timor), nor
     * where ambiguous-abbreviations.tsv already says what it may stand for (阿: not 阿联酋).
     */
    private boolean mayStandFor(String abbreviation, String name) {
        return name.length() >= 2 && Character.isIdeographic(abbreviation.codePointAt(0))
                && gazetteer.byName("中" + abbreviation).isEmpty() && gazetteer.byName(abbreviation).isEmpty();
    }

    /**
     * Whether every character of {@code word} (two or more) stands for a party here: the gazetteer's
     * abbreviations, and those a cue around decided (中斐 where the text names 斐济; not 以中欧).
     */
    boolean isCompound(String word, AbbreviationContext here) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> party(Character.toString(c), here).isPresent());
    }

    /** Whether the character has no reading of its own: only a cue in the text makes it a party (哈 of 中哈). */
    boolean onlyCued(String character) {
        return gazetteer.byAbbreviation(character).isEmpty() && cues.containsKey(character);
    }

    /**
     * A country's name is a cue for its first character unless it is itself a compound of two
     * abbreviations (中非 is China and Africa far more often than the Central African Republic); a name of the
     * state its first character stands for by default is a cue all the same (南非 for 南, against 南苏丹).
     */
    private boolean isCue(String name, Entity entity) {
        return name.length() >= 3 || (name.length() == 2 && (gazetteer.byAbbreviation(name.substring(1)).isEmpty()
                || gazetteer.byAbbreviation(name.substring(0, 1)).filter(entity::equals).isPresent()));
    }

    /**
     * What a whole document decides: each abbreviation stands for the party the document names most
     * often in full (the gazetteer's own on a tie). Read once per document.
     */
    AbbreviationContext document(String text) {
        Map<String, Entity> decided = new LinkedHashMap<>();
        cues.forEach((abbreviation, candidates) -> {
            if (!text.contains(abbreviation)) {
                return; // every cue holds its abbreviation (乌兹别克斯坦, 中阿峰会): none can occur
            }
            Map<Entity, Integer> counts = new LinkedHashMap<>();
            occurrences(candidates, text).forEach(cue -> counts.merge(cue.entity(), 1, Integer::sum));
            Entity standard = gazetteer.byAbbreviation(abbreviation).orElse(null);
            int standardCount = counts.getOrDefault(standard, 0);
            counts.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<Entity, Integer> e) -> e.getValue())
                            .thenComparing(e -> e.getKey().equals(standard)))
                    .filter(e -> e.getKey().equals(standard) || e.getValue() >= DOCUMENT_EVIDENCE && e.getValue() > standardCount)
                    .ifPresent(e -> decided.put(abbreviation, e.getKey()));
        });
        return new AbbreviationContext(decided);
    }


    /** The sentence's own cues first, then what the text around it decided: read once per sentence. */
    AbbreviationContext within(String sentence, AbbreviationContext around) {
        Map<String, Entity> decided = new LinkedHashMap<>(around.decisions());
        cues.forEach((abbreviation, candidates) -> {
            if (sentence.contains(abbreviation)) { // every cue holds its abbreviation
                firstCued(candidates, sentence).ifPresent(e -> decided.put(abbreviation, e));
            }
        });
        return new AbbreviationContext(decided);
    }

    /** The party {@code abbreviation} names where {@code here} was read: a cued one, else the gazetteer's, if any. */
    Optional<Entity> party(String abbreviation, AbbreviationContext here) {
        Entity decided = here.decided(abbreviation);
        return decided != null ? Optional.of(decided) : gazetteer.byAbbreviation(abbreviation);
    }

    /** The candidate whose cue occurs earliest in {@code text}. */
    private Optional<Entity> firstCued(List<Cue> candidates, String text) {
        return occurrences(candidates, text).stream().findFirst().map(Cue::entity);
    }

    /** The length of a place's name longer than {@code shorter} that starts at {@code at} (巴西利亚 at 巴西), or 0. */
    private int longerNameAt(String text, int at, int shorter) {
        for (int end = Math.min(text.length(), at + longestName); end > at + shorter; end--) {
            Optional<Entity> place = gazetteer.byName(text.substring(at, end))
                    .filter(e -> e.type() == EntityType.REGION || e.type() == EntityType.COUNTRY);
            if (place.isPresent()) {
                return end - at;
            }
        }
        return 0;
    }

    /**
     * Each cue occurring in {@code text}, in text order, the longest at each place: 印度尼西亚 is
     * Indonesia, not 印度 followed by more.
     */
    private List<Cue> occurrences(List<Cue> candidates, String text) {
        List<Cue> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            Cue longest = null;
            for (Cue cue : candidates) {
                if (text.startsWith(cue.word(), at) && (longest == null || cue.word().length() > longest.word().length())) {
                    longest = cue;
                }
            }
            int inName = longest == null ? 0 : longerNameAt(text, at, longest.word().length());
            if (inName > 0) {
                at += inName; // 巴西 inside 巴西利亚 names the city, not the country
            } else if (longest != null) {
                found.add(longest);
                at += longest.word().length();
            } else {
                at++;
            }
        }
        return found;
    }
}
