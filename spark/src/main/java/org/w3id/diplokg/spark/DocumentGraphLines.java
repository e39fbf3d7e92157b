package org.w3id.diplokg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.diplokg.extractor.emit.Iris;

/**
 * A sink for one task's extraction that keeps the documents' named graphs as N-Quads lines and
 * leaves out the provenance graph: each task would describe only its own files, so the driver
 * writes the build's provenance once for all of them.
 */
final class DocumentGraphLines extends StreamRDFWrapper {
    private static final Node PROVENANCE = NodeFactory.createURI(Iris.provenanceGraph());

    private final ByteArrayOutputStream bytes;

    private DocumentGraphLines(ByteArrayOutputStream bytes) {
        super(StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8));
        this.bytes = bytes;
    }

    static DocumentGraphLines create() {
        return new DocumentGraphLines(new ByteArrayOutputStream());
    }

    @Override
    public void quad(Quad quad) {
        if (!PROVENANCE.equals(quad.getGraph())) {
            super.quad(quad);
        }
    }

    /** The lines written, once the extraction has finished the sink. */
    List<String> lines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    /** The extractor writes quads only; a triple would be in no document's graph. */
    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("a triple outside any document graph: " + triple);
    }
}
