package org.w3id.diplokg.gazetteer;

import org.apache.jena.rdf.model.Resource;
import org.w3id.diplokg.vocab.DKG;

/** The kinds of entity the graph resolves mentions to, each with its ontology class and IRI path. */
public enum EntityType {
    COUNTRY(DKG.Country, "country"),
    ORGANIZATION(DKG.Organization, "organization"),
    NEWS_ORGANIZATION(DKG.NewsOrganization, "outlet"),
    AGREEMENT(DKG.Agreement, "agreement"),
    INITIATIVE(DKG.Initiative, "initiative"),
    REGION(DKG.Region, "region"),
    PERSON(DKG.Person, "person"),
    EVENT(DKG.Event, "event");

    private final Resource ontologyClass;
    private final String pathSegment;

    EntityType(Resource ontologyClass, String pathSegment) {
        this.ontologyClass = ontologyClass;
        this.pathSegment = pathSegment;
    }

    public Resource ontologyClass() { return ontologyClass; }

    /** The segment under {@link DKG#ID} where entities of this type live, e.g. "country". */
    public String pathSegment() { return pathSegment; }
}
