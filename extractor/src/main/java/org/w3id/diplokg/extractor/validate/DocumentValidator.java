package org.w3id.diplokg.extractor.validate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Prologue;
import org.w3id.diplokg.extractor.emit.GraphBuffer;
import org.w3id.diplokg.extractor.emit.Iris;
import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;
import org.w3id.diplokg.ontology.Ontology;

/**
 * Validate stage: checks one document's graph against the project's SHACL shapes with Jena's
 * engine, before anything of it is loaded. The graph is read together with the annotators'
 * descriptions, which every mention points to but which live in the provenance graph.
 */
public final class DocumentValidator {
    private final Shapes shapes;
    private final Graph context;
    private final PrefixMap prefixes;

    /**
     * @param shapes  the shapes every document graph must pass
     * @param context what a document graph refers to without holding it (read, never changed)
     */
    public DocumentValidator(Shapes shapes, Graph context) {
        this.shapes = shapes;
        this.context = context;
        this.prefixes = shapes.getPrefixMap();
    }

    /** The validator a build uses: the ontology module's shapes, with the annotators as context. */
    public static DocumentValidator standard() {
        GraphBuffer annotators = new GraphBuffer(Iris.provenanceGraph());
        ProvenanceEmitter.emitAnnotators(annotators);
        return new DocumentValidator(Ontology.shapes(), annotators.graph());
    }

    /** Passes when the graph conforms; otherwise throws, naming each broken shape. */
    public void check(Path file, Graph documentGraph) throws ShapeViolationException {
        ValidationReport report = ShaclValidator.get().validate(shapes, new DisjointUnion(documentGraph, context));
        if (!report.conforms()) {
            throw new ShapeViolationException(file, report.getEntries().stream()
                    .map(this::describe).sorted(Comparator.naturalOrder()).toList());
        }
    }

    /** "dkgsh:StatementShape, path dkg:speaker, at <…/statement/…>: the engine's message". */
    private String describe(ReportEntry entry) {
        StringBuilder text = new StringBuilder(shapeName(entry.source()));
        if (entry.resultPath() != null) {
            text.append(", path ").append(entry.resultPath().toString(new Prologue(Prefixes.adapt(prefixes))));
        }
        return text.append(", at ").append(NodeFmtLib.strNT(entry.focusNode())).append(": ").append(entry.message()).toString();
    }

    /** A named shape by its prefixed name; a property shape (a blank node) by the node shape holding it. */
    private String shapeName(Node shape) {
        if (shape.isURI()) {
            String prefixed = prefixes.abbreviate(shape.getURI());
            return prefixed != null ? prefixed : NodeFmtLib.strNT(shape);
        }
        List<Node> holders = shapes.getGraph().find(Node.ANY, SHACL.property, shape).mapWith(t -> t.getSubject()).toList();
        return holders.isEmpty() ? "a shape" : shapeName(holders.get(0));
    }
}
