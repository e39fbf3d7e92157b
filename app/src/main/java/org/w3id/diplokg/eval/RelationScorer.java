package org.w3id.diplokg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.eval.GoldSet.GoldEntity;
import org.w3id.diplokg.eval.GoldSet.GoldRelation;
import org.w3id.diplokg.eval.SystemOutput.SystemEntity;
import org.w3id.diplokg.eval.SystemOutput.SystemRelation;

/**
 * Scores relations per kind: a built relation matches a gold one when it is of the same kind, its
 * evidence is the sentence the gold's text finds, its parties are the gold's parties (each matched by
 * name or Wikidata item, none more, none fewer), and its object is the gold's where the gold names
 * one. Of the matched, the share whose modality agrees is reported apart.
 */
final class RelationScorer {
    /** The ontology's relation types by the gold's kind names: the scorer keeps its own table. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Partnership", "partnership"), Map.entry("AgreementAction", "agreement-action"),
            Map.entry("AgreementParty", "agreement-party"), Map.entry("Membership", "membership"),
            Map.entry("RelationsAnniversary", "anniversary"), Map.entry("Support", "support"),
            Map.entry("Opposition", "opposition"), Map.entry("InitiativeParticipation", "initiative"),
            Map.entry("Meeting", "meeting"), Map.entry("Visit", "visit"), Map.entry("Hosting", "hosting"),
            Map.entry("Aid", "aid"), Map.entry("Talks", "talks"), Map.entry("Conflict", "conflict"),
            Map.entry("Cooperation", "cooperation"));

    private RelationScorer() {}

    static void score(GoldSet gold, SystemOutput output, EvaluationReport report) {
        if (gold.relations().isEmpty()) {
            return; // a set without relations.tsv says nothing about relations
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        GoldSet.RELATION_KINDS.forEach(kind -> counts.put(kind, new int[3]));
        Set<SystemRelation> claimed = new HashSet<>();
        // those naming an object first: a built relation with an object is the one of the gold that names it, not one
        // without an object said of the same sentence (…一直…提供援助，例如帮助坦桑尼亚…: the aid to Tanzania is Tanzania's)
        List<GoldRelation> specificFirst = gold.relations().stream().sorted(Comparator.comparing(r -> r.object() == null)).toList();
        for (GoldRelation relation : specificFirst) {
            Optional<SystemRelation> match = output.relations.stream()
                    .filter(r -> !claimed.contains(r) && matches(gold, relation, r)).findFirst();
            if (match.isEmpty()) {
                counts.get(relation.kind())[2]++;
                report.missed("relation " + describe(relation));
                continue;
            }
            claimed.add(match.get());
            counts.get(relation.kind())[0]++;
            report.relationsMatched++;
            String modality = match.get().modality() == null ? null : match.get().modality().toLowerCase(java.util.Locale.ROOT);
            if (relation.modality().equals(modality)) {
                report.modalitiesRight++;
            } else {
                report.wrong("modality of relation " + describe(relation) + ": " + modality);
            }
        }
        for (SystemRelation relation : output.relations) {
            if (!claimed.contains(relation)) {
                String kind = KINDS.getOrDefault(relation.type(), relation.type());
                counts.computeIfAbsent(kind, k -> new int[3])[1]++;
                report.wrong("relation not in gold: " + describe(relation));
            }
        }
        counts.forEach((kind, c) -> report.relations.put(kind, new Score(c[0], c[1], c[2])));
    }

    private static boolean matches(GoldSet gold, GoldRelation relation, SystemRelation built) {
        if (!relation.kind().equals(KINDS.get(built.type())) || built.wordings().stream().noneMatch(text -> sameSentence(text, relation.evidence()))) {
            return false;
        }
        if (relation.object() != null && (built.object() == null || !names(gold, relation.object(), built.object()))) {
            return false;
        }
        if (built.parties().size() != relation.parties().size()) {
            return false;
        }
        List<SystemEntity> left = new ArrayList<>(built.parties());
        for (String party : relation.parties()) {
            Optional<SystemEntity> same = left.stream().filter(e -> names(gold, party, e)).findFirst();
            if (same.isEmpty()) {
                return false;
            }
            left.remove(same.get());
        }
        return true;
    }

    /** The gold's name is the entity's: through the gold entity of that name where entities.tsv has it, else by label. */
    static boolean names(GoldSet gold, String name, SystemEntity entity) {
        Optional<GoldEntity> listed = gold.entities().stream().filter(g -> g.zh().equals(name)).findFirst();
        return listed.map(g -> EntityMatcher.same(g, entity)).orElse(entity.labels().contains(MatchText.of(name)));
    }

    /** The evidence text lies in the statement, quotes of any width aside. */
    static boolean sameSentence(String statement, String evidence) {
        return Evaluator.sameSentence(unquoted(statement), unquoted(MatchText.of(evidence)));
    }

    /** The gold's kind name for an ontology relation type's local name (Meeting → meeting), or null. */
    static String kindOf(String type) {
        return KINDS.get(type);
    }

    private static String unquoted(String text) {
        return text.replaceAll("[“”\"＂「」『』‘’']", "");
    }

    private static String describe(GoldRelation relation) {
        return relation.kind() + " " + String.join("|", relation.parties()) + (relation.object() == null ? "" : " → " + relation.object())
                + " [" + relation.modality() + "] in " + relation.evidence();
    }

    private static String describe(SystemRelation relation) {
        StringBuilder text = new StringBuilder(KINDS.getOrDefault(relation.type(), relation.type())).append(' ');
        relation.parties().forEach(p -> text.append(p.zh()).append('|'));
        text.setLength(text.length() - 1);
        if (relation.object() != null) {
            text.append(" → ").append(relation.object().zh());
        }
        String evidence = relation.evidenceText();
        return text.append(" [").append(relation.modality() == null ? "?" : relation.modality().toLowerCase(java.util.Locale.ROOT))
                .append("] in ").append(evidence.length() <= 30 ? evidence : evidence.substring(0, 30) + "…").toString();
    }
}
