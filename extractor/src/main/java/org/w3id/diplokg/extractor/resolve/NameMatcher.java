package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Finds gazetteer names and aliases in a sentence, longest first at each position. A two-character
 * name must also be a word of CoreNLP's segmentation (法国 is no country in 做法国际).
 */
final class NameMatcher {
    static final double CONFIDENCE = 0.95;

    private final Map<String, Entity> names;
    private final int longest;

    NameMatcher(Gazetteer gazetteer) {
        this.names = gazetteer.names();
        this.longest = names.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        for (int begin = 0; begin < sentence.length(); begin++) {
            for (int end = Math.min(sentence.length(), begin + longest); end > begin + 1; end--) {
                Entity entity = names.get(sentence.substring(begin, end));
                if (entity == null) {
                    continue;
                }
                if (end - begin == 2 && !tagging.alignsWithWords(begin, end)) {
                    continue;
                }
                Mention mention = new Mention(begin, end, sentence.substring(begin, end), entity, CONFIDENCE, Annotator.GAZETTEER);
                found.add(new Candidate(begin, end, Candidate.GAZETTEER, List.of(mention)));
                break;
            }
        }
        return found;
    }
}
