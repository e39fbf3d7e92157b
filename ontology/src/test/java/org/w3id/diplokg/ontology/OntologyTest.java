package org.w3id.diplokg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.vocab.DKG;

class OntologyTest {
    private final Model ontology = Ontology.load();

    private static List<Resource> vocabularyTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : DKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())
                    && field.get(null) instanceof Resource term && term.getURI().startsWith(DKG.NS)) {
                terms.add(term);
            }
        }
        return terms;
    }

    @Test
    void everyVocabularyTermIsDeclaredWithChineseAndEnglishLabelsAndComments() throws IllegalAccessException {
        List<Resource> terms = vocabularyTerms();
        assertTrue(terms.size() > 30, "terms found by reflection: " + terms.size());
        for (Resource term : terms) {
            Resource declared = ontology.getResource(term.getURI());
            assertTrue(declared.hasProperty(RDF.type, OWL.Class) || declared.hasProperty(RDF.type, OWL.ObjectProperty)
                    || declared.hasProperty(RDF.type, OWL.DatatypeProperty) || declared.hasProperty(RDF.type, DKG.RelationType)
                    || declared.hasProperty(RDF.type, DKG.Action) || declared.hasProperty(RDF.type, DKG.Modality),
                    term + " is not declared");
            for (String lang : List.of("zh", "en")) {
                assertTrue(hasLiteralIn(declared, RDFS.label, lang), term + " has no rdfs:label@" + lang);
                assertTrue(hasLiteralIn(declared, RDFS.comment, lang), term + " has no rdfs:comment@" + lang);
            }
        }
    }

    @Test
    void entityTypesSitUnderEntityAndRegionsAreNeverCountries() {
        for (Resource type : List.of(DKG.Country, DKG.Region, DKG.Organization, DKG.Agreement, DKG.Initiative, DKG.Person)) {
            assertTrue(ontology.contains(type, RDFS.subClassOf, DKG.Entity), type + " under dkg:Entity");
        }
        assertTrue(ontology.contains(DKG.NewsOrganization, RDFS.subClassOf, DKG.Organization));
        assertTrue(ontology.contains(DKG.Region, OWL.disjointWith, DKG.Country));
        assertFalse(ontology.contains(DKG.Region, RDFS.subClassOf, DKG.Country));
    }

    private static boolean hasLiteralIn(Resource subject, org.apache.jena.rdf.model.Property property, String lang) {
        return subject.listProperties(property).toList().stream()
                .map(s -> (RDFNode) s.getObject())
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()));
    }
}
