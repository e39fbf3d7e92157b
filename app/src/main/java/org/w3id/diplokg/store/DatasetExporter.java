package org.w3id.diplokg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a dataset to a file whose extension says the format: {@code .ttl} the union of all graphs
 * as pretty Turtle, {@code .trig} one named graph per document, {@code .nq} N-Quads.
 */
public final class DatasetExporter {
    private DatasetExporter() {}

    /** Checks the extension before any work is done. */
    public static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttl")) {
            return RDFFormat.TURTLE_BLOCKS;
        }
        if (name.endsWith(".trig")) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        throw new StoreException("cannot tell the format of " + file + ": use .ttl (Turtle), .trig (TriG) or .nq (N-Quads)");
    }

    public static void write(Dataset dataset, Path file) {
        RDFFormat format = formatFor(file);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                Txn.executeRead(dataset, () -> {
                    DatasetGraph graphs = dataset.asDatasetGraph();
                    if (format == RDFFormat.TURTLE_BLOCKS) {
                        // A statement found in two documents is written once: the union, not each graph.
                        Model union = ModelFactory.createModelForGraph(graphs.getUnionGraph());
                        Model copy = ModelFactory.createDefaultModel().add(union);
                        copy.setNsPrefixes(Prefixes.adapt(graphs.prefixes()));
                        RDFDataMgr.write(out, copy, format);
                    } else {
                        RDFDataMgr.write(out, graphs, format);
                    }
                });
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
