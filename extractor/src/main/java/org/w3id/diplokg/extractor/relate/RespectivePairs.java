package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * 分别 ("each on their own") between one party and several makes a meeting or talks of each pair, not one of
 * them all: 胡锦涛主席、温家宝总理分别向布什总统致电 is two calls, 习近平主席分别同奥巴马总统和普京总统举行了会晤 two
 * meetings, 中方同印度、巴基斯坦分别保持着沟通 two channels. The one side is split from the other at 分别, or at the
 * 同 (与, 向, 跟) before it where the several follow that word. (A list right before 分别 whose other side the clause
 * leaves unnamed, 温家宝总理、吴邦国委员长分别会见了他, is the meeting rule's to complete: {@link MeetingsApart}.)
 */
final class RespectivePairs {
    private static final Set<RelationKind> PAIRWISE = EnumSet.of(RelationKind.MEETING, RelationKind.TALKS);
    private static final String EACH = "分别";
    private static final Pattern WITH = Pattern.compile("[同与向跟]");

    private RespectivePairs() {
    }

    /** The relations found, those of one party with several 分别 made one per pair. */
    static List<Relation> apply(SentenceView sentence, List<Relation> found) {
        if (!sentence.text().contains(EACH)) {
            return found;
        }
        List<Relation> split = new ArrayList<>();
        for (Relation relation : found) {
            split.addAll(PAIRWISE.contains(relation.kind()) && relation.parties().size() >= 3 ? pairs(sentence, relation) : List.of(relation));
        }
        return split;
    }

    private static List<Relation> pairs(SentenceView sentence, Relation relation) {
        String text = sentence.text();
        int clause = sentence.clauseStart(relation.begin());
        int clauseEnd = sentence.clauseEnd(relation.begin());
        int each = text.indexOf(EACH, clause);
        if (each < 0 || each >= clauseEnd) {
            return List.of(relation);
        }
        Map<Entity, Integer> namedAt = new LinkedHashMap<>();
        for (Mention mention : sentence.mentionsIn(clause, clauseEnd)) {
            namedAt.putIfAbsent(mention.entity(), mention.begin());
        }
        if (!namedAt.keySet().containsAll(relation.parties())) {
            return List.of(relation); // a party read from elsewhere (他, 双方): which side it is on is not known
        }
        int pivot = pivot(sentence, clause, each, relation.parties().stream().mapToInt(namedAt::get).min().orElse(each));
        List<Entity> before = relation.parties().stream().filter(p -> namedAt.get(p) < pivot).toList();
        List<Entity> after = relation.parties().stream().filter(p -> namedAt.get(p) > pivot).toList();
        List<Entity> one = before.size() == 1 ? before : after;
        List<Entity> several = before.size() == 1 ? after : before;
        if (one.size() != 1 || several.size() < 2) {
            return List.of(relation);
        }
        return several.stream().map(other -> relation.withParties(inOrder(relation, one.get(0), other))).toList();
    }

    /** 同 between the first party and 分别, outside any name (中方同印度、巴基斯坦分别…), else 分别 itself. */
    private static int pivot(SentenceView sentence, int clause, int each, int firstParty) {
        Matcher with = WITH.matcher(sentence.text()).region(clause, each);
        int pivot = each;
        while (with.find()) {
            int at = with.start();
            if (at > firstParty && sentence.mentions().stream().noneMatch(m -> m.begin() <= at && at < m.end())) {
                pivot = at;
            }
        }
        return pivot;
    }

    /** The pair in the order the relation named its parties. */
    private static List<Entity> inOrder(Relation relation, Entity one, Entity other) {
        return relation.parties().stream().filter(p -> p.equals(one) || p.equals(other)).toList();
    }
}
