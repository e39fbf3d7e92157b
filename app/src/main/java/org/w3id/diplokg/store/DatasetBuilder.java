package org.w3id.diplokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a dataset folder (TDB2 plus text index) from a producer of quads, beside the current one,
 * and switches it into place only when asked: a failed or abandoned build never touches the
 * dataset already there.
 *
 * <pre>
 * DatasetBuilder.into(Path.of("data")).build(sink -> extraction.run(files, sink), report -> report.built() > 0);
 * </pre>
 */
public final class DatasetBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);

    private final Path target;

    private DatasetBuilder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public static DatasetBuilder into(Path folder) {
        return new DatasetBuilder(folder);
    }

    /**
     * Runs the producer against a fresh staging dataset, indexes it, and if {@code keep} accepts
     * the producer's result, replaces the target folder with it; otherwise deletes it.
     *
     * @return the producer's result
     */
    public <R> R build(Function<StreamRDF, R> producer, java.util.function.Predicate<R> keep) {
        Path staging = target.resolveSibling(target.getFileName() + ".building");
        deleteRecursively(staging);
        DatasetLayout layout = new DatasetLayout(staging);
        R result;
        try {
            Files.createDirectories(layout.tdb2());
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(layout.tdb2().toString());
            try {
                DataLoader loader = LoaderFactory.sequentialLoader(tdb, (format, args) -> LOG.debug(String.format(format, args)));
                loader.startBulk();
                try {
                    result = producer.apply(loader.stream());
                    loader.finishBulk();
                } catch (RuntimeException | Error e) {
                    loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                    throw e;
                }
                indexText(tdb, layout.textIndex());
            } finally {
                TDBInternal.expel(tdb);
            }
        } catch (IOException e) {
            deleteRecursively(staging);
            throw new StoreException("cannot build the dataset in " + staging + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteRecursively(staging);
            throw e;
        }
        if (keep.test(result)) {
            switchInto(staging);
        } else {
            deleteRecursively(staging);
        }
        return result;
    }

    /** Indexes each statement text and entity label once, however many graphs hold it. */
    private static void indexText(DatasetGraph tdb, Path indexFolder) throws IOException {
        Files.createDirectories(indexFolder);
        EntityDefinition definition = TextIndexDefinition.entityDefinition();
        TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexFolder), TextIndexDefinition.config());
        try {
            Set<String> seen = new HashSet<>();
            Txn.executeRead(tdb, () -> {
                for (String field : definition.fields()) {
                    for (Node predicate : definition.getPredicates(field)) {
                        Iterator<Quad> quads = tdb.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                        while (quads.hasNext()) {
                            Quad quad = quads.next();
                            if (!quad.getObject().isLiteral() || !seen.add(quad.getSubject() + "\u0000" + predicate + "\u0000" + quad.getObject())) {
                                continue;
                            }
                            Entity entity = TextQueryFuncs.entityFromQuad(definition, Quad.defaultGraphIRI, quad.getSubject(), predicate, quad.getObject());
                            if (entity != null) {
                                index.addEntity(entity);
                            }
                        }
                    }
                }
            });
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
    }

    /** Old dataset aside, new one in, old one removed: at no point is there a half-written target. */
    private void switchInto(Path staging) {
        Path previous = target.resolveSibling(target.getFileName() + ".previous");
        try {
            deleteRecursively(previous);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move the new dataset into " + target + ": " + e.getMessage()
                    + (Files.exists(previous) ? " (the previous dataset is in " + previous + ")" : ""), e);
        }
        deleteRecursively(previous);
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
