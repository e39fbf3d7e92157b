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
 * An abbreviation inside a document's name (《中巴…协定》) is read as the text around it decided, as it is in a
 * sentence's own words: in a communiqué on 巴西, 巴 is Brazil, not Pakistan, the reference list's reading; a character
 * only a cue makes a party (联 of 联邦德国) stays a word of the name (中英联合联络小组 is China's and Britain's).
 */
class AbbreviationsInNamesTest {
    private static final String COMMUNIQUE = """
            中华人民共和国和巴西联邦共和国联合新闻公报

            （1984年6月2日）

            应巴西联邦共和国政府的邀请，中华人民共和国国务院副总理率团于1984年5月28日至6月2日访问了巴西。

            访问期间，两国政府签订了《中巴海运协定》。联邦德国外长也在巴西访问。

            中英联合联络小组去年开始工作，已经在伦敦和北京举行了三次会议，合作是良好的。
            """;

    private static final String PARTIES_OF = """
            SELECT ?label WHERE { ?r dkg:relationType dkg:%s ; dkg:party ?p ; dkg:evidence ?s .
              ?s nif:isString ?text FILTER (CONTAINS(?text, "%s"))
              ?p rdfs:label ?label FILTER (lang(?label) = "zh") } ORDER BY ?label""";

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "communique_1984-06-02.txt", COMMUNIQUE);
    }

    @Test
    void anAbbreviationInAnAgreementsNameIsTheStateTheDocumentIsAbout() {
        assertEquals(List.of("中国", "巴西"), TranscriptGraph.labels(dataset, PARTIES_OF.formatted("AgreementParty", "中巴海运协定")));
    }

    @Test
    void aCharacterOnlyACueMakesAPartyStaysAWordOfTheName() {
        assertEquals(List.of("中国", "英国"), TranscriptGraph.labels(dataset, PARTIES_OF.formatted("Cooperation", "中英联合联络小组")),
                "联 of 联合 is no West Germany, though the document names 联邦德国");
    }
}
