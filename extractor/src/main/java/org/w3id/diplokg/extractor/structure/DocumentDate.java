package org.w3id.diplokg.extractor.structure;

import java.time.LocalDate;

/**
 * A document's event date and how it was found.
 *
 * @param date     the event date
 * @param source   the way it was stated: "manifest", "dateline", "event line", "signing clause",
 *                 "opening sentence",
 *                 "header", "text", "session" (see {@link DocumentDateFinder})
 * @param evidence the text it was read from (the manifest's line for "manifest")
 */
record DocumentDate(LocalDate date, String source, String evidence) {}
