package org.w3id.diplokg.extractor.model;

import java.util.List;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * A typed relation one sentence asserts (the n-ary dkg:Relation of the ontology).
 *
 * @param kind       what relation it is
 * @param parties    who holds it or acts in it (partners, signatories, the member, the supporter); never empty
 * @param object     what it is about where that is not a party (the agreement, the organization, the
 *                   initiative, what is supported), or null
 * @param objectText what is supported or opposed as the sentence words it, or null
 * @param qualifier  a partnership's named kind, an agreement's action, membership or accession, or null
 * @param sinceYear  for an anniversary, the year relations began; else null
 * @param begin      UTF-16 index in the sentence where the words that assert it begin
 * @param end        UTF-16 index just past them
 */
public record Relation(RelationKind kind, List<Entity> parties, Entity object, String objectText, String qualifier,
                       Integer sinceYear, int begin, int end) {
    public Relation {
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a relation needs at least one party");
        }
    }
}
