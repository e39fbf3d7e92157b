package org.w3id.diplokg.extractor.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.w3id.diplokg.data.Sha256;
import org.w3id.diplokg.extractor.pipeline.DocumentSummary;

/**
 * A folder of finished document graphs, each whole and SHACL-valid when it was stored, under its
 * {@link DocumentCacheKey}: an unchanged document is loaded from here instead of annotated again.
 *
 * <p>An entry is two files: {@code KEY.rt}, the graph's triples in RDF Thrift, and
 * {@code KEY.properties}, the SHA-256 of that file and the document's counts, written last (an
 * entry without it was never finished). An entry whose triples do not match their SHA-256, or do
 * not parse, is corrupt: it is deleted and reported, never loaded. Both files are written under a
 * temporary name and moved into place, so builds sharing the folder never read half an entry.
 *
 * <p>The build's IRI is the one thing in a document's graph that depends on the rest of the batch
 * (it is a digest of all the inputs), so it is stored as {@link #BUILD_PLACEHOLDER} and replaced
 * by the current build's IRI on loading.
 */
public final class DocumentGraphCache {
    static final Node BUILD_PLACEHOLDER = NodeFactory.createURI("urn:diplokg:cache:build");

    private final Path folder;

    private DocumentGraphCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in {@code folder}, created when first stored to. */
    public static DocumentGraphCache in(Path folder) {
        return new DocumentGraphCache(folder);
    }

    public Path folder() { return folder; }

    /** What a look-up found. */
    public sealed interface Lookup permits Hit, Miss, Corrupt {}

    /** The graph's triples, with the current build's IRI, and the counts stored with them (no timings). */
    public record Hit(List<Triple> triples, DocumentSummary summary) implements Lookup {}

    public record Miss() implements Lookup {}

    /** The entry was there but damaged; it has been deleted. */
    public record Corrupt(String problem) implements Lookup {}

    public Lookup load(DocumentCacheKey key, String buildIri) {
        Properties properties = new Properties();
        byte[] triples;
        try {
            properties.load(new StringReader(Files.readString(propertiesFile(key), StandardCharsets.UTF_8)));
            triples = Files.readAllBytes(triplesFile(key));
        } catch (NoSuchFileException e) {
            return new Miss();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cache entry " + propertiesFile(key) + ": " + e.getMessage(), e);
        }
        if (!Sha256.hex(triples).equals(properties.getProperty("sha256"))) {
            return corrupt(key, "its triples do not match their SHA-256");
        }
        try {
            return new Hit(parse(triples, NodeFactory.createURI(buildIri)), summaryOf(properties));
        } catch (RiotException | IllegalArgumentException | java.time.DateTimeException e) {
            return corrupt(key, e.getMessage());
        }
    }

    /** Stores a document's graph (whole and valid) and its counts under the key. */
    public void store(DocumentCacheKey key, Graph graph, String buildIri, DocumentSummary summary) {
        Node build = NodeFactory.createURI(buildIri);
        Graph stored = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> stored.add(withObject(t, build, BUILD_PLACEHOLDER)));
        ByteArrayOutputStream triples = new ByteArrayOutputStream();
        RDFDataMgr.write(triples, stored, RDFFormat.RDF_THRIFT);
        byte[] bytes = triples.toByteArray();
        Properties properties = new Properties();
        properties.setProperty("sha256", Sha256.hex(bytes));
        properties.setProperty("sourceFile", summary.sourceFile());
        properties.setProperty("date", summary.date().toString());
        properties.setProperty("questions", Integer.toString(summary.questions()));
        properties.setProperty("statements", Integer.toString(summary.statements()));
        properties.setProperty("mentions", Integer.toString(summary.mentions()));
        properties.setProperty("timeMentions", Integer.toString(summary.timeMentions()));
        properties.setProperty("characters", Integer.toString(summary.characters()));
        properties.setProperty("quads", Integer.toString(summary.quads()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "diplokg cached document graph");
            Files.createDirectories(folder);
            writeAtomically(triplesFile(key), bytes);
            writeAtomically(propertiesFile(key), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache entry " + triplesFile(key) + ": " + e.getMessage(), e);
        }
    }

    private Corrupt corrupt(DocumentCacheKey key, String problem) {
        try {
            Files.deleteIfExists(propertiesFile(key));
            Files.deleteIfExists(triplesFile(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the corrupt cache entry " + triplesFile(key) + ": " + e.getMessage(), e);
        }
        return new Corrupt(triplesFile(key) + ": " + problem);
    }

    private static List<Triple> parse(byte[] bytes, Node build) {
        List<Triple> triples = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.RDFTHRIFT).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(withObject(triple, BUILD_PLACEHOLDER, build));
            }
        });
        return triples;
    }

    private static DocumentSummary summaryOf(Properties p) {
        return new DocumentSummary(required(p, "sourceFile"), LocalDate.parse(required(p, "date")),
                count(p, "questions"), count(p, "statements"), count(p, "mentions"), count(p, "timeMentions"),
                count(p, "characters"), count(p, "quads"), 0, 0, true);
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name + " in the entry");
        }
        return value;
    }

    private static int count(Properties p, String name) {
        return Integer.parseInt(required(p, name));
    }

    private static Triple withObject(Triple triple, Node from, Node to) {
        return triple.getObject().equals(from) ? Triple.create(triple.getSubject(), triple.getPredicate(), to) : triple;
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path triplesFile(DocumentCacheKey key) { return folder.resolve(key.hex() + ".rt"); }

    private Path propertiesFile(DocumentCacheKey key) { return folder.resolve(key.hex() + ".properties"); }
}
