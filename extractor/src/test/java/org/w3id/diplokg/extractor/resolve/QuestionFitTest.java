package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.emit.DocumentEmitter;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * Which question an answer sentence is said to answer, read from the graph a small page gives (the
 * gazetteer's names only, no CoreNLP): in a page whose layout is known to be disturbed, a paragraph
 * that names none of what its question names, and only other things, may not answer it; the same
 * text in a clean transcript answers it; a paragraph that names the question's entity, or shares a
 * rare word with it, answers it wherever it is.
 */
class QuestionFitTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** 共同社 asks about Japan; the answer's second paragraph is about ASEAN, its third names nothing. */
    private static final String PAGE = """
            共同社记者：今年是中日邦交正常化50周年。中方如何看待日本的对华政策？

            王毅：中日两国是一衣带水的邻居。日本应当恪守迄今所作的郑重承诺。

            中国和东盟建立对话关系已经30年。东盟国家同我们守望相助。

            我们要做区域合作的引领者。

            外交部记者：外交部为帮助海外中国公民做了哪些工作？

            王毅：我们从美国接回了数百名中国公民。
            """;

    @Test
    void inADisturbedPageAParagraphNamingOnlyOtherThingsMayNotAnswerItsQuestion(@TempDir Path temp) throws Exception {
        Map<String, String> links = links(temp, PAGE + "（下转第四版）\n");
        assertEquals("answers", links.get("中日两国是一衣带水的邻居。"), "it names Japan, as the question does");
        assertEquals("answers", links.get("日本应当恪守迄今所作的郑重承诺。"));
        assertEquals("mayAnswer", links.get("中国和东盟建立对话关系已经30年。"), "it names ASEAN, and not Japan");
        assertEquals("mayAnswer", links.get("东盟国家同我们守望相助。"));
        assertEquals("mayAnswer", links.get("我们要做区域合作的引领者。"), "naming nothing, it goes with the paragraph before");
    }

    @Test
    void inACleanTranscriptTheSameAnswersAllAnswerTheirQuestion(@TempDir Path temp) throws Exception {
        Map<String, String> links = links(temp, PAGE);
        assertEquals(6, links.size(), links.toString());
        assertTrue(links.values().stream().allMatch("answers"::equals), links.toString());
    }

    @Test
    void aParagraphSharingARareWordWithItsQuestionAnswersIt(@TempDir Path temp) throws Exception {
        // It names the United States, which the question does not, but speaks of its 公民.
        Map<String, String> links = links(temp, PAGE + "（下转第四版）\n");
        assertEquals("answers", links.get("我们从美国接回了数百名中国公民。"));
    }

    @Test
    void aQuestionNamingNothingButChinaGivesNothingToJudgeBy(@TempDir Path temp) throws Exception {
        Map<String, String> links = links(temp, """
                凤凰卫视记者：您如何看待中国外交？

                王毅：中俄关系处于历史最好时期。

                欧盟是中国的重要伙伴。
                （下转第四版）
                """);
        assertEquals(Map.of("中俄关系处于历史最好时期。", "answers", "欧盟是中国的重要伙伴。", "answers"), links);
    }

    @Test
    void anAnswerHoldingAnAbbreviationTheQuestionNamesAPartyByAnswersIt(@TempDir Path temp) throws Exception {
        String page = """
                法新社记者：中国将如何处理同欧美的关系？

                王毅：中方乐见欧盟不断增强战略自主。

                （下转第四版）
                """;
        Map<String, String> links = links(temp, page);
        assertEquals("answers", links.get("中方乐见欧盟不断增强战略自主。"), "欧 of 欧美 is Europe, 欧盟 the EU: the answer holds 欧");
    }

    @Test
    void afterAPageJumpEvenAFittingAnswerOnlyMayAnswer(@TempDir Path temp) throws Exception {
        Map<String, String> links = links(temp, """
                共同社记者：中方如何看待日本的对华政策？

                王毅：日本应当恪守承诺。
                （下转第四版）
                （上接第一版）
                日本应当以史为鉴。
                """);
        assertEquals("answers", links.get("日本应当恪守承诺。"));
        assertEquals("mayAnswer", links.get("日本应当以史为鉴。"), "the text after the jump comes from elsewhere");
    }

    /** Each answer sentence of the page's graph, and how it is linked to the question it sits under. */
    private static Map<String, String> links(Path temp, String page) throws Exception {
        Path file = Files.writeString(temp.resolve("page.txt"), page);
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), "page.txt\t2022-03-07\t\t王毅\t\n");
        Document document = new DocumentStructurer().structure(new SourceReader().read(file), Manifest.load(manifest));
        Dataset dataset = DatasetFactory.create();
        new DocumentEmitter().emit(DocumentAnnotator.standard(DocumentAnnotator.EntityTagger.NONE, GAZETTEER).annotate(document),
                "urn:test:build", StreamRDFLib.dataset(dataset.asDatasetGraph()));
        String query = Namespaces.prologue() + """
                SELECT ?text ?link WHERE { GRAPH ?g {
                  { ?s dkg:answers ?q BIND ("answers" AS ?link) } UNION { ?s dkg:mayAnswer ?q BIND ("mayAnswer" AS ?link) }
                  ?s nif:isString ?text ; dkg:span/dkg:beginOffset ?begin } } ORDER BY ?begin""";
        Map<String, String> links = new LinkedHashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> links.put(row.getLiteral("text").getString(), row.getLiteral("link").getString()));
        }
        return links;
    }
}
