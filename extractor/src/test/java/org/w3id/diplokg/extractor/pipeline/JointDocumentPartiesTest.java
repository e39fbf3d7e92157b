package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a joint document of three or more parties (its title names them), 三国, 三方 (五国 in one of five) and 各方 are
 * all of them, as 双方 are the two of a joint statement of two; the leaders its lead names issue it.
 */
class JointDocumentPartiesTest {
    private static final String DECLARATION = """
            中华人民共和国、日本国和大韩民国关于加强三方合作的联合声明

            2015年11月1日，首尔

            一、三国领导人支持东南亚国家联盟在东亚合作中的主导地位。

            二、三方同意在联合国框架内加强协调。
            """;

    private static final String OF_FIVE = """
            中华人民共和国、蒙古国、吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦共和国联合声明

            （2001年6月10日，比什凯克）

            应吉尔吉斯共和国总统阿卡耶夫的邀请，中华人民共和国主席江泽民、俄罗斯联邦总统普京、塔吉克斯坦共和国总统拉赫蒙于2001年6月10日在比什凯克举行会晤。

            一、各方支持联合国在维护国际和平与安全方面发挥主导作用。

            二、五国领导人同意在交通和能源领域加强合作。

            三、四国外长将于明年举行会晤。
            """;

    private static final String PARTIES_OF = """
            SELECT ?label WHERE { ?r dkg:relationType dkg:%s ; dkg:party ?p ; dkg:evidence ?s .
              ?s nif:isString ?text FILTER (CONTAINS(?text, "%s"))
              ?p rdfs:label ?label FILTER (lang(?label) = "zh") } ORDER BY ?label""";

    @ParameterizedTest(name = "{0} in the sentence with {1}")
    @CsvSource({"Support, 三国领导人", "Cooperation, 三方同意"})
    void theThreePartiesActTogether(String kind, String words, @TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2015-11-01.txt", DECLARATION);
        assertEquals(List.of("中国", "日本", "韩国"), TranscriptGraph.labels(dataset, PARTIES_OF.formatted(kind, words)));
    }

    @ParameterizedTest(name = "{0} in the sentence with {1}")
    @CsvSource({"Support, 各方支持", "Cooperation, 五国领导人"})
    void allFivePartiesActTogether(String kind, String words, @TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2001-06-10.txt", OF_FIVE);
        assertEquals(List.of("中国", "俄罗斯", "吉尔吉斯斯坦", "塔吉克斯坦", "蒙古"),
                TranscriptGraph.labels(dataset, PARTIES_OF.formatted(kind, words)));
    }

    @Test
    void aCountThatIsNotTheDocumentsNamesNotAllOfThem(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2001-06-10.txt", OF_FIVE);
        List<String> parties = TranscriptGraph.labels(dataset, PARTIES_OF.formatted("Meeting", "四国外长"));
        assertTrue(parties.size() < 5, "四国 in a document of five is not all five: " + parties);
    }

    @Test
    void theLeadersItsLeadNamesIssueIt(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2001-06-10.txt", OF_FIVE);
        assertEquals(List.of("埃莫马利·拉赫蒙", "普京", "江泽民", "阿卡耶夫"), TranscriptGraph.labels(dataset, """
                SELECT ?label WHERE { ?d a dkg:Document ; dkg:issuedBy ?p .
                  ?p skos:prefLabel ?label FILTER (lang(?label) = "zh") } ORDER BY ?label"""));
    }
}
