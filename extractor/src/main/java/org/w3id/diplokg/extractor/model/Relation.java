package org.w3id.diplokg.extractor.model;

import java.util.List;
import java.util.Objects;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * A typed relation one sentence asserts (the n-ary dkg:Relation of the ontology).
 *
 * @param kind       what relation it is
 * @param parties    who holds it or acts in it (partners, signatories, the member, the supporter); never empty
 * @param object     what it is about where that is not a party (the agreement, the organization, the
 *                   initiative, what is supported), or null
 * @param objectText the relation's free text as the sentence words it (what is supported or opposed, a
 *                   partnership's named kind), or null
 * @param action     what was done where the kind allows several things (signed, joined...), or null
 * @param modality   how the sentence puts it: done, ongoing, planned, sought or denied
 * @param time       the sentence's time expression that says when it happened, or null
 * @param sinceYear  the year relations began or the action happened where an anniversary gives it, or null
 * @param begin      UTF-16 index in the sentence where the words that assert it begin
 * @param end        UTF-16 index just past them
 */
public record Relation(RelationKind kind, List<Entity> parties, Entity object, String objectText, RelationAction action,
                       RelationModality modality, TimeMention time, Integer sinceYear, int begin, int end) {
    public Relation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modality, "modality");
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a relation needs at least one party");
        }
    }

    /** A relation stated as done, with no object, text, action, time or year yet. */
    public static Relation of(RelationKind kind, List<Entity> parties, int begin, int end) {
        return new Relation(kind, parties, null, null, null, RelationModality.DONE, null, null, begin, end);
    }

    public Relation withParties(List<Entity> parties) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withObject(Entity object) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withObjectText(String objectText) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withAction(RelationAction action) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withModality(RelationModality modality) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withTime(TimeMention time) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }

    public Relation withSinceYear(Integer sinceYear) {
        return new Relation(kind, parties, object, objectText, action, modality, time, sinceYear, begin, end);
    }
}
