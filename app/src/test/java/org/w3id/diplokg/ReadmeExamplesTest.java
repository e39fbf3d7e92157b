package org.w3id.diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.diplokg.store.KnowledgeGraphStore;

/** Every SPARQL example in the README returns, on the seeds, the table printed under it. */
class ReadmeExamplesTest {
    private record Example(String title, String query, List<String> header, List<List<String>> rows) {}

    private static KnowledgeGraphStore store;

    @BeforeAll
    static void open() {
        store = KnowledgeGraphStore.open(SeedsDataset.folder());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Example> examples() throws Exception {
        List<String> lines = Files.readAllLines(SeedsDataset.projectRoot().resolve("README.md"));
        List<Example> examples = new ArrayList<>();
        String title = "";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("### ")) {
                title = lines.get(i).substring(4);
            }
            if (!lines.get(i).equals("```sparql")) {
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (i++; !lines.get(i).equals("```"); i++) {
                query.append(lines.get(i)).append('\n');
            }
            for (i++; i < lines.size() && lines.get(i).isBlank(); i++) {
                // skip to the table
            }
            List<List<String>> table = new ArrayList<>();
            for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                table.add(cells(lines.get(i)));
            }
            assertTrue(table.size() >= 2, "the query under \"" + title + "\" has no result table");
            examples.add(new Example(title, query.toString(), table.get(0), table.subList(2, table.size())));
        }
        return examples;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(c -> c.trim().replace("\\|", "|")).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReturnsItsTable() throws Exception {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 6, "README examples: " + examples.size());
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.title(), () -> {
            List<List<String>> actual = new ArrayList<>();
            List<String> header = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(example.query()).build()) {
                    ResultSet results = execution.execSelect();
                    List<String> vars = results.getResultVars();
                    while (results.hasNext()) {
                        QuerySolution row = results.next();
                        actual.add(vars.stream().map(v -> lexical(row.get(v))).toList());
                    }
                    return vars;
                }
            });
            assertEquals(example.header(), header, example.title());
            assertEquals(example.rows(), actual, example.title());
        }));
    }

    private static String lexical(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
