package org.w3id.diplokg.extractor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.ontology.Ontology;
import org.w3id.diplokg.vocab.DKG;

/** The enums the relate stage switches on mirror the ontology's individuals, one for one. */
class RelationVocabularyTest {
    private final Model ontology = Ontology.load();

    private <E extends Enum<E>> void agree(Class<E> enumeration, Function<E, Resource> individual, Resource type) {
        Set<String> java = Arrays.stream(enumeration.getEnumConstants()).map(e -> individual.apply(e).getURI())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> declared = ontology.listResourcesWithProperty(RDF.type, type).mapWith(Resource::getURI)
                .toSet().stream().collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(declared, java, enumeration.getSimpleName() + " and the ontology's " + type.getLocalName() + " individuals");
    }

    @Test
    void kindsActionsAndModalitiesAreTheOntologys() {
        agree(RelationKind.class, RelationKind::type, DKG.RelationType);
        agree(RelationAction.class, RelationAction::individual, DKG.Action);
        agree(RelationModality.class, RelationModality::individual, DKG.Modality);
    }
}
