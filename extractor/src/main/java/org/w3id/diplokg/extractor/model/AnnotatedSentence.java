package org.w3id.diplokg.extractor.model;

import java.util.List;

/**
 * A sentence with the entity mentions, the roles it states for people, time mentions and relations found in it.
 * {@code questionUncertain} is for an answer's sentence: true when it sits under a question it may not
 * answer (a page jump lies between them, or the layout may have moved its paragraph there), so it is
 * only said to {@code dkg:mayAnswer} that question.
 */
public record AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations,
                                List<PersonRole> roles, boolean questionUncertain) {
    public AnnotatedSentence {
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        relations = List.copyOf(relations);
        roles = List.copyOf(roles);
    }

    /** A sentence whose question, if it answers one, is not in doubt. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations,
                             List<PersonRole> roles) {
        this(sentence, mentions, times, relations, roles, false);
    }

    /** A sentence with no roles found. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times, List<Relation> relations) {
        this(sentence, mentions, times, relations, List.of());
    }

    /** A sentence before relations are looked for. */
    public AnnotatedSentence(Sentence sentence, List<Mention> mentions, List<TimeMention> times) {
        this(sentence, mentions, times, List.of(), List.of());
    }

    /** The same sentence, said only to {@code dkg:mayAnswer} the question it sits under. */
    public AnnotatedSentence withQuestionUncertain() {
        return new AnnotatedSentence(sentence, mentions, times, relations, roles, true);
    }
}
