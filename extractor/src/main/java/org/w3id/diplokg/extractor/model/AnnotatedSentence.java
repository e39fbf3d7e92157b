package org.w3id.diplokg.extractor.model;

import java.util.List;

/** A sentence with the entity mentions, the roles it states for people, time mentions and relations found in it. */
public record AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations,
                                List<PersonRole> roles) {
    public AnnotatedSentence {
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        relations = List.copyOf(relations);
        roles = List.copyOf(roles);
    }

    /** A sentence with no roles found. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations) {
        this(sentence, mentions, times, relations, List.of());
    }

    /** A sentence before relations are looked for. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times) {
        this(sentence, mentions, times, List.of(), List.of());
    }
}
