package org.w3id.diplokg.extractor.model;

import java.util.List;

/**
 * One speaker's turn: a question, an answer, remarks or narration.
 *
 * @param kind      what the turn is
 * @param speaker   who speaks (王毅), or null for narration and questions
 * @param outlet    for a question, the asking outlet as written (e.g. 中央广播电视总台央视), else null
 * @param sentences its sentences in order
 */
public record Turn(TurnKind kind, String speaker, String outlet, List<Sentence> sentences) {
    public Turn {
        sentences = List.copyOf(sentences);
    }
}
