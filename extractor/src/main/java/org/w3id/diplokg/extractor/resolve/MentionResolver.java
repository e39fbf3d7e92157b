package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Resolve stage: finds the mentions of entities in one sentence by combining the gazetteer, the
 * pattern rules and CoreNLP's entity spans, keeping for each stretch of text the longest reading
 * (on a tie: gazetteer, then rule, then NER; only a nesting reading such as a title keeps the readings
 * inside it), and resolving each mention to one canonical entity.
 */
public final class MentionResolver {
    private final NameMatcher names;
    private final PartyAbbreviations abbreviations;
    private final CompoundRule compounds;
    private final TitleRule titles;
    private final NerSpanResolver ner;
    private final OneCharacterNameRule oneCharacterNames;
    private final MeetingRule meetings;
    private final HeadWordRule headWords;
    private final AffixedPartyRule affixedParties;
    private final OfficeTitleRule officeTitles;
    private final MissionRule missions;
    private final FormulaFrameworkRule formulaFrameworks;
    private final StormRule storms;
    private final AgreementVersionRule agreementVersions;
    private final PointsConsensusRule pointsConsensus;
    private final CountedProposalRule countedProposals;
    private final EstablishmentProposalRule establishmentProposals;
    private final HeldMeetingRule heldMeetings;
    private final NumberedResolutionRule numberedResolutions;
    private final TitledNameRule titledNames;
    private final ListedDocumentsRule listedDocuments;
    private final TerritoriesBeforeStatehood territories;
    private final EventsNotYetHeld laterEvents = new EventsNotYetHeld();

    public MentionResolver(Gazetteer gazetteer) {
        this.names = new NameMatcher(gazetteer);
        this.abbreviations = new PartyAbbreviations(gazetteer);
        this.compounds = new CompoundRule(gazetteer, abbreviations);
        this.titles = new TitleRule(gazetteer);
        this.ner = new NerSpanResolver(gazetteer);
        this.oneCharacterNames = new OneCharacterNameRule(gazetteer);
        this.meetings = new MeetingRule(gazetteer, abbreviations);
        this.headWords = new HeadWordRule(gazetteer);
        this.affixedParties = new AffixedPartyRule(gazetteer, abbreviations);
        this.officeTitles = new OfficeTitleRule(gazetteer);
        this.missions = new MissionRule(gazetteer);
        this.formulaFrameworks = new FormulaFrameworkRule();
        this.storms = new StormRule();
        this.agreementVersions = new AgreementVersionRule(gazetteer);
        this.pointsConsensus = new PointsConsensusRule();
        this.countedProposals = new CountedProposalRule(gazetteer);
        this.establishmentProposals = new EstablishmentProposalRule(gazetteer);
        this.heldMeetings = new HeldMeetingRule(gazetteer);
        this.numberedResolutions = new NumberedResolutionRule(gazetteer);
        this.titledNames = new TitledNameRule(gazetteer);
        this.listedDocuments = new ListedDocumentsRule(gazetteer);
        this.territories = new TerritoriesBeforeStatehood(gazetteer);
    }

    /** The sentence's mentions in text order; offsets are UTF-16 indices into {@code sentence}. */
    public List<Mention> resolve(String sentence, Tagging tagging) {
        return resolve(sentence, tagging, AbbreviationContext.NONE);
    }

    /**
     * The mentions as a text of {@code day} means them: a state named before it was one is the territory it was, and
     * an event listed for a year the day could not yet speak of is another, named as written.
     */
    public List<Mention> asOf(List<Mention> found, java.time.LocalDate day) {
        return laterEvents.asOf(territories.asOf(found, day), day);
    }

    /** Reads a whole document once for the abbreviations its turns leave open (中乌 beside 乌兹别克斯坦). */
    public AbbreviationContext documentContext(String text) {
        return abbreviations.document(text);
    }

    /**
     * Reads the text around sentences (a turn and the question it answers) once, over what the
     * document decided, for {@link #resolve(String, Tagging, AbbreviationContext)}.
     */
    public AbbreviationContext contextOf(String text, AbbreviationContext document) {
        return abbreviations.within(text, document);
    }

    /**
     * The party a one-character abbreviation the reference list reads stands for where {@code context} was read (巴 in a
     * turn about 巴西), if any. One that only a cue makes a party (联 of 联邦德国, 南 of 南非) stays unread: inside the words
     * of a name (中英联合联络小组, 南海) it is no party, which the resolver's compounds tell and a name's words do not.
     */
    public Optional<Entity> abbreviationIn(String character, AbbreviationContext context) {
        return abbreviations.onlyCued(character) ? Optional.empty() : abbreviations.party(character, context);
    }

    /**
     * As {@link #resolve(String, Tagging)}, with what {@link #contextOf} read around the sentence to
     * decide abbreviations the sentence leaves open (巴方 after a question about 巴西).
     */
    public List<Mention> resolve(String sentence, Tagging tagging, AbbreviationContext context) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(titles.find(sentence));
        candidates.addAll(names.find(sentence, tagging));
        candidates.addAll(compounds.find(sentence, tagging, context));
        candidates.addAll(oneCharacterNames.find(sentence, tagging));
        candidates.addAll(meetings.find(sentence, abbreviations.within(sentence, context)));
        candidates.addAll(headWords.find(sentence, tagging));
        candidates.addAll(affixedParties.find(sentence, tagging, context));
        candidates.addAll(officeTitles.find(sentence));
        candidates.addAll(missions.find(sentence));
        candidates.addAll(formulaFrameworks.find(sentence));
        candidates.addAll(storms.find(sentence));
        candidates.addAll(agreementVersions.find(sentence));
        candidates.addAll(pointsConsensus.find(sentence));
        candidates.addAll(countedProposals.find(sentence));
        candidates.addAll(establishmentProposals.find(sentence));
        candidates.addAll(heldMeetings.find(sentence));
        candidates.addAll(numberedResolutions.find(sentence));
        candidates.addAll(titledNames.find(sentence, tagging));
        candidates.addAll(listedDocuments.find(sentence));
        candidates.addAll(ner.resolve(sentence, tagging));
        candidates.removeAll(endingInsideAKnownName(candidates));
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> candidate.overlaps(k) && !k.holds(candidate))) {
                kept.add(candidate);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        kept.forEach(candidate -> mentions.addAll(candidate.mentions()));
        mentions.sort(Comparator.comparingInt(Mention::begin));
        // 两国外交部, 蒙古国外交部长: whichever reading found 外交部, another's or several states' ministries are not China's
        List<Mention> all = List.copyOf(mentions);
        mentions.removeIf(mention -> NameMatcher.namesAnothersMinistry(sentence, mention, all));
        return NameInitials.widen(sentence, mentions);
    }

    /**
     * A rule's reading that ends inside a longer name the gazetteer knows, which takes in more than the reading's head
     * word (不结盟运动和伊斯兰会议 of 伊斯兰会议组织): its head is no head, but a word inside that name. A known name that
     * begins with the head alone does not count (德国统一社会主义党 before 中央 of 党中央).
     */
    private static List<Candidate> endingInsideAKnownName(List<Candidate> candidates) {
        List<Candidate> known = candidates.stream().filter(c -> c.priority() == Candidate.GAZETTEER).toList();
        return candidates.stream().filter(c -> c.priority() == Candidate.RULE)
                .filter(c -> known.stream().anyMatch(k -> c.begin() < k.begin() && c.end() - k.begin() > HEAD_WORD && c.end() < k.end()))
                .toList();
    }

    /** The most characters of a head word (会议, 组织, 党). */
    private static final int HEAD_WORD = 2;
}
