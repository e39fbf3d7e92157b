package org.w3id.diplokg.extractor.model;

import java.util.List;

/** A sentence with the entity and time mentions found in it. */
public record AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times) {
    public AnnotatedSentence {
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }
}
