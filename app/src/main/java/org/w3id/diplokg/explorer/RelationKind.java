package org.w3id.diplokg.explorer;

import org.w3id.diplokg.vocab.DKG;

/** Names for the relation types, as the pages and the graph's edges show them: the ontology's labels. */
final class RelationKind {
    private RelationKind() {}

    private static final org.apache.jena.rdf.model.Model ONTOLOGY = org.w3id.diplokg.ontology.Ontology.load();

    /** The relation types the ontology declares (the individuals of dkg:RelationType), by IRI. */
    static java.util.List<String> types() {
        return ONTOLOGY.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DKG.RelationType).toList().stream()
                .map(org.apache.jena.rdf.model.Resource::getURI).sorted().toList();
    }

    /** The local names of {@link #types} (what the {@code relation} URL parameter takes). */
    static java.util.List<String> typeNames() {
        return types().stream().map(RelationKind::localName).toList();
    }

    /** The relation type whose local name is {@code name} (Opposition), as an IRI. */
    static java.util.Optional<String> type(String name) {
        return types().stream().filter(iri -> localName(iri).equals(name)).findFirst();
    }

    static String localName(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }

    /** The ontology's label of an individual (an action, a modality) in the page's language, else its local name. */
    static String label(String individualIri, Lang lang) {
        if (individualIri == null || individualIri.isEmpty()) {
            return "";
        }
        String wanted = lang == Lang.EN ? "en" : "zh";
        return ONTOLOGY.getResource(individualIri).listProperties(org.apache.jena.vocabulary.RDFS.label).toList().stream()
                .map(statement -> statement.getObject().asLiteral())
                .filter(literal -> wanted.equals(literal.getLanguage())).map(org.apache.jena.rdf.model.Literal::getString)
                .findFirst().orElse(localName(individualIri));
    }

    /** A relation type's name in the page's language: its label in the ontology (one source for the graph and the pages). */
    static String name(String typeIri, Lang lang) {
        return label(typeIri, lang);
    }
}
