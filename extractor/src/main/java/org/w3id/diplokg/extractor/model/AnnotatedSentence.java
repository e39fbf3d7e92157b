package org.w3id.diplokg.extractor.model;

import java.util.List;

/** A sentence with the entity mentions, time mentions and relations found in it. */
public record AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations) {
    public AnnotatedSentence {
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        relations = List.copyOf(relations);
    }

    /** A sentence before relations are looked for. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times) {
        this(sentence, mentions, times, List.of());
    }
}
