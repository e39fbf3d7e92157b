package org.w3id.diplokg.extractor.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Relate stage: the typed relations a sentence asserts, found by rules over its resolved mentions
 * and times (it needs the resolve and dates stages; it adds {@link Relation}s).
 */
public final class RelationFinder {
    private final List<RelationRule> rules;
    private final Function<String, Optional<Entity>> abbreviations;
    private final Function<String, Optional<Entity>> names;
    private final VenueFilter venues;

    /** @param gazetteer where names and one-character party abbreviations (俄, 华) are looked up */
    public RelationFinder(Gazetteer gazetteer) {
        this.rules = List.of(new PartnershipRule(), new AgreementActionRule(), new AgreementPartyRule(),
                new MembershipRule(), new AnniversaryRule(), new StanceRule(), new InitiativeParticipationRule(), new AlignmentRule(),
                new MeetingRule(),
                new VisitRule(), new HostingRule(gazetteer), new AidRule(), new TalksRule(), new ConflictRule(), new ResistanceRule(), new BackingRule(), new TradePartnerRule(), new CooperationRule());
        this.abbreviations = gazetteer::byAbbreviation;
        this.names = gazetteer::byName;
        this.venues = new VenueFilter(gazetteer);
    }

    /** The relations of one sentence read alone. */
    public List<Relation> find(String text, List<Mention> mentions, List<TimeMention> times, LocalDate date,
                               Entity speakerCountry) {
        return find(text, mentions, times, date, speakerCountry, RelationContext.NONE).relations();
    }

    /** A question that asks how something is seen: what its asking clause names is the topic, not a statement. */
    private static final Pattern ASKS_ABOUT = Pattern.compile(
            "(?:如何|怎样|怎么)(?:看待|评价|看)[^。！]*[？?]\\s*$");

    /** What one sentence gives: its relations, and the context for the sentence after it. */
    public record Found(List<Relation> relations, RelationContext next) {}

    /**
     * @param speakerCountry the country of the official who says the sentence (China for the
     *                       minister's answers), or null for questions and narration
     * @param context        what the sentences before said (for 两国, 双方 and an unstated subject)
     */
    public Found find(String text, List<Mention> mentions, List<TimeMention> times, LocalDate date,
                      Entity speakerCountry, RelationContext context) {
        return find(text, mentions, times, date, speakerCountry, context, abbreviations);
    }

    /**
     * As {@link #find(String, List, List, LocalDate, Entity, RelationContext)}, with one-character abbreviations read as the
     * text around the sentence decided (中巴 in a turn about 巴西 is China and Brazil, in a name too: 《中巴…合作协定》).
     *
     * @param abbreviationsHere the party each abbreviation stands for where the sentence is read
     */
    public Found find(String text, List<Mention> mentions, List<TimeMention> times, LocalDate date,
                      Entity speakerCountry, RelationContext context, Function<String, Optional<Entity>> abbreviationsHere) {
        List<Mention> withReferences = EventReferences.with(text, AgreementReferences.with(text, mentions, context.recentNamed()),
                context.recentNamed());
        SentenceView sentence = new SentenceView(text, withReferences, times, date, speakerCountry, abbreviationsHere, names, context);
        List<Relation> found = new ArrayList<>();
        for (RelationRule rule : rules) {
            rule.find(sentence, found);
        }
        found.removeIf(r -> heldAsAStance(r, found));
        Matcher asks = ASKS_ABOUT.matcher(text);
        if (asks.find()) { // 您如何看待两国的航天合作？: what the asking clause names is its topic, stated by nobody
            int asking = sentence.clauseStart(asks.start());
            found.removeIf(r -> r.kind() != RelationKind.PARTNERSHIP && r.begin() >= asking);
        }
        List<Relation> relations = asRestated(text, onceEach(venues.apply(RespectivePairs.apply(sentence, found), sentence.said())), context.stated());
        return new Found(relations, context.after(sentence.pairNamed()).withLeaders(sentence.headsOfStateNamed())
                .withNamed(recalled(mentions)).telling(StanceRule.toldIn(sentence)).stating(relations));
    }

    /**
     * Whether the relation is a party's taking part in an initiative that the sentence states as the same party's
     * stance on it (巴方重申坚定奉行一个中国政策: support, as the annotators read a state's holding to a principle).
     */
    private static boolean heldAsAStance(Relation relation, List<Relation> found) {
        return relation.kind() == RelationKind.INITIATIVE_PARTICIPATION && relation.object() != null
                && found.stream().anyMatch(r -> r.kind() == RelationKind.SUPPORT && relation.object().equals(r.object())
                        && Set.copyOf(r.parties()).equals(Set.copyOf(relation.parties())));
    }

    /** A sentence that opens by saying what the one before told of is (这是…首次访问日本, 这也是…). */
    private static final Pattern RESTATES = Pattern.compile("(?:这|此)(?:也|还)?是");

    /**
     * The visits of a sentence that restates the sentence before (…将对日本进行国事访问。这是中国国家元首首次访问日本): a visitor
     * it names only by a state's or body's office (美国在职总统第一次访华, 中国共产党总书记第一次访问日本) is the person the sentence
     * before named visiting the same place; and where its own words say no more than done, a visit that sentence planned
     * is planned here too.
     */
    private static List<Relation> asRestated(String text, List<Relation> found, List<Relation> visitsBefore) {
        if (visitsBefore.isEmpty() || !RESTATES.matcher(text).lookingAt()) {
            return found;
        }
        return found.stream().map(r -> r.kind() != RelationKind.VISIT ? r : restated(r, visitsBefore)).toList();
    }

    private static Relation restated(Relation visit, List<Relation> visitsBefore) {
        Relation restated = visit;
        Optional<Relation> byPersons = visitsBefore.stream().filter(b -> Objects.equals(b.object(), visit.object())
                && !b.parties().isEmpty() && b.parties().stream().allMatch(p -> p.type() == EntityType.PERSON)).findFirst();
        if (byPersons.isPresent() && visit.parties().stream().noneMatch(p -> p.type() == EntityType.PERSON)) {
            restated = restated.withParties(byPersons.get().parties());
        }
        Relation stated = restated;
        return stated.modality() != RelationModality.DONE ? stated
                : visitsBefore.stream().filter(b -> b.modality() == RelationModality.PLANNED && Objects.equals(b.object(), stated.object())
                                && !Collections.disjoint(b.parties(), stated.parties()))
                        .findFirst().map(b -> stated.withModality(b.modality())).orElse(stated);
    }

    /**
     * The persons, events and agreements a sentence names, in text order: whom 他 stands for after it, what 出席开幕式
     * attends, and what 该条约 refers to.
     */
    private static List<Entity> recalled(List<Mention> mentions) {
        return mentions.stream().map(Mention::entity).filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.EVENT
                || e.type() == EntityType.AGREEMENT).toList();
    }

    /**
     * Each relation once: two rules (or two readings of one rule) that state the same relation over
     * different spans of the sentence (在上海举办的进博会: the venue and the verb) give it once, the first;
     * a meeting of the same parties is one whatever its verbs (会谈 and 交换意见 in one sentence).
     */
    private static List<Relation> onceEach(List<Relation> found) {
        Map<List<Object>, Relation> first = new LinkedHashMap<>();
        for (Relation relation : found) {
            // one meeting however many of its words a sentence uses (举行会谈，…交换意见): its first reading
            Object action = relation.kind() == RelationKind.MEETING ? null : relation.action();
            first.putIfAbsent(Arrays.asList(relation.kind(), Set.copyOf(relation.parties()), relation.object(),
                    relation.objectText(), action, relation.modality()), relation);
        }
        // Read twice in one sentence with two modalities, at one place (此次访问还将前往…: done from the noun, planned
        // from 还将) or in two clauses (…将于春天访问日本，这是…访问日本): one relation, as the golds list one per sentence,
        // with one modality; the reading whose words said more than the default done, else the first.
        Map<List<Object>, Relation> once = new LinkedHashMap<>();
        for (Relation relation : first.values()) {
            once.merge(Arrays.asList(relation.kind(), Set.copyOf(relation.parties()), relation.object(),
                    relation.objectText(), relation.action()), relation,
                    (kept, other) -> kept.modality() == RelationModality.DONE ? other : kept);
        }
        return List.copyOf(once.values());
    }

    /** The context of an answer: the pair of parties its question named (its sentences' mentions in order). */
    public RelationContext answering(List<String> questionSentences, List<List<Mention>> questionMentions, Entity speakerCountry) {
        List<Entity> pair = List.of();
        List<Entity> asked = new ArrayList<>();
        for (int i = 0; i < questionSentences.size(); i++) {
            asked.addAll(recalled(questionMentions.get(i)));
            SentenceView sentence = new SentenceView(questionSentences.get(i), questionMentions.get(i), List.of(),
                    LocalDate.EPOCH, null, abbreviations, names, RelationContext.NONE);
            List<Entity> together = sentence.pairNamed();
            if (together.size() == 2) {
                pair = together;
            }
        }
        return RelationContext.answering(pair).withNamed(asked); // the meeting or person the question asks about
    }
}
