package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a joint document of three parties (its title names them), 三国 and 三方 are those three, as 双方 are the two of
 * a joint statement of two.
 */
class JointDocumentOfThreeTest {
    private static final String DECLARATION = """
            中华人民共和国、日本国和大韩民国关于加强三方合作的联合声明

            2015年11月1日，首尔

            一、三国领导人支持东南亚国家联盟在东亚合作中的主导地位。

            二、三方同意在联合国框架内加强协调。
            """;

    @ParameterizedTest(name = "{0} in the sentence with {1}")
    @CsvSource({"Support, 三国领导人", "Cooperation, 三方同意"})
    void theThreePartiesActTogether(String kind, String words, @TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2015-11-01.txt", DECLARATION);
        assertEquals(List.of("中国", "日本", "韩国"), TranscriptGraph.labels(dataset, """
                SELECT ?label WHERE { ?r dkg:relationType dkg:%s ; dkg:party ?p ; dkg:evidence ?s .
                  ?s nif:isString ?text FILTER (CONTAINS(?text, "%s"))
                  ?p rdfs:label ?label FILTER (lang(?label) = "zh") } ORDER BY ?label""".formatted(kind, words)));
    }
}
