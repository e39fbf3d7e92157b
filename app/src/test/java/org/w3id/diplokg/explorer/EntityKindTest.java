package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.ontology.Ontology;
import org.w3id.diplokg.vocab.Namespaces;

/** The pages name entity kinds by the ontology's class labels, and know every entity class the ontology has. */
class EntityKindTest {
    @Test
    void everyEntityClassHasAChineseAndAnEnglishLabel() {
        for (EntityKind kind : EntityKind.values()) {
            for (Lang lang : Lang.values()) {
                assertTrue(OntologyTerms.declaredLabel(kind.classIri(), lang).isPresent(), kind + " has no " + lang + " label in the ontology");
            }
        }
        assertEquals("国家", EntityKind.COUNTRY.title(Lang.ZH));
        assertEquals("News organization", EntityKind.NEWS_ORGANIZATION.title(Lang.EN));
    }

    @Test
    void theKindsAreTheOntologysEntityClasses() {
        Set<String> classes = new HashSet<>();
        try (QueryExecution execution = QueryExecution.model(Ontology.load())
                .query(Namespaces.parseQuery("SELECT ?class WHERE { ?class rdfs:subClassOf+ dkg:Entity }")).build()) {
            execution.execSelect().forEachRemaining(row -> classes.add(row.getResource("class").getURI()));
        }
        assertEquals(classes, Arrays.stream(EntityKind.values()).map(EntityKind::classIri).collect(Collectors.toSet()));
    }
}
