package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * What the sentences before a sentence say about who is talking about whom, for 两国, 双方 and an
 * unstated subject: the parties of a joint document (its title names them: in a joint statement 双方
 * are always its two signatories), else the pair of parties the latest earlier sentence of the turn
 * named together, else the pair the question it answers named (a question about 中韩建交30周年 makes
 * 双方 China and South Korea). The relation's evidence stays the sentence that states it.
 *
 * @param documentParties the parties whose joint document this is (its title's: two, or all of three or more for 三国, 五国, 各方), or empty
 * @param previousPair the two parties the nearest earlier sentence of the turn named together, or empty
 * @param questionPair the two parties the question named together, or empty
 * @param speaker      the person whose turn this is (我 of 我将访问…, said by the minister), or null
 * @param addressee    the person a question is put to, who answers it (您 of 您即将访问…), or null
 * @param leaders      the heads of state the document has named with their title and state so far (美国总统拜登,
 *                     卡塔尔埃米尔塔米姆; 习近平主席 in China's official's turn), by state: who 两国元首 are
 * @param recentNamed  the persons, events and agreements the sentences before named, the latest first (a few of
 *                     each): whom 他 and 她 stand for, what 出席开幕式 attends, and what 该条约 and 上述两个协定 are
 * @param told         what the sentence before told of, which a stance on 此 opening the next is on (中方对此表示欢迎):
 *                     the document it says was made, else the parties it opened with, else a document it named
 * @param stated       the visits the sentence before stated, which a sentence opening 这是 restates (…将对日本进行国事访问。
 *                     这是中国国家元首首次访问日本: planned, as that one)
 * @param visitsTold   the visits the turn (and the question it answers) has stated so far, the latest last: which visit
 *                     赵紫阳总理的这次访问 is
 */
public record RelationContext(List<Entity> documentParties, List<Entity> previousPair, List<Entity> questionPair, Entity speaker,
                              Entity addressee, Map<Entity, Entity> leaders, List<Entity> recentNamed, List<Entity> told,
                              List<Relation> stated, List<Relation> visitsTold) {
    /** How many persons, events and agreements named before are kept, of each type. */
    private static final int RECENT = 6;
    /** How many visits told before are kept. */
    private static final int VISITS_KEPT = 8;

    /** Nothing is known before the sentence. */
    public static final RelationContext NONE = new RelationContext(List.of(), List.of(), List.of(), null, null, Map.of(), List.of(), List.of(), List.of(), List.of());

    public RelationContext {
        documentParties = List.copyOf(documentParties);
        previousPair = List.copyOf(previousPair);
        questionPair = List.copyOf(questionPair);
        leaders = Map.copyOf(leaders);
        recentNamed = List.copyOf(recentNamed);
        told = List.copyOf(told);
        stated = List.copyOf(stated);
        visitsTold = List.copyOf(visitsTold);
    }

    /** The context for the sentence after one that told of {@code entities}. */
    RelationContext telling(List<Entity> entities) {
        return new RelationContext(documentParties, previousPair, questionPair, speaker, addressee, leaders, recentNamed, entities, stated, visitsTold);
    }

    /** The context for the sentence after one that stated {@code relations} (its visits are kept). */
    RelationContext stating(List<Relation> relations) {
        List<Relation> visits = relations.stream().filter(r -> r.kind() == RelationKind.VISIT).toList();
        return new RelationContext(documentParties, previousPair, questionPair, speaker, addressee, leaders, recentNamed, told,
                visits, latest(visitsTold, visits));
    }

    /** The context with these visits told before it too (the question's, for its answer). */
    public RelationContext withVisitsTold(List<Relation> visits) {
        List<Relation> kept = visits.stream().filter(r -> r.kind() == RelationKind.VISIT).toList();
        return new RelationContext(documentParties, previousPair, questionPair, speaker, addressee, leaders, recentNamed, told,
                stated, latest(visitsTold, kept));
    }

    private static List<Relation> latest(List<Relation> before, List<Relation> added) {
        List<Relation> all = new java.util.ArrayList<>(before);
        all.addAll(added);
        return List.copyOf(all.subList(Math.max(0, all.size() - VISITS_KEPT), all.size()));
    }

    /** The heads of state of these two states, where the turn has named both; else empty. */
    List<Entity> leadersOf(List<Entity> states) {
        if (states.size() != 2 || !leaders.containsKey(states.get(0)) || !leaders.containsKey(states.get(1))) {
            return List.of();
        }
        return List.of(leaders.get(states.get(0)), leaders.get(states.get(1)));
    }

    /** The context after a sentence that named these heads of state (by state; a later one replaces an earlier). */
    public RelationContext withLeaders(Map<Entity, Entity> named) {
        if (named.isEmpty()) {
            return this;
        }
        Map<Entity, Entity> all = new java.util.HashMap<>(leaders);
        all.putAll(named);
        return new RelationContext(documentParties, previousPair, questionPair, speaker, addressee, all, recentNamed, told, stated, visitsTold);
    }

    /** The pair 两国 or 双方 stands for when the sentence itself names none: the document's, the turn's latest, else the question's. */
    List<Entity> pair() {
        if (documentParties.size() == 2) {
            return documentParties;
        }
        return !previousPair.isEmpty() ? previousPair : questionPair;
    }

    /** The context for the sentence after one that named {@code pair} (empty: it named none, the older pair stays). */
    RelationContext after(List<Entity> pair) {
        return pair.size() == 2 ? new RelationContext(documentParties, pair, questionPair, speaker, addressee, leaders, recentNamed, told, stated, visitsTold) : this;
    }

    /** The context of an answer whose question named {@code pair}. */
    static RelationContext answering(List<Entity> pair) {
        return new RelationContext(List.of(), List.of(), pair.size() == 2 ? pair : List.of(), null, null, Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * All the parties of a joint document of three or more that the words name (三国 in 中日韩…联合宣言, 五国 or 各方 in
     * the five states' statement): a count must be theirs; else empty.
     */
    List<Entity> all(String words) {
        if (documentParties.size() < 3) {
            return List.of();
        }
        Matcher named = SentenceView.ALL.matcher(words);
        while (named.find()) {
            if (named.group("count") == null || ChineseNumerals.parse(named.group("count")) == documentParties.size()) {
                return documentParties;
            }
        }
        return List.of();
    }

    /** This context in a joint document of {@code parties} (nothing changes unless they are two or more). */
    public RelationContext inDocumentOf(List<Entity> parties) {
        return parties.size() >= 2
                ? new RelationContext(parties, previousPair, questionPair, speaker, addressee, leaders, recentNamed, told, stated, visitsTold) : this;
    }

    /** This context in a turn {@code person} speaks (null: nobody known, or not an official's turn). */
    public RelationContext spokenBy(Entity person) {
        return new RelationContext(documentParties, previousPair, questionPair, person, addressee, leaders, recentNamed, told, stated, visitsTold);
    }

    /** This context in a question put to {@code person}, who answers it (null: nobody known). */
    public RelationContext addressedTo(Entity person) {
        return new RelationContext(documentParties, previousPair, questionPair, speaker, person, leaders, recentNamed, told, stated, visitsTold);
    }

    /** The context after a sentence that named these persons, events and agreements, in text order. */
    RelationContext withNamed(List<Entity> named) {
        if (named.isEmpty()) {
            return this;
        }
        List<Entity> recent = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0; i--) {
            if (!recent.contains(named.get(i))) {
                recent.add(named.get(i));
            }
        }
        recentNamed.stream().filter(p -> !recent.contains(p)).forEach(recent::add);
        Map<EntityType, Integer> kept = new EnumMap<>(EntityType.class);
        List<Entity> latest = new ArrayList<>();
        for (Entity entity : recent) {
            if (kept.merge(entity.type(), 1, Integer::sum) <= RECENT) {
                latest.add(entity);
            }
        }
        return new RelationContext(documentParties, previousPair, questionPair, speaker, addressee, leaders, latest, told, stated, visitsTold);
    }
}
