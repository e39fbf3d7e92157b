package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * Reads a joint document's lead, its first sentences in turn, for who issues it ({@link IssuerFinder}): the hosts
 * and guests an invitation names; or, where it names a government as host and one guest, the guest and the person
 * who holds talks with them in the sentences after.
 */
public final class LeadIssuers {
    private int sentencesLeft;
    private Entity soleGuest;

    /** @param sentences how many of the body's first sentences may be its lead */
    public LeadIssuers(int sentences) {
        this.sentencesLeft = sentences;
    }

    /** Whether sentences are still read as the lead: none once the issuers are found or the lead is past. */
    public boolean reading() {
        return sentencesLeft > 0;
    }

    /** The issuers this sentence completes, in order; empty while none are found. */
    public List<Entity> read(String sentence, List<Mention> mentions) {
        if (sentencesLeft <= 0) {
            return List.of();
        }
        sentencesLeft--;
        List<Entity> issuers = IssuerFinder.find(sentence, mentions);
        if (issuers.isEmpty() && soleGuest == null) {
            soleGuest = IssuerFinder.soleGuest(sentence, mentions).orElse(null);
        } else if (issuers.isEmpty()) {
            issuers = IssuerFinder.talksHost(sentence, mentions, soleGuest).map(host -> List.of(soleGuest, host)).orElse(List.of());
        }
        if (!issuers.isEmpty()) {
            sentencesLeft = 0;
        }
        return issuers;
    }
}
