package org.w3id.diplokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.diplokg.eval.GoldSet.GoldRelation;
import org.w3id.diplokg.eval.SystemOutput.SystemEntity;
import org.w3id.diplokg.eval.SystemOutput.SystemRelation;

/**
 * Scores relations as the pairs of parties a reader finds in a stated relation, the measure the relation issue sets its
 * target in: each gold relation gives every pair among its parties and its object (where the object is an entity the
 * gold lists; a stance worded in the sentence gives none); a pair is joined when a built relation whose evidence is the
 * same sentence has both among its parties and object, whatever its kind, modality or action. Built pairs are counted
 * against the gold's the same way. Looser than {@link RelationScorer}'s match (kind, parties and object exact), which
 * stays the strict figure.
 */
final class PairScorer {
    private PairScorer() {}

    /** A reader's pair: the sentence that states it and the gold's names of the two. */
    private record GoldPair(String sentence, String first, String second) {}

    /** A built pair: the wordings of the sentence that states it and the two entities. */
    private record BuiltPair(Set<String> wordings, SystemEntity first, SystemEntity second) {}

    static void score(GoldSet gold, SystemOutput output, EvaluationReport report) {
        if (gold.relations().isEmpty()) {
            return;
        }
        Set<GoldPair> goldPairs = new LinkedHashSet<>();
        for (GoldRelation relation : gold.relations()) {
            List<String> members = new ArrayList<>(relation.parties());
            if (relation.object() != null && gold.entities().stream().anyMatch(e -> e.zh().equals(relation.object()))) {
                members.add(relation.object());
            }
            for (List<String> pair : pairs(members)) {
                goldPairs.add(new GoldPair(relation.evidence(), pair.get(0), pair.get(1)));
            }
        }
        Map<String, BuiltPair> builtPairs = new LinkedHashMap<>(); // one per sentence and two entities, whichever order
        for (SystemRelation relation : output.relations) {
            for (List<SystemEntity> pair : pairs(members(relation))) {
                String first = pair.get(0).iri();
                String second = pair.get(1).iri();
                String key = relation.evidenceText() + " " + (first.compareTo(second) < 0 ? first + " " + second : second + " " + first);
                builtPairs.putIfAbsent(key, new BuiltPair(relation.wordings(), pair.get(0), pair.get(1)));
            }
        }
        for (GoldPair pair : goldPairs) {
            report.pairsGold++;
            if (builtPairs.values().stream().anyMatch(built -> same(gold, pair, built))) {
                report.pairsJoined++;
            }
        }
        for (BuiltPair built : builtPairs.values()) {
            report.pairsBuilt++;
            if (goldPairs.stream().anyMatch(pair -> same(gold, pair, built))) {
                report.pairsBuiltRight++;
            }
        }
    }

    /** The same two in the same sentence, in either order. */
    private static boolean same(GoldSet gold, GoldPair pair, BuiltPair built) {
        if (built.wordings().stream().noneMatch(text -> RelationScorer.sameSentence(text, pair.sentence()))) {
            return false;
        }
        return RelationScorer.names(gold, pair.first(), built.first()) && RelationScorer.names(gold, pair.second(), built.second())
                || RelationScorer.names(gold, pair.first(), built.second()) && RelationScorer.names(gold, pair.second(), built.first());
    }

    private static List<SystemEntity> members(SystemRelation relation) {
        List<SystemEntity> members = new ArrayList<>(relation.parties());
        if (relation.object() != null) {
            members.add(relation.object());
        }
        return members;
    }

    /** Every unordered pair of distinct members. */
    private static <T> List<List<T>> pairs(List<T> members) {
        List<T> distinct = new ArrayList<>(new LinkedHashSet<>(members));
        List<List<T>> pairs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                pairs.add(List.of(distinct.get(i), distinct.get(j)));
            }
        }
        return pairs;
    }
}
