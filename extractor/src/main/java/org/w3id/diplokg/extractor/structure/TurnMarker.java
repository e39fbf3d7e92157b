package org.w3id.diplokg.extractor.structure;

import org.w3id.diplokg.extractor.model.TurnKind;

/**
 * Where a turn starts: a question by an outlet's reporter, a speaker's answer, or a moderator's words.
 *
 * @param position index in the text where the marker starts
 * @param textStart index where the turn's own words start (after "王毅：")
 * @param kind      QUESTION, ANSWER for a speaker (REMARKS is decided later), or NARRATION for a moderator
 * @param who       the outlet for a question (may be null), the speaker for an answer
 */
record TurnMarker(int position, int textStart, TurnKind kind, String who) {}
