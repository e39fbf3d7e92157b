package org.w3id.diplokg.extractor.model;

import java.util.List;

/** A document with every turn annotated: what the emit stage writes as RDF. */
public record AnnotatedDocument(Document document, List<AnnotatedTurn> turns) {
    public AnnotatedDocument {
        turns = List.copyOf(turns);
    }
}
