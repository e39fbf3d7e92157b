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
 * An interview given to a media group the gazetteer does not know, named only in the headline: the
 * group asks every question, and where the text names it, it is that outlet, not an organization the
 * statements are about.
 */
class InterviewOutletExtractionTest {
    private static final String INTERVIEW = """
            王毅接受肯尼亚民族传媒集团专访

            2024年1月12日，外交部长王毅在内罗毕接受肯尼亚民族传媒集团专访。

            问：您如何评价中肯关系？

            答：中肯是全面战略合作伙伴。感谢肯尼亚民族传媒集团一直关注中非合作。

            问：中方对非洲联盟有何期待？

            答：中方支持非洲联盟在地区事务中发挥更大作用。
            """;

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "interview_2024-01-12.txt", INTERVIEW);
    }

    private static List<String> select(String query) {
        return TranscriptGraph.labels(dataset, query);
    }

    @Test
    void theMediaGroupAsksEveryQuestion() {
        assertEquals(List.of("民族传媒集团", "民族传媒集团"), select("""
                SELECT ?label WHERE { ?q a dkg:Question ; dkg:askedBy ?o . ?o rdfs:label ?label FILTER (lang(?label) = "zh") }"""));
    }

    @Test
    void theMediaGroupIsNamedWithoutTheCountryItIsBasedIn() {
        assertEquals(List.of("肯尼亚"), select("""
                SELECT DISTINCT ?label WHERE { ?q dkg:askedBy ?o . ?o dkg:basedIn ?c . ?c rdfs:label ?label FILTER (lang(?label) = "zh") }"""));
        assertEquals(List.of("肯尼亚民族传媒集团"), select("""
                SELECT DISTINCT ?label WHERE { ?q dkg:askedBy ?o . ?o skos:altLabel ?label }"""));
    }

    @Test
    void whereTheTextNamesTheOutletItIsNoOrganization() {
        assertEquals(List.of(), select("""
                SELECT ?label WHERE { ?m itsrdf:taIdentRef ?e . ?e a dkg:Organization ; rdfs:label ?label
                  FILTER (lang(?label) = "zh" && CONTAINS(?label, "传媒")) }"""));
        // the African Union the answer names, and the ministry named in the minister's title (外交部长)
        assertEquals(java.util.Set.of("非洲联盟", "中华人民共和国外交部"), java.util.Set.copyOf(select("""
                SELECT DISTINCT ?label WHERE { ?m itsrdf:taIdentRef ?e . ?e a dkg:Organization ; rdfs:label ?label
                  FILTER (lang(?label) = "zh") }""")));
    }
}
