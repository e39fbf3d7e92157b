package org.w3id.diplokg.extractor.structure;

import java.time.LocalDate;

/** A document's event date and how it was found: "manifest", "dateline", "header". */
record DocumentDate(LocalDate date, String source) {}
