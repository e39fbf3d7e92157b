package org.w3id.diplokg.extractor.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.diplokg.extractor.dates.ReferenceYear;
import org.w3id.diplokg.extractor.dates.TimeAnaphora;
import org.w3id.diplokg.extractor.dates.TimeExpressionFinder;
import org.w3id.diplokg.extractor.model.AnnotatedDocument;
import org.w3id.diplokg.extractor.model.AnnotatedSentence;
import org.w3id.diplokg.extractor.model.AnnotatedTurn;
import org.w3id.diplokg.extractor.model.OutletCountry;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.extractor.relate.PronounReferents;
import org.w3id.diplokg.extractor.relate.RelationContext;
import org.w3id.diplokg.extractor.relate.RelationFinder;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.resolve.AbbreviationContext;
import org.w3id.diplokg.extractor.resolve.DefinedShortForms;
import org.w3id.diplokg.extractor.resolve.MeetingsByVenue;
import org.w3id.diplokg.extractor.resolve.SeriesEditions;
import org.w3id.diplokg.extractor.resolve.MentionResolver;
import org.w3id.diplokg.extractor.resolve.IssuerFinder;
import org.w3id.diplokg.extractor.resolve.LeadIssuers;
import org.w3id.diplokg.extractor.resolve.OutletResolver;
import org.w3id.diplokg.extractor.resolve.PersonRoleFinder;
import org.w3id.diplokg.extractor.resolve.QuestionFit;
import org.w3id.diplokg.extractor.resolve.SpeakerResolver;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Annotate, resolve, dates and relate stages for one document: every sentence gets CoreNLP's entity spans,
 * which the resolver merges with gazetteer and rule matches into mentions of canonical entities
 * (with the roles stated for the people named),
 * its time expressions resolved against the document's date, and the relations its
 * mentions take part in; each question gets its outlet, and each turn with a speaker that person; an
 * answer's sentences that only may answer the question before them are marked so ({@link QuestionFit}).
 */
public final class DocumentAnnotator {
    /** Where a sentence's NER spans and words come from; tests may run without CoreNLP by passing NONE. */
    public interface EntityTagger {
        Tagging tag(String sentence);

        /** Tags many sentences; taggers with a fixed cost per call override it to batch. */
        default List<Tagging> tagAll(List<String> sentences) {
            return sentences.stream().map(this::tag).toList();
        }

        EntityTagger NONE = sentence -> Tagging.NONE;
    }

    private final EntityTagger tagger;
    private final MentionResolver mentions;
    private final OutletResolver outlets;
    private final SpeakerResolver speakers;
    private final TimeExpressionFinder times;
    private final RelationFinder relations;
    private final PersonRoleFinder roles = new PersonRoleFinder();
    private final Entity speakerCountry;

    /**
     * @param speakerCountry the country whose officials answer (China): "我们" in their answers is it
     */
    public DocumentAnnotator(EntityTagger tagger, MentionResolver mentions, OutletResolver outlets, SpeakerResolver speakers,
                             TimeExpressionFinder times, RelationFinder relations, Entity speakerCountry) {
        this.tagger = tagger;
        this.mentions = mentions;
        this.outlets = outlets;
        this.speakers = speakers;
        this.times = times;
        this.relations = relations;
        this.speakerCountry = speakerCountry;
    }

    /** The annotator a build uses: the gazetteer's names and rules around {@code tagger}, answers spoken for China. */
    public static DocumentAnnotator standard(EntityTagger tagger, Gazetteer gazetteer) {
        return new DocumentAnnotator(tagger, new MentionResolver(gazetteer), new OutletResolver(gazetteer),
                new SpeakerResolver(gazetteer), new TimeExpressionFinder(), new RelationFinder(gazetteer),
                gazetteer.byKey(EntityType.COUNTRY, "CN").orElseThrow());
    }

    /** Annotates the whole document at once (for tests and small inputs). */
    public AnnotatedDocument annotate(Document document) {
        List<AnnotatedTurn> turns = new ArrayList<>();
        annotateLazily(document).forEach(turns::add);
        return new AnnotatedDocument(document, turns);
    }

    /**
     * The document's turns annotated one at a time as they are iterated, for long transcripts; each
     * answer reuses the mentions already found in the question before it, and is placed under the
     * last question asked before it.
     */
    public Iterable<AnnotatedTurn> annotateLazily(Document document) {
        return () -> new java.util.Iterator<>() {
            private int index;
            private AnnotatedTurn previous;
            private AnnotatedTurn lastQuestion;
            private final AbbreviationContext whole = mentions.documentContext(wholeText(document));
            private final QuestionFit fit = new QuestionFit(document, speakerCountry);
            private List<Entity> signatories = List.of();
            private final Set<String> outletNames = outletNames(document);
            private final DefinedShortForms shortForms = new DefinedShortForms();
            private final SeriesEditions editions = new SeriesEditions();
            private final MeetingsByVenue venues = new MeetingsByVenue();
            /** The heads of state the document has named so far, by state: who 两国元首 are in a later turn. */
            private final Map<Entity, Entity> leaders = new HashMap<>();
            /** A joint document's lead, read for who issues it. */
            private final LeadIssuers lead = new LeadIssuers(LEAD_SENTENCES);

            @Override
            public boolean hasNext() {
                return index < document.turns().size();
            }

            @Override
            public AnnotatedTurn next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                previous = annotate(document, index++, previous, whole, signatories, outletNames, shortForms, editions, venues, leaders);
                if (previous.turn().kind() == TurnKind.QUESTION) {
                    lastQuestion = previous;
                } else if (previous.turn().kind() == TurnKind.ANSWER && lastQuestion != null) {
                    previous = placed(previous, fit.place(lastQuestion, previous.sentences()));
                }
                if (index == 1) {
                    signatories = signatoriesOf(previous);
                    previous = withIssuingBody(previous);
                } else if (!signatories.isEmpty() && lead.reading()) {
                    previous = withIssuers(previous, lead);
                }
                return previous;
            }
        };
    }

    /**
     * Annotates the document's turn at {@code index}; {@code previous} is the turn before it, annotated
     * (or null); {@code whole} what the whole document decides about abbreviations; {@code shortForms}
     * the short forms the document has defined so far (it learns those of this turn); {@code editions} the series of
     * meetings it has named so far (it learns those of this turn); {@code venues} the meetings it has told held at a place
     * so far (it learns those of this turn); {@code leaders} the heads
     * of state it has named so far (it learns those of this turn).
     */
    private AnnotatedTurn annotate(Document document, int index, AnnotatedTurn previous, AbbreviationContext whole,
                                   List<Entity> signatories, Set<String> outletNames, DefinedShortForms shortForms,
                                   SeriesEditions editions, MeetingsByVenue venues, Map<Entity, Entity> leaders) {
        Turn turn = document.turns().get(index);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<Tagging> taggings = tagger.tagAll(turn.sentences().stream().map(Sentence::text).toList());
        AbbreviationContext context = mentions.contextOf(context(document, index), whole);
        Function<String, Optional<Entity>> partiesAbbreviated = character -> mentions.abbreviationIn(character, context);
        Entity speaker = turn.speaker() == null ? null : speakers.resolve(turn.speaker());
        boolean official = turn.kind() == TurnKind.ANSWER || turn.kind() == TurnKind.REMARKS;
        RelationContext before = questionContext(turn, previous).inDocumentOf(signatories).spokenBy(official ? speaker : null)
                .addressedTo(turn.kind() == TurnKind.QUESTION ? answerer(document, index) : null).withLeaders(leaders);
        ReferenceYear yearTalkedOf = new ReferenceYear(document.date());
        TimeAnaphora toldFromBefore = new TimeAnaphora();
        PronounReferents pronouns = new PronounReferents(speaker);
        for (int i = 0; i < turn.sentences().size(); i++) {
            Sentence sentence = turn.sentences().get(i);
            String text = sentence.text();
            List<Mention> found = venues.apply(text, mentions.asOf(editions.apply(text,
                    shortForms.apply(text, asOutlets(mentions.resolve(text, taggings.get(i), context), outletNames))), document.date()));
            List<TimeMention> timesFound = toldFromBefore.resolve(yearTalkedOf.anchor(text, times.find(text, document.date())));
            Entity speaking = official ? speakerCountry : null;
            RelationFinder.Found related = relations.find(text, pronouns.withReferents(text, found), timesFound, document.date(),
                    speaking, before, partiesAbbreviated);
            pronouns.learn(found);
            before = related.next();
            sentences.add(new AnnotatedSentence(sentence, found, timesFound, related.relations(), roles.find(text, found)));
        }
        leaders.putAll(before.leaders());
        Entity outlet = turn.kind() == TurnKind.QUESTION && turn.outlet() != null ? outlets.resolve(turn.outlet()) : null;
        OutletCountry outletCountry = outlet == null ? null : outlets.country(turn.outlet()).orElse(null);
        return new AnnotatedTurn(turn, speaker, outlet, outletCountry, sentences);
    }

    /** Who answers the question at {@code index}: the speaker of the answer right after it, or null. */
    private Entity answerer(Document document, int index) {
        if (index + 1 >= document.turns().size()) {
            return null;
        }
        Turn next = document.turns().get(index + 1);
        return next.kind() == TurnKind.ANSWER && next.speaker() != null ? speakers.resolve(next.speaker()) : null;
    }

    /**
     * A body or title named as one of the document's outlets (the interview's 南非独立传媒集团, a question's 《号外》,
     * 《马尼拉公报》 that a rule read as a communiqué) is that outlet, a news organization, however a rule typed it:
     * the outlets ask, they are not what the statements are about.
     */
    private static final Set<EntityType> NAMED_LIKE_OUTLETS = EnumSet.of(EntityType.ORGANIZATION, EntityType.AGREEMENT);

    private List<Mention> asOutlets(List<Mention> found, Set<String> named) {
        if (named.isEmpty()) {
            return found;
        }
        return found.stream().map(m -> NAMED_LIKE_OUTLETS.contains(m.entity().type()) && named.contains(m.surface())
                ? m.naming(outlets.resolve(m.surface())) : m).toList();
    }

    /**
     * The outlets the document's questions are asked by, by name as written and by the name the outlet goes by (菲律宾
     * 《马尼拉公报》 is 马尼拉公报).
     */
    private Set<String> outletNames(Document document) {
        return document.turns().stream().filter(t -> t.kind() == TurnKind.QUESTION && t.outlet() != null)
                .flatMap(t -> Stream.of(OutletResolver.name(t.outlet()), outlets.resolve(t.outlet()).zhLabel()))
                .collect(Collectors.toSet());
    }

    /** The answer with its sentences as placed under their question. */
    private static AnnotatedTurn placed(AnnotatedTurn answer, List<AnnotatedSentence> sentences) {
        return answer.withSentences(sentences);
    }

    /**
     * For an answer, the parties its question named together (双方 in the answer may be them) and the visits it
     * stated; else nothing. The question's mentions are those found when it was annotated: it is not tagged twice.
     */
    private RelationContext questionContext(Turn turn, AnnotatedTurn previous) {
        if (turn.kind() != TurnKind.ANSWER || previous == null || previous.turn().kind() != TurnKind.QUESTION) {
            return RelationContext.NONE;
        }
        List<String> texts = previous.sentences().stream().map(s -> s.sentence().text()).toList();
        List<List<Mention>> found = previous.sentences().stream().map(AnnotatedSentence::mentions).toList();
        // the visits it asks about: which visit 这次访问 in the answer is
        return relations.answering(texts, found, speakerCountry)
                .withVisitsTold(previous.sentences().stream().flatMap(s -> s.relations().stream()).toList());
    }

    /**
     * The parties of a joint document: the two or more its title line names as an agreement's parties
     * (中华人民共和国和乌兹别克斯坦共和国关于…的联合声明), when its first turn is such a title; else none.
     */
    private static List<Entity> signatoriesOf(AnnotatedTurn first) {
        if (first.turn().kind() != TurnKind.NARRATION || first.sentences().size() != 1) {
            return List.of();
        }
        AnnotatedSentence title = first.sentences().get(0);
        String text = title.sentence().text().strip();
        boolean wholeLine = title.mentions().stream()
                .anyMatch(m -> m.entity().type() == EntityType.AGREEMENT && m.surface().strip().equals(text));
        return !wholeLine ? List.of() : title.relations().stream()
                .filter(r -> r.kind() == RelationKind.AGREEMENT_PARTY && r.parties().size() >= 2)
                .map(Relation::parties).findFirst().orElse(List.of());
    }

    /** A joint document's lead sentence comes first after its title and dateline. */
    private static final int LEAD_SENTENCES = 3;

    /** The turn with the issuers its sentences name as a joint document's lead ({@link LeadIssuers}), if any. */
    private static AnnotatedTurn withIssuers(AnnotatedTurn turn, LeadIssuers lead) {
        for (AnnotatedSentence sentence : turn.sentences()) {
            if (!lead.reading()) {
                break;
            }
            List<Entity> issuers = lead.read(sentence.sentence().text(), sentence.mentions());
            if (!issuers.isEmpty()) {
                return turn.withIssuers(issuers);
            }
        }
        return turn;
    }

    /** A title that is a body's own statement (中华人民共和国外交部关于…的声明) names who issues the document. */
    private static AnnotatedTurn withIssuingBody(AnnotatedTurn title) {
        if (title.turn().kind() != TurnKind.NARRATION || title.sentences().size() != 1) {
            return title;
        }
        AnnotatedSentence line = title.sentences().get(0);
        List<Entity> body = IssuerFinder.bodyOfTitle(line.sentence().text(), line.mentions());
        return body.isEmpty() ? title : title.withIssuers(body);
    }

    private static String wholeText(Document document) {
        StringBuilder text = new StringBuilder();
        document.turns().forEach(turn -> turn.sentences().forEach(s -> text.append(s.text()).append('\n')));
        return text.toString();
    }

    /** The text an ambiguous abbreviation is read against: the turn (a question with its outlet), and for an answer the question and outlet before it. */
    private static String context(Document document, int index) {
        Turn turn = document.turns().get(index);
        StringBuilder context = new StringBuilder();
        if (turn.kind() == TurnKind.QUESTION && turn.outlet() != null) {
            context.append(turn.outlet()).append('\n'); // 印度报业托拉斯记者：中印关系…: the outlet's country is the question's 印
        }
        if (turn.kind() == TurnKind.ANSWER && index > 0 && document.turns().get(index - 1).kind() == TurnKind.QUESTION) {
            Turn question = document.turns().get(index - 1);
            if (question.outlet() != null) {
                context.append(question.outlet()).append('\n');
            }
            question.sentences().forEach(s -> context.append(s.text()).append('\n'));
        }
        turn.sentences().forEach(s -> context.append(s.text()).append('\n'));
        return context.toString();
    }
}
