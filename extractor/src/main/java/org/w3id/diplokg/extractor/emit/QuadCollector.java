package org.w3id.diplokg.extractor.emit;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * A buffer of quads for one named graph, without duplicates and in first-seen order, flushed to a
 * sink piece by piece.
 */
final class QuadCollector {
    private final Node graph;
    private final Set<Quad> quads = new LinkedHashSet<>();

    QuadCollector(String graphIri) {
        this.graph = NodeFactory.createURI(graphIri);
    }

    void add(String subject, Property predicate, Node object) {
        quads.add(Quad.create(graph, NodeFactory.createURI(subject), predicate.asNode(), object));
    }

    void add(String subject, Property predicate, Resource object) {
        add(subject, predicate, object.asNode());
    }

    void addIri(String subject, Property predicate, String objectIri) {
        add(subject, predicate, NodeFactory.createURI(objectIri));
    }

    void addString(String subject, Property predicate, String value) {
        add(subject, predicate, NodeFactory.createLiteralString(value));
    }

    void addLang(String subject, Property predicate, String value, String lang) {
        add(subject, predicate, NodeFactory.createLiteralLang(value, lang));
    }

    void addTyped(String subject, Property predicate, String lexical, RDFDatatype datatype) {
        add(subject, predicate, NodeFactory.createLiteralDT(lexical, datatype));
    }

    /**
     * Pushes the quads collected so far to the sink (without start/finish: the sink may take
     * several graphs) and forgets them; returns how many there were.
     */
    int flushTo(StreamRDF sink) {
        int count = quads.size();
        quads.forEach(sink::quad);
        quads.clear();
        return count;
    }
}
