package org.w3id.diplokg.extractor.model;

/** How a mention was found; each becomes an itsrdf:taAnnotatorsRef IRI. */
public enum Annotator {
    /** A name or alias from the gazetteer matched the text. */
    GAZETTEER,
    /** CoreNLP's Chinese named-entity recogniser tagged it. */
    NER,
    /** A pattern rule (bilateral compound, 方-form, 《title》, quoted initiative) matched. */
    RULE;

    /** Lower-case name used in the annotator's IRI. */
    public String slug() { return name().toLowerCase(java.util.Locale.ROOT); }
}
