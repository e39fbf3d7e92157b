package org.w3id.diplokg.extractor.model;

import org.w3id.diplokg.gazetteer.Entity;

/**
 * The country an outlet's introduction names before the outlet (新加坡 in 新加坡《联合早报》记者).
 *
 * @param surface the country's name as written
 * @param country the country
 */
public record OutletCountry(String surface, Entity country) {}
