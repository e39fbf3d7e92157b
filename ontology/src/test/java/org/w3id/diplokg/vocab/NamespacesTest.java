package org.w3id.diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.ontology.Ontology;

class NamespacesTest {
    @Test
    void aQueryUsesThePrefixesWithoutDeclaringThem() {
        Model graph = ModelFactory.createDefaultModel();
        graph.createResource("https://w3id.org/diplokg/id/statement/x").addProperty(RDF.type, DKG.Statement)
                .addProperty(NIF.isString, "中方愿同各方一道。");
        Query query = Namespaces.parseQuery("SELECT ?t WHERE { ?s a dkg:Statement ; nif:isString ?t }");
        try (QueryExecution execution = QueryExecution.model(graph).query(query).build()) {
            assertEquals("中方愿同各方一道。", execution.execSelect().next().getLiteral("t").getString());
        }
    }

    @Test
    void aParseErrorGivesTheLineOfTheQueryAsWritten() {
        QueryParseException problem = assertThrows(QueryParseException.class,
                () -> Namespaces.parseQuery("SELECT ?s\nWHERE {\n  ?s a dkg:Statement ]\n}"));
        assertEquals(3, problem.getLine(), problem.getMessage());
    }

    @Test
    void nobodyChangesTheSharedMapping() {
        assertThrows(PrefixMapping.JenaLockedException.class, () -> Namespaces.PREFIXES.setNsPrefix("dkg", "http://example.org/"));
        Namespaces.parseQuery("PREFIX dkg: <http://example.org/> ASK {}");
        assertEquals(DKG.NS, Namespaces.PREFIXES.getNsPrefixURI("dkg"), "a query's own declaration stays in that query");
    }

    @Test
    void theOntologyFileDeclaresTheSamePrefixes() {
        Ontology.load().getNsPrefixMap().forEach((prefix, namespace) -> {
            String ours = Namespaces.PREFIXES.getNsPrefixURI(prefix);
            assertTrue(ours == null || ours.equals(namespace), prefix + ": " + namespace + " in the ontology, " + ours + " here");
        });
    }
}
