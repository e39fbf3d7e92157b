package org.w3id.diplokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of ITS 2.0 RDF (text analysis) that diplokg uses to link mentions to entities. */
public final class ITSRDF {
    private ITSRDF() {}

    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PREFIX = "itsrdf";

    /** The entity a mention refers to. */
    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
    /** How sure the annotator is (0..1). */
    public static final Property taConfidence = ResourceFactory.createProperty(NS + "taConfidence");
    /** Which annotator found the mention. */
    public static final Property taAnnotatorsRef = ResourceFactory.createProperty(NS + "taAnnotatorsRef");
}
