package org.w3id.diplokg.explorer;

import java.util.List;
import java.util.Optional;
import org.w3id.diplokg.vocab.DKG;

/** Names for the relation types, as the pages and the graph's edges show them: the ontology's labels. */
final class RelationKind {
    private RelationKind() {}

    /** The relation types the ontology declares (the individuals of dkg:RelationType), by IRI. */
    static List<String> types() {
        return OntologyTerms.individualsOf(DKG.RelationType);
    }

    /** The local names of {@link #types} (what the {@code relation} URL parameter takes). */
    static List<String> typeNames() {
        return types().stream().map(RelationKind::localName).toList();
    }

    /** The relation type whose local name is {@code name} (Opposition), as an IRI. */
    static Optional<String> type(String name) {
        return types().stream().filter(iri -> localName(iri).equals(name)).findFirst();
    }

    static String localName(String iri) {
        return OntologyTerms.localName(iri);
    }

    /** The ontology's label of an individual (an action, a modality) in the page's language, else its local name. */
    static String label(String individualIri, Lang lang) {
        return OntologyTerms.label(individualIri, lang);
    }

    /** A relation type's name in the page's language: its label in the ontology (one source for the graph and the pages). */
    static String name(String typeIri, Lang lang) {
        return OntologyTerms.label(typeIri, lang);
    }
}
