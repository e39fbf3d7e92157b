package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A party's abbreviation bound into a word (affixed-parties.tsv): 访华 and 对华 name China, 涉台 and
 * 台独 Taiwan, 俄军 Russia, 在乌 Ukraine. The mention is the abbreviation alone; the two characters
 * must be whole words of CoreNLP's segmentation, and characters common in ordinary words (中, 法, 新)
 * are never read so.
 */
final class AffixedPartyRule {
    static final double CONFIDENCE = 0.8;
    /** Abbreviations that follow 在, 对, 来... as ordinary characters too often (在中 "in the middle", 对法 "to the law", 来日 "days to come"). */
    private static final Set<String> TOO_COMMON_AFTER_A_VERB = Set.of("中", "法", "新", "南", "加", "非", "老", "马", "土",
            "德", "意", "印", "亚", "拉", "伊", "尼", "沙", "埃", "蒙", "以", "日", "朝", "韩", "英", "澳", "西", "越", "泰", "巴", "阿");
    /** Abbreviations that precede 军, 商, 企... as ordinary characters too often (中军, 老商, 南企). */
    private static final Set<String> TOO_COMMON_BEFORE_A_NOUN = Set.of("中", "法", "新", "南", "加", "非", "老", "马", "土",
            "亚", "拉", "西", "沙", "埃", "蒙", "尼", "伊", "巴", "阿", "意");

    /**
     * Verbs of travel whose one-character place CoreNLP tags as a proper noun (访/VV 越/NR, 访韩, 赴美): a
     * state even where the character is common elsewhere.
     */
    private static final Set<String> VISITING = Set.of("访", "赴");

    private final PartyAbbreviations abbreviations;
    private final Map<String, Entity> bound = new HashMap<>();
    private final Set<String> before;
    private final Set<String> after;

    AffixedPartyRule(Gazetteer gazetteer, PartyAbbreviations abbreviations) {
        this.abbreviations = abbreviations;
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/bound-abbreviations.tsv")) {
            bound.put(row.cell(0), gazetteer.byReference(row.cell(1))
                    .orElseThrow(() -> row.problem("no entity " + row.cell(1))));
        }
        Set<String> b = new java.util.HashSet<>();
        Set<String> a = new java.util.HashSet<>();
        for (DataFile.Row row : DataFile.read("/org/w3id/diplokg/extractor/resolve/affixed-parties.tsv")) {
            (row.cell(1).equals("before") ? b : a).add(row.cell(0));
        }
        this.before = Set.copyOf(b);
        this.after = Set.copyOf(a);
    }

    List<Candidate> find(String sentence, Tagging tagging, AbbreviationContext context) {
        List<Candidate> found = new ArrayList<>();
        for (int index = 0; index + 1 < sentence.length(); index++) {
            int i = index;
            String first = sentence.substring(i, i + 1);
            String second = sentence.substring(i + 1, i + 2);
            if (!tagging.alignsWithWords(i, i + 2)) {
                continue;
            }
            boolean visited = VISITING.contains(first) && taggedProperNoun(tagging, i + 1);
            if (before.contains(first) && (!TOO_COMMON_AFTER_A_VERB.contains(second) || visited)) {
                party(second, context).ifPresent(e -> found.add(candidate(sentence, i + 1, e)));
            }
            if (after.contains(second) && !TOO_COMMON_BEFORE_A_NOUN.contains(first)) {
                party(first, context).ifPresent(e -> found.add(candidate(sentence, i, e)));
            }
        }
        return found;
    }

    private static boolean taggedProperNoun(Tagging tagging, int begin) {
        return tagging.words().stream().anyMatch(w -> w.begin() == begin && w.end() == begin + 1 && w.pos().equals("NR"));
    }

    private Optional<Entity> party(String abbreviation, AbbreviationContext context) {
        if (bound.containsKey(abbreviation)) {
            return Optional.of(bound.get(abbreviation));
        }
        return abbreviations.party(abbreviation, context);
    }

    private static Candidate candidate(String sentence, int at, Entity entity) {
        Mention mention = new Mention(at, at + 1, sentence.substring(at, at + 1), entity, CONFIDENCE, Annotator.RULE);
        return new Candidate(at, at + 1, Candidate.RULE, List.of(mention));
    }
}
