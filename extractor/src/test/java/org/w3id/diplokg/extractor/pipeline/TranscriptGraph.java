package org.w3id.diplokg.extractor.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.diplokg.vocab.Namespaces;

/** A small transcript written for a test, extracted whole into an in-memory dataset, and queried. */
final class TranscriptGraph {
    private TranscriptGraph() {}

    /** Writes {@code text} as {@code fileName} in {@code folder} and extracts it with the default extraction. */
    static DatasetGraph extract(Path folder, String fileName, String text) throws IOException {
        Path file = folder.resolve(fileName);
        Files.writeString(file, text);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Extraction.builder().build().run(List.of(file), StreamRDFLib.dataset(dataset));
        return dataset;
    }

    /** The {@code ?label} column of a SELECT over the union graph (the project's prefixes declared). */
    static List<String> labels(DatasetGraph dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(dataset.getUnionGraph()))
                .query(Namespaces.prologue() + query).build()) {
            execution.execSelect().forEachRemaining(row -> rows.add(row.getLiteral("label").getLexicalForm()));
        }
        return rows;
    }
}
