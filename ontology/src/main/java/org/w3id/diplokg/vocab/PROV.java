package org.w3id.diplokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of PROV-O that diplokg uses to record how a graph was built. */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
}
