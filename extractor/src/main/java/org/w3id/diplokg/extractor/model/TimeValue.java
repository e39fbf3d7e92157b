package org.w3id.diplokg.extractor.model;

import java.time.LocalDate;

/**
 * A time resolved against the document date.
 *
 * @param lexical  the value as written in XSD, e.g. "2021", "2021-03", "2021-03-07"
 * @param datatype which XSD type: "date", "gYearMonth" or "gYear"
 * @param start    first day of the period
 * @param end      last day of the period
 */
public record TimeValue(String lexical, String datatype, LocalDate start, LocalDate end) {}
