package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Turns CoreNLP's entity spans into candidates. A place is kept only when the gazetteer knows its
 * name; an unknown organization or person becomes a new entity, unless the span is one of
 * CoreNLP's merges of two names (联合国乌克兰, 中国东盟) or carries date or number debris.
 */
final class NerSpanResolver {
    static final double KNOWN_CONFIDENCE = 0.8;
    static final double NEW_PERSON_CONFIDENCE = 0.7;
    static final double NEW_ORGANIZATION_CONFIDENCE = 0.5;
    private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "GPE", "LOCATION", "STATE_OR_PROVINCE", "CITY", "NATIONALITY");

    private final Gazetteer gazetteer;

    NerSpanResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> resolve(List<NerSpan> spans) {
        List<Candidate> found = new ArrayList<>();
        for (NerSpan span : spans) {
            Optional<Entity> known = gazetteer.byName(span.text());
            Entity entity = null;
            double confidence = KNOWN_CONFIDENCE;
            if (known.isPresent()) {
                entity = known.get();
            } else if (span.tag().equals("PERSON") && span.text().matches("[\\p{IsHan}·]{2,8}")) {
                entity = new Entity(span.text(), EntityType.PERSON, span.text(), null, List.of(), null, true, null);
                confidence = NEW_PERSON_CONFIDENCE;
            } else if (span.tag().equals("ORGANIZATION") && plausibleNewOrganization(span.text())) {
                entity = new Entity(span.text(), EntityType.ORGANIZATION, span.text(), null, List.of(), null, true, null);
                confidence = NEW_ORGANIZATION_CONFIDENCE;
            } else if (PLACE_TAGS.contains(span.tag())) {
                continue; // places the gazetteer does not know are cities and provinces: not resolved
            }
            if (entity != null) {
                Mention mention = new Mention(span.begin(), span.end(), span.text(), entity, confidence, Annotator.NER);
                found.add(new Candidate(span.begin(), span.end(), Candidate.NER, List.of(mention)));
            }
        }
        return found;
    }

    private boolean plausibleNewOrganization(String text) {
        if (text.length() < 3 || !text.matches("[\\p{IsHan}A-Za-z·]+") || text.endsWith("年") || text.endsWith("会议")) {
            return false;
        }
        for (String name : gazetteer.names().keySet()) {
            if (name.length() >= 2 && text.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
