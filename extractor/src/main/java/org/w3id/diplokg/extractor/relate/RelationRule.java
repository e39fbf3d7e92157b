package org.w3id.diplokg.extractor.relate;

import java.util.List;
import org.w3id.diplokg.extractor.model.Relation;

/** One way a sentence asserts a relation; adds what it finds to {@code found}. */
interface RelationRule {
    void find(SentenceView sentence, List<Relation> found);
}
