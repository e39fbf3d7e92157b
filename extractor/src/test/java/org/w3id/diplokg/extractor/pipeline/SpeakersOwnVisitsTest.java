package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visit the speaker tells as his own (我这次重访法国, 我这次到法国来): he is the visitor, the place named after 重访 or
 * between 到 and 来 the state visited; not 受到 of being received (受到法国政府和人民的热情接待).
 */
class SpeakersOwnVisitsTest {
    private static final String CONFERENCE = """
            邓小平副总理在巴黎举行记者招待会

            （1975年5月15日）

            1975年5月15日，正在法国进行正式访问的中华人民共和国国务院副总理邓小平在巴黎举行记者招待会。

            法新社记者：副总理先生对这次访问有何评价？

            邓小平：我这次重访法国，受到法国政府和人民的热情接待。我这次到法国来，是为了增进中法两国人民的友谊。我们欢迎法国朋友\
            明年到北京来。
            """;

    private static final String VISITS_TOLD_IN = """
            SELECT ?label WHERE { ?r dkg:relationType dkg:Visit ; dkg:party ?p ; dkg:object ?o ; dkg:evidence ?s .
              ?s nif:isString ?text FILTER (CONTAINS(?text, "%s"))
              ?p rdfs:label ?who FILTER (lang(?who) = "zh") ?o rdfs:label ?where FILTER (lang(?where) = "zh")
              BIND (CONCAT(?who, " -> ", ?where) AS ?label) } ORDER BY ?label""";

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "conference_1975-05-15.txt", CONFERENCE);
    }

    @Test
    void revisitingIsVisiting() {
        assertEquals(List.of("邓小平 -> 法国"), TranscriptGraph.labels(dataset, VISITS_TOLD_IN.formatted("重访")));
    }

    @Test
    void comingToAPlaceNamedBetweenDaoAndLaiIsVisitingIt() {
        assertEquals(List.of("邓小平 -> 法国"), TranscriptGraph.labels(dataset, VISITS_TOLD_IN.formatted("到法国来")));
        assertEquals(List.of(), TranscriptGraph.labels(dataset, VISITS_TOLD_IN.formatted("到北京来")), "those welcomed to come");
    }
}
