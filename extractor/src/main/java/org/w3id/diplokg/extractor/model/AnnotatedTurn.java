package org.w3id.diplokg.extractor.model;

import java.util.List;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * A turn whose sentences carry their mentions, with the person who speaks it (null for narration
 * and questions) and, for a question, the outlet and the country its introduction names (either
 * may be null); {@code issuers} are who issues the document where this turn names them (a joint
 * statement's lead sentence), else empty.
 */
public record AnnotatedTurn(Turn turn, Entity speaker, Entity outlet, OutletCountry outletCountry,
                            List<AnnotatedSentence> sentences, List<Entity> issuers) {
    public AnnotatedTurn {
        sentences = List.copyOf(sentences);
        issuers = List.copyOf(issuers);
    }

    /** A turn that names no issuer of its document. */
    public AnnotatedTurn(Turn turn, Entity speaker, Entity outlet, OutletCountry outletCountry, List<AnnotatedSentence> sentences) {
        this(turn, speaker, outlet, outletCountry, sentences, List.of());
    }

    /** The same turn with other sentences (an answer's as placed under its question). */
    public AnnotatedTurn withSentences(List<AnnotatedSentence> newSentences) {
        return new AnnotatedTurn(turn, speaker, outlet, outletCountry, newSentences, issuers);
    }

    /** The same turn naming who issues its document. */
    public AnnotatedTurn withIssuers(List<Entity> newIssuers) {
        return new AnnotatedTurn(turn, speaker, outlet, outletCountry, sentences, newIssuers);
    }
}
