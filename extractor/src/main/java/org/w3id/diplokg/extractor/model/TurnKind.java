package org.w3id.diplokg.extractor.model;

/** What a turn of a transcript is. */
public enum TurnKind {
    /** Reporter's narration: datelines, introductions (no speaker from the transcript). */
    NARRATION,
    /** A reporter's question. */
    QUESTION,
    /** An answer to the preceding question. */
    ANSWER,
    /** A speaker's own remarks that answer no question (opening remarks). */
    REMARKS
}
