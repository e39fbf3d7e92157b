package org.w3id.diplokg.explorer;

import java.util.Arrays;
import java.util.Optional;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * The entity types in the order the overview lists them; each is named by its ontology class's
 * label (the pages switch on the kind, so it stays an enum; {@code EntityKindTest} checks it
 * covers the ontology's entity classes).
 */
enum EntityKind {
    COUNTRY(EntityType.COUNTRY),
    ORGANIZATION(EntityType.ORGANIZATION),
    AGREEMENT(EntityType.AGREEMENT),
    INITIATIVE(EntityType.INITIATIVE),
    REGION(EntityType.REGION),
    PERSON(EntityType.PERSON),
    EVENT(EntityType.EVENT),
    NEWS_ORGANIZATION(EntityType.NEWS_ORGANIZATION);

    private final EntityType type;

    EntityKind(EntityType type) {
        this.type = type;
    }

    String classIri() { return type.ontologyClass().getURI(); }

    String cssName() { return type.pathSegment(); }

    /** The class's label in the ontology (国家, Country). */
    String title(Lang lang) { return OntologyTerms.label(classIri(), lang); }

    /** The kind whose {@link #cssName} (the URL's {@code kind} parameter) is {@code name}. */
    static Optional<EntityKind> ofName(String name) {
        return Arrays.stream(values()).filter(k -> k.cssName().equals(name)).findFirst();
    }

    static Optional<EntityKind> ofClass(String iri) {
        return Arrays.stream(values()).filter(k -> k.classIri().equals(iri)).findFirst();
    }
}
