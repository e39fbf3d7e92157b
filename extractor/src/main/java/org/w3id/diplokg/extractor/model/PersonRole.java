package org.w3id.diplokg.extractor.model;

/**
 * The title a sentence gives a person next to the name (习近平主席: 主席), as stated then.
 *
 * @param person the person's mention
 * @param title  the title as written
 */
public record PersonRole(Mention person, String title) {}
