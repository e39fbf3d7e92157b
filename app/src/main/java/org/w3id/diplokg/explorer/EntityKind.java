package org.w3id.diplokg.explorer;

import java.util.Arrays;
import java.util.Optional;
import org.w3id.diplokg.gazetteer.EntityType;

/** The entity types as the explorer names them, in the order the overview lists them. */
enum EntityKind {
    COUNTRY(EntityType.COUNTRY, "国家", "Countries"),
    ORGANIZATION(EntityType.ORGANIZATION, "组织", "Organizations"),
    AGREEMENT(EntityType.AGREEMENT, "协定", "Agreements"),
    INITIATIVE(EntityType.INITIATIVE, "倡议", "Initiatives"),
    REGION(EntityType.REGION, "地区", "Regions"),
    PERSON(EntityType.PERSON, "人物", "Persons"),
    EVENT(EntityType.EVENT, "事件", "Events"),
    NEWS_ORGANIZATION(EntityType.NEWS_ORGANIZATION, "新闻机构", "News organizations");

    private final EntityType type;
    private final String zh;
    private final String en;

    EntityKind(EntityType type, String zh, String en) {
        this.type = type;
        this.zh = zh;
        this.en = en;
    }

    String classIri() { return type.ontologyClass().getURI(); }

    String cssName() { return type.pathSegment(); }

    String title(Lang lang) { return lang == Lang.ZH ? zh : en; }

    /** The kind whose {@link #cssName} (the URL's {@code kind} parameter) is {@code name}. */
    static Optional<EntityKind> ofName(String name) {
        return Arrays.stream(values()).filter(k -> k.cssName().equals(name)).findFirst();
    }

    static Optional<EntityKind> ofClass(String iri) {
        return Arrays.stream(values()).filter(k -> k.classIri().equals(iri)).findFirst();
    }
}
