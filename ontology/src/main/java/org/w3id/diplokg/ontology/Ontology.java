package org.w3id.diplokg.ontology;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** The diplokg ontology and its SHACL shapes, as bundled resources. */
public final class Ontology {
    public static final String ONTOLOGY_RESOURCE = "/org/w3id/diplokg/ontology/diplokg.ttl";
    public static final String SHAPES_RESOURCE = "/org/w3id/diplokg/ontology/shapes.ttl";

    private static Shapes shapes;

    private Ontology() {}

    public static Model load() {
        return read(ONTOLOGY_RESOURCE);
    }

    public static synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(read(SHAPES_RESOURCE).getGraph());
        }
        return shapes;
    }

    /** Validates a built graph (e.g. the union of a dataset's named graphs) against the shapes. */
    public static ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes(), graph);
    }

    private static Model read(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            RDFDataMgr.read(model, in, "https://w3id.org/diplokg/ontology", Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return model;
    }
}
