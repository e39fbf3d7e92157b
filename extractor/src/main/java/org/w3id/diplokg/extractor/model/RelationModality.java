package org.w3id.diplokg.extractor.model;

import org.apache.jena.rdf.model.Resource;
import org.w3id.diplokg.vocab.DKG;

/** How a statement puts a relation, each a dkg:Modality individual of the ontology. */
public enum RelationModality {
    /** Stated as having happened or as holding. */
    DONE(DKG.Done),
    /** In progress or continuing (正在, 继续, 不断, 保持). */
    ONGOING(DKG.Ongoing),
    /** Scheduled or announced for later (将, 即将, 计划), or dated after the statement. */
    PLANNED(DKG.Planned),
    /** Wished, urged or pushed for (愿, 希望, 争取, 推动, 应). */
    SOUGHT(DKG.Sought),
    /** Stated as not so (不, 从未, 无意, 避免). */
    DENIED(DKG.Denied);

    private final Resource individual;

    RelationModality(Resource individual) {
        this.individual = individual;
    }

    public Resource individual() { return individual; }
}
