package org.w3id.diplokg.extractor.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * Relate stage: the typed relations a sentence asserts, found by rules over its resolved mentions
 * and times (it needs the resolve and dates stages; it adds {@link Relation}s).
 */
public final class RelationFinder {
    private final List<RelationRule> rules = List.of(new PartnershipRule(), new AgreementActionRule(),
            new MembershipRule(), new AnniversaryRule(), new StanceRule(), new InitiativeParticipationRule());

    /**
     * @param speakerCountry the country of the official who says the sentence (China for the
     *                       minister's answers), or null for questions and narration
     */
    public List<Relation> find(String text, List<Mention> mentions, List<TimeMention> times, LocalDate date,
                               Entity speakerCountry) {
        SentenceView sentence = new SentenceView(text, mentions, times, date.getYear(), speakerCountry);
        List<Relation> found = new ArrayList<>();
        for (RelationRule rule : rules) {
            rule.find(sentence, found);
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }
}
