package org.w3id.diplokg.extractor.model;

import java.util.List;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * A turn whose sentences carry their mentions, with the person who speaks it (null for narration
 * and questions) and, for a question, the outlet and the country its introduction names (either
 * may be null).
 */
public record AnnotatedTurn(Turn turn, Entity speaker, Entity outlet, OutletCountry outletCountry,
                            List<AnnotatedSentence> sentences) {
    public AnnotatedTurn {
        sentences = List.copyOf(sentences);
    }
}
