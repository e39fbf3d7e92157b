package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document no one person speaks is issued by someone (dkg:issuedBy): a joint statement by the leaders its lead sentence
 * names as inviting and invited, a body's statement in its own name by the body; a briefing that reports such a visit,
 * or a spokesperson's statement, is issued by no one.
 */
class DocumentIssuersTest {
    private static final String ISSUERS = """
            SELECT ?label WHERE { ?d a dkg:Document ; dkg:issuedBy ?p .
              ?p skos:prefLabel ?label FILTER (lang(?label) = "zh") } ORDER BY ?label""";

    @Test
    void theLeadersInvitingAndInvitedIssueAJointStatement(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "joint_statement_2007-03-26.txt", """
                中华人民共和国和俄罗斯联邦联合声明

                应俄罗斯联邦总统弗·弗·普京邀请，中华人民共和国主席胡锦涛于2007年3月26日至28日对俄罗斯联邦进行国事访问。

                一、双方满意地指出，中俄关系取得了全面、快速的发展。

                二、应俄方邀请，中方代表团将于今年出席有关会议。
                """);
        assertEquals(List.of("普京", "胡锦涛"), TranscriptGraph.labels(dataset, ISSUERS), "弗·弗·普京 is the gazetteer's 普京");
    }

    @Test
    void whereAGovernmentInvitesTheGuestAndWhoeverHoldsTalksWithTheGuestIssueIt(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "communique_1999-07-02.txt", """
                中华人民共和国和蒙古国联合公报

                应蒙古国政府的邀请，中华人民共和国国务院总理朱镕基于1999年6月30日至7月2日对蒙古国进行了正式访问。

                访问期间，蒙古国总统巴嘎班迪会见了朱镕基总理，蒙古国总理纳兰查茨拉勒特同朱镕基总理举行了会谈。

                一、双方满意地指出，中蒙关系取得了全面发展。
                """);
        assertEquals(List.of("朱镕基", "纳兰查茨拉勒特"), TranscriptGraph.labels(dataset, ISSUERS),
                "the premier who holds talks with the guest, not the president who only receives him");
    }

    @Test
    void aGuestAloneIssuesNothing(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "communique_1999-07-03.txt", """
                中华人民共和国和蒙古国联合公报

                应蒙古国政府的邀请，中华人民共和国国务院总理朱镕基于1999年6月30日至7月2日对蒙古国进行了正式访问。

                一、双方满意地指出，中蒙关系取得了全面发展。
                """);
        assertEquals(List.of(), TranscriptGraph.labels(dataset, ISSUERS));
    }

    @Test
    void aBriefingThatReportsAVisitIsIssuedByNoOne(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "briefing_2008-05-20.txt", """
                2008年5月20日外交部发言人秦刚举行例行记者会

                秦刚：应中华人民共和国主席胡锦涛邀请，大韩民国总统李明博将于5月27日至30日对中国进行国事访问。
                """);
        assertEquals(List.of(), TranscriptGraph.labels(dataset, ISSUERS));
    }

    @Test
    void aBodysStatementInItsOwnNameIsIssuedByTheBody(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "statement_2022-08-02.txt", """
                中华人民共和国外交部关于美国国会众议长窜访中国台湾地区的声明

                2022年8月2日

                一个中国原则是国际社会的普遍共识。
                """);
        assertEquals(List.of("中华人民共和国外交部"), TranscriptGraph.labels(dataset, ISSUERS));
    }

    @Test
    void aSpokespersonsStatementIsSpokenNotIssued(@TempDir Path folder) throws IOException {
        var dataset = TranscriptGraph.extract(folder, "statement_2018-10-22.txt", """
                外交部发言人华春莹就美国宣布将退出《中导条约》答记者问

                （2018年10月22日）

                问：美国宣布将退出《中导条约》，中方对此有何评论？

                答：中方反对美方单边退约。
                """);
        assertEquals(List.of(), TranscriptGraph.labels(dataset, ISSUERS));
    }
}
