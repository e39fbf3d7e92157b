package org.w3id.diplokg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;

/**
 * The build's provenance graph, written once by the driver beside the tasks' shards: the build
 * activity, its times (the job's), and the files it built, as a local build of the same inputs
 * writes it.
 */
final class ProvenanceShard {
    static final String FILE = "provenance.nq";

    private ProvenanceShard() {}

    static void write(Path outputFolder, Configuration conf, String buildIri, List<String> builtFiles, Instant started, Instant ended) {
        Path file = new Path(outputFolder, FILE);
        try (OutputStream out = file.getFileSystem(conf).create(file, false)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            sink.start();
            new ProvenanceEmitter(ProvenanceEmitter.currentVersion()).emit(buildIri, builtFiles, started, ended, sink);
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
