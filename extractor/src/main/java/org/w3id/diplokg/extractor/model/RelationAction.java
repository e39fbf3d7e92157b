package org.w3id.diplokg.extractor.model;

import org.apache.jena.rdf.model.Resource;
import org.w3id.diplokg.vocab.DKG;

/** What was done in a relation where its kind allows several things, each a dkg:Action individual. */
public enum RelationAction {
    SIGNED(DKG.Signed),
    EXTENDED(DKG.Extended),
    ENTERED_INTO_FORCE(DKG.EnteredIntoForce),
    RATIFIED(DKG.Ratified),
    WITHDRAWN(DKG.Withdrawn),
    NEGOTIATED(DKG.Negotiated),
    CONCLUDED(DKG.Concluded),
    APPLIED_TO_JOIN(DKG.AppliedToJoin),
    ADOPTED(DKG.Adopted),
    IMPLEMENTED(DKG.Implemented),
    MEMBER(DKG.Member),
    ACCESSION(DKG.Accession),
    CO_BUILDING(DKG.CoBuilding),
    PARTICIPATES(DKG.Participates),
    PROPOSES(DKG.Proposes),
    DIPLOMATIC_RELATIONS(DKG.DiplomaticRelations),
    DIALOGUE_RELATIONS(DKG.DialogueRelations),
    PARTNERSHIP_ESTABLISHED(DKG.PartnershipEstablished),
    RELATIONS_RESTORED(DKG.RelationsRestored),
    RELATIONS_NORMALIZED(DKG.RelationsNormalized),
    MEETS(DKG.Meets),
    HOLDS_TALKS(DKG.HoldsTalks),
    CALLS(DKG.Calls),
    VISITS(DKG.Visits),
    ATTENDS(DKG.Attends);

    private final Resource individual;

    RelationAction(Resource individual) {
        this.individual = individual;
    }

    public Resource individual() { return individual; }
}
