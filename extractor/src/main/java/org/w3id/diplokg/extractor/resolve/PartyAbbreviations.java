package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * The party a one-character abbreviation stands for where it is read (in 中巴, 巴方). Most have one
 * (俄, 美); those in {@code ambiguous-abbreviations.tsv} are decided by the names around them: 巴方
 * after a question about 巴西 is Brazil, in a sentence on 巴基斯坦 Pakistan.
 */
final class PartyAbbreviations {
    private record Cue(String word, Entity entity) {}

    private final Gazetteer gazetteer;
    private final Map<String, List<Cue>> cues = new LinkedHashMap<>();

    PartyAbbreviations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/ambiguous-abbreviations.tsv")) {
            Entity entity = gazetteer.byReference(row.cell(2))
                    .orElseThrow(() -> new IllegalStateException(row.resource() + ":" + row.line() + ": no entity " + row.cell(2)));
            cues.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(new Cue(row.cell(1), entity));
        }
    }

    /** What a stretch of text (a turn and the question it answers) says about the ambiguous abbreviations, read once. */
    AbbreviationContext context(String text) {
        return within(text, AbbreviationContext.NONE);
    }

    /** The sentence's own cues first, then what the text around it decided: read once per sentence. */
    AbbreviationContext within(String sentence, AbbreviationContext around) {
        Map<String, Entity> decided = new LinkedHashMap<>(around.decisions());
        cues.forEach((abbreviation, candidates) -> firstCued(candidates, sentence).ifPresent(e -> decided.put(abbreviation, e)));
        return new AbbreviationContext(decided);
    }

    /** The party {@code abbreviation} names where {@code here} was read: a cued one, else the gazetteer's, if any. */
    Optional<Entity> party(String abbreviation, AbbreviationContext here) {
        Entity decided = here.decided(abbreviation);
        return decided != null ? Optional.of(decided) : gazetteer.byAbbreviation(abbreviation);
    }

    /** The candidate whose cue occurs earliest in {@code text}. */
    private static Optional<Entity> firstCued(List<Cue> candidates, String text) {
        Entity best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue cue : candidates) {
            int at = text.indexOf(cue.word());
            if (at >= 0 && at < bestAt) {
                best = cue.entity();
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }
}
