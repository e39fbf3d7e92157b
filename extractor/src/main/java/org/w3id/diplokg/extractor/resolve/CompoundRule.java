package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Compounds of one-character abbreviations name each party: 中俄关系 is China and Russia, 中日韩 three
 * countries, 美俄 the US and Russia. A compound counts only before a word from
 * {@code compound-followers.txt}. 俄方 and the like name one party. 阿 is read from context: the Arab
 * states where the sentence speaks of 阿拉伯, Afghanistan where it speaks of 阿富汗.
 */
final class CompoundRule {
    static final double COMPOUND_CONFIDENCE = 0.85;
    static final double SIDE_CONFIDENCE = 0.9;
    private static final int LONGEST_COMPOUND = 4;
    /** Abbreviations too common as ordinary characters to stand alone before 方 (加方案, 老方法, 土方). */
    private static final Set<String> WEAK_BEFORE_SIDE = Set.of("加", "法", "土", "老", "新", "马", "伊", "尼", "亚", "非",
            "拉", "台", "港", "藏", "沙", "埃", "叙", "蒙", "意");

    private final Gazetteer gazetteer;
    private final Set<String> followers;

    CompoundRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.followers = WordList.load("compound-followers.txt");
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            int end = i;
            while (end < sentence.length() && end - i < LONGEST_COMPOUND && party(sentence, end).isPresent()) {
                end++;
            }
            // The longest run that a follower closes: 中俄新时代 is 中俄 + 新时代, not 中俄新 (Singapore) + 时代.
            int closed = end;
            while (closed - i >= 2 && !followedByFollower(sentence, closed)) {
                closed--;
            }
            if (closed - i >= 2) {
                end = closed;
            }
            if (end - i >= 2 && tagging.wordStartsAt(i) && followedByFollower(sentence, end)) {
                List<Mention> parties = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    Entity entity = party(sentence, k).orElseThrow();
                    parties.add(new Mention(k, k + 1, sentence.substring(k, k + 1), entity, COMPOUND_CONFIDENCE, Annotator.RULE));
                }
                found.add(new Candidate(i, end, Candidate.RULE, parties));
                i = end;
                continue;
            }
            if (end - i >= 1 && end < sentence.length() && sentence.charAt(end) == '方' && tagging.wordStartsAt(end - 1)
                    && !WEAK_BEFORE_SIDE.contains(sentence.substring(end - 1, end))) {
                Entity entity = party(sentence, end - 1).orElseThrow();
                Mention side = new Mention(end - 1, end + 1, sentence.substring(end - 1, end + 1), entity, SIDE_CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(end - 1, end + 1, Candidate.RULE, List.of(side)));
                i = end + 1;
                continue;
            }
            i = Math.max(i + 1, end == i ? i + 1 : end);
        }
        return found;
    }

    /** The party an abbreviation at {@code index} stands for here, if any. */
    private Optional<Entity> party(String sentence, int index) {
        String abbreviation = sentence.substring(index, index + 1);
        if (abbreviation.equals("阿")) {
            if (sentence.contains("阿拉伯") || sentence.contains("中阿合作论坛") || sentence.contains("中阿峰会")) {
                return gazetteer.byKey(EntityType.REGION, "arab-states");
            }
            if (sentence.contains("阿富汗")) {
                return gazetteer.byKey(EntityType.COUNTRY, "AF");
            }
            return Optional.empty();
        }
        return gazetteer.byAbbreviation(abbreviation);
    }

    private boolean followedByFollower(String sentence, int end) {
        for (String follower : followers) {
            if (sentence.startsWith(follower, end)) {
                return true;
            }
        }
        return false;
    }
}
