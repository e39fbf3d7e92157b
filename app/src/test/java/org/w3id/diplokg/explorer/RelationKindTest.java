package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.w3id.diplokg.vocab.DKG;

/** The pages name relation types by the ontology's labels, so the graph and the explorer cannot disagree. */
class RelationKindTest {
    @Test
    void everyRelationTypeIsNamedByItsOntologyLabelInBothLanguages() {
        assertEquals("合作", RelationKind.name(DKG.NS + "Cooperation", Lang.ZH));
        assertEquals("cooperation", RelationKind.name(DKG.NS + "Cooperation", Lang.EN));
        assertEquals("协定动态", RelationKind.name(DKG.NS + "AgreementAction", Lang.ZH), "the ontology's label, not a second list's");
        for (String type : RelationKind.types()) {
            String local = RelationKind.localName(type);
            assertFalse(RelationKind.name(type, Lang.ZH).equals(local), local + " has no Chinese label in the ontology");
            assertFalse(RelationKind.name(type, Lang.EN).equals(local), local + " has no English label in the ontology");
        }
    }
}
