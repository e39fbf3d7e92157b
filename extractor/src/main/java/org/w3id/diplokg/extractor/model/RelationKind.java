package org.w3id.diplokg.extractor.model;

import org.apache.jena.rdf.model.Resource;
import org.w3id.diplokg.vocab.DKG;

/** The relation types the extractor finds, each a dkg:RelationType of the ontology. */
public enum RelationKind {
    PARTNERSHIP(DKG.Partnership),
    AGREEMENT_ACTION(DKG.AgreementAction),
    MEMBERSHIP(DKG.Membership),
    RELATIONS_ANNIVERSARY(DKG.RelationsAnniversary),
    SUPPORT(DKG.Support),
    OPPOSITION(DKG.Opposition),
    INITIATIVE_PARTICIPATION(DKG.InitiativeParticipation),
    AGREEMENT_PARTY(DKG.AgreementParty),
    MEETING(DKG.Meeting),
    VISIT(DKG.Visit),
    HOSTING(DKG.Hosting),
    AID(DKG.Aid),
    TALKS(DKG.Talks),
    CONFLICT(DKG.Conflict),
    COOPERATION(DKG.Cooperation);

    private final Resource type;

    RelationKind(Resource type) {
        this.type = type;
    }

    public Resource type() { return type; }
}
