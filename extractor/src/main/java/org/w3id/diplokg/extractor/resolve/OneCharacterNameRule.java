package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * One-character names ({@code one-character-names.tsv}): 党 is the Chinese Communist Party in 党和国家
 * or 党的领导, where the segmenter keeps it a word of its own; elsewhere (政党, 两党) it is no name.
 */
final class OneCharacterNameRule {
    static final double CONFIDENCE = 0.85;

    private record Name(Pattern pattern, Entity entity) {}

    private final List<Name> names = new ArrayList<>();

    OneCharacterNameRule(Gazetteer gazetteer) {
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/one-character-names.tsv")) {
            Entity entity = gazetteer.byReference(row.cell(2))
                    .orElseThrow(() -> new IllegalStateException(row.resource() + ":" + row.line() + ": no entity " + row.cell(2)));
            names.add(new Name(Pattern.compile(Pattern.quote(row.cell(0)) + "(?=" + row.cell(1) + ")"), entity));
        }
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        for (Name name : names) {
            Matcher matcher = name.pattern().matcher(sentence);
            while (matcher.find()) {
                if (!tagging.alignsWithWords(matcher.start(), matcher.end())) {
                    continue;
                }
                Mention mention = new Mention(matcher.start(), matcher.end(), matcher.group(), name.entity(), CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(matcher.start(), matcher.end(), Candidate.RULE, List.of(mention)));
            }
        }
        return found;
    }
}
