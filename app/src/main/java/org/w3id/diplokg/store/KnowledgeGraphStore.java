package org.w3id.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;

/**
 * An open dataset folder, for querying and serving: TDB2 with the text index attached, and the
 * default graph the union of the documents' named graphs. Closing it releases the files, so the
 * folder can be rebuilt and switched afterwards.
 */
public final class KnowledgeGraphStore implements AutoCloseable {
    private final Dataset tdb;
    private final Dataset dataset;

    private KnowledgeGraphStore(Dataset tdb, Dataset dataset) {
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /** Opens the dataset; throws {@link NoDatasetException} when the folder holds none. */
    public static KnowledgeGraphStore open(Path folder) {
        DatasetLayout layout = new DatasetLayout(folder);
        if (!layout.exists()) {
            throw new NoDatasetException("no dataset in " + folder.toAbsolutePath()
                    + " (expected tdb2/ and text/ inside it; run ./diplokg build first)");
        }
        Dataset tdb = TDB2Factory.connectDataset(layout.tdb2().toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(layout.textIndex()), TextIndexDefinition.config());
            return new KnowledgeGraphStore(tdb, TextDatasetFactory.create(tdb, index, true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + layout.textIndex(), e);
        }
    }

    /** The dataset with its text index; queries see the union of all graphs as the default graph. */
    public Dataset dataset() { return dataset; }

    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(tdb.asDatasetGraph());
    }
}
