package org.w3id.diplokg.extractor.model;

import java.util.List;

/** A turn whose sentences carry their mentions; the outlet is resolved for questions. */
public record AnnotatedTurn(Turn turn, org.w3id.diplokg.gazetteer.Entity outlet, List<AnnotatedSentence> sentences) {
    public AnnotatedTurn {
        sentences = List.copyOf(sentences);
    }
}
