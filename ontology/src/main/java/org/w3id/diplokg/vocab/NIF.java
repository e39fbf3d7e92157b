package org.w3id.diplokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of NIF 2.0 Core that diplokg uses to anchor mentions in statement text. */
public final class NIF {
    private NIF() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    /** A text whose string is given by nif:isString. */
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    /** A span of a context. */
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
    /** A context's text. */
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    /** The context a phrase lies in. */
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    /** The text of a phrase. */
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    /** Code-point offset of a phrase's first character in its context. */
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    /** Code-point offset just past a phrase's last character. */
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
}
