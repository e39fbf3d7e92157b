package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;

/**
 * The seeds' faults as the graph states them (CoreNLP left out: the structure and the faults do not
 * depend on it), each document's graph having passed the SHACL shapes on the way: seed 002 breaks
 * off at its jump line, jumps at a photo, and has a caption cut out of a quotation; the manifest's
 * notes are on the documents; answers after a page jump, and in a page whose layout moved text,
 * answers whose paragraph does not fit the question before it, only may answer that question.
 */
class SourceFaultsGraphTest {
    /** In the text of 新华社's question of 2022 on citizens in Ukraine. */
    private static final String CITIZENS = "撤出了多批中国公民";

    private static List<QuerySolution> select(String query) {
        return SeedsWithoutCoreNlp.select(query);
    }

    private static boolean ask(String query) {
        return SeedsWithoutCoreNlp.ask(query);
    }

    @Test
    void document002BreaksOffAtItsJumpLineAndCarriesTheManifestsNote() {
        assertTrue(ask("""
                ASK { doc:002_14f217126f1f39bb dkg:truncated true ; dkg:note "breaks off at (下转第四版)" ;
                      dkg:pageJump ?jump .
                      ?jump a dkg:PageJump ; dkg:toPage ?page ; dkg:sourceText "(下转第四版)" ;
                            dkg:beginOffset ?begin ; dkg:endOffset ?end
                      FILTER (?page = 4 && ?begin = 7096 && ?end = 7103) }"""));
        List<QuerySolution> truncated = select("""
                SELECT ?file WHERE { ?d dkg:sourceFile ?file ; dkg:truncated true }""");
        assertEquals(1, truncated.size(), "only 002 ends at a jump line");
        assertTrue(ask("""
                ASK { doc:001_91b48a67ea093576 dkg:truncated false ; dkg:note "another rendition of the 2021 press conference" ;
                      dkg:pageJump/dkg:toPage ?page FILTER (?page = 13) }"""));
    }

    @Test
    void document002JumpsWhereItsTextStopsMidSentenceAtThePhoto() {
        List<QuerySolution> jumps = select("""
                SELECT ?text WHERE { doc:002_14f217126f1f39bb dkg:pageJump ?jump . ?jump dkg:sourceText ?text
                  FILTER NOT EXISTS { ?jump dkg:toPage ?page } }""");
        assertEquals(1, jumps.size());
        assertTrue(jumps.get(0).getLiteral("text").getString().endsWith("新华社记者 邢广利摄"));
    }

    @Test
    void theCaptionIsCutOutOfTheQuotationAndKeptOnItsSpan() {
        List<QuerySolution> rows = select("""
                SELECT ?begin ?end ?cutBegin ?cutEnd ?caption WHERE {
                  ?s nif:isString "小船经不起风浪，巨舰才能顶住惊涛骇浪。" ; dkg:span ?span .
                  ?span dkg:beginOffset ?begin ; dkg:endOffset ?end ; dkg:omits ?cut .
                  ?cut a dkg:OmittedText ; dkg:beginOffset ?cutBegin ; dkg:endOffset ?cutEnd ; dkg:sourceText ?caption }""");
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertTrue(row.getLiteral("caption").getString().startsWith("国务委员兼外交部长王毅在"));
        assertTrue(row.getLiteral("begin").getInt() < row.getLiteral("cutBegin").getInt());
        assertTrue(row.getLiteral("cutEnd").getInt() < row.getLiteral("end").getInt());
        assertFalse(ask("ASK { ?s nif:isString ?text FILTER (CONTAINS(?text, \"巨舰国务委员\")) }"));
    }

    @Test
    void answersAfterThePhotoJumpOnlyMayAnswerTheQuestionTheySitUnder() {
        // Before the jump: the Xinhua question about citizens in Ukraine is answered.
        assertTrue(linked("answers", "随着乌克兰局势不断紧张升级", CITIZENS));
        // After it (the global development initiative, which 《人民日报》 asked about): uncertain, not answered.
        assertTrue(linked("mayAnswer", "合各方需要", CITIZENS));
        assertFalse(ask("""
                ASK { ?s nif:isString ?text ; dkg:answers ?q FILTER (STRSTARTS(?text, "合各方需要")) }"""));
        List<QuerySolution> uncertain = select("""
                SELECT DISTINCT ?s WHERE { ?s dkg:mayAnswer ?q ; dkg:inDocument doc:002_14f217126f1f39bb }""");
        assertTrue(uncertain.size() >= 10, "the rest of that answer turn: " + uncertain.size());
    }

    @Test
    void inThe2022PageParagraphsThatDoNotFitTheQuestionTheySitUnderOnlyMayAnswerIt() {
        // Under 新华社's question on citizens in Ukraine, before the photo's jump: its answer, paragraphs on
        // the EU set into it, and its answer again.
        assertTrue(linked("mayAnswer", "中国和欧盟贸易额首次突破", CITIZENS));
        assertTrue(linked("mayAnswer", "中欧双方对此都应高度警惕", CITIZENS));
        assertTrue(linked("answers", "目前，还有一些同胞由于当地局势", CITIZENS));
        // 共同社 asks about Japan: the answer's first paragraph fits; the Asia-Pacific paragraph after it does not.
        assertTrue(linked("answers", "今年是中日邦交正常化50周年", "日中关系"));
        assertTrue(linked("mayAnswer", "中国始终扎根亚太", "日中关系"));
    }

    @Test
    void theCleanTranscriptsAnswersAllAnswerTheQuestionTheySitUnder() {
        // Documents with no page jump and no other rendition (whose graph could link their statements otherwise).
        String clean = "?d a dkg:Document FILTER NOT EXISTS { ?d dkg:pageJump ?jump } FILTER NOT EXISTS { ?d dkg:renditionOf ?other }";
        assertFalse(select("SELECT ?s WHERE { ?s dkg:answers ?q ; dkg:inDocument ?d . " + clean + " } LIMIT 1").isEmpty());
        List<QuerySolution> uncertain = select("SELECT ?text WHERE { ?s dkg:mayAnswer ?q ; nif:isString ?text ; dkg:inDocument ?d . "
                + clean + " }");
        assertTrue(uncertain.isEmpty(), uncertain.toString());
    }

    /** True when the statement starting {@code start} is linked by {@code link} to a question whose text holds {@code asked}. */
    private static boolean linked(String link, String start, String asked) {
        return ask("""
                ASK { ?s nif:isString ?text ; dkg:%s ?q . ?q rdfs:label ?asked
                      FILTER (STRSTARTS(?text, "%s") && CONTAINS(?asked, "%s")) }""".formatted(link, start, asked));
    }
}
