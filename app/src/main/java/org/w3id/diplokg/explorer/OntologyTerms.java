package org.w3id.diplokg.explorer;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diplokg.ontology.Ontology;

/**
 * The ontology as the pages read it: the names of its classes and individuals are its
 * {@code rdfs:label}s, so the graph and the explorer cannot name a term two ways.
 */
final class OntologyTerms {
    private OntologyTerms() {}

    private static final Model ONTOLOGY = Ontology.load();

    /** The IRIs of the individuals of {@code type} (the relation types of dkg:RelationType), sorted. */
    static List<String> individualsOf(Resource type) {
        return ONTOLOGY.listSubjectsWithProperty(RDF.type, type).toList().stream().map(Resource::getURI).sorted().toList();
    }

    /** The term's label in the page's language, if the ontology gives one. */
    static Optional<String> declaredLabel(String iri, Lang lang) {
        String wanted = lang == Lang.EN ? "en" : "zh";
        return ONTOLOGY.getResource(iri).listProperties(RDFS.label).toList().stream()
                .map(statement -> statement.getObject().asLiteral())
                .filter(literal -> wanted.equals(literal.getLanguage())).map(Literal::getString).findFirst();
    }

    /** The term's label in the page's language, else its local name (a term the ontology does not label still shows). */
    static String label(String iri, Lang lang) {
        if (iri == null || iri.isEmpty()) {
            return "";
        }
        return declaredLabel(iri, lang).orElse(localName(iri));
    }

    static String localName(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }
}
