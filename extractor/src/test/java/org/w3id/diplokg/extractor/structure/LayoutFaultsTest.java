package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Omission;
import org.w3id.diplokg.extractor.model.PageJump;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.source.SourceReader;

/**
 * A newspaper's layout in the text, seen by the structure stage: captions and bylines set inside a
 * sentence are cut out of it (its span records the cut, at the file's code points), and jump lines
 * and text broken off at page furniture are page jumps of the document.
 */
class LayoutFaultsTest {
    private final DocumentStructurer structurer = new DocumentStructurer();

    private Document seed(String file) throws Exception {
        return structurer.structure(new SourceReader().read(DocumentStructurerTest.seed(file)),
                Manifest.load(DocumentStructurerTest.seed("manifest.tsv")));
    }

    private Document text(Path temp, String text) throws Exception {
        Path file = Files.writeString(temp.resolve("page.txt"), text);
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), "page.txt\t2022-03-07\t\t王毅\ta test page\n");
        return structurer.structure(new SourceReader().read(file), Manifest.load(manifest));
    }

    private static List<Sentence> sentences(Document document) {
        return document.turns().stream().flatMap(turn -> turn.sentences().stream()).toList();
    }

    private static Sentence sentenceStarting(Document document, String start) {
        return sentences(document).stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    /** The code-point offset of {@code text} in the file. */
    private static int offsetOf(String raw, String text) {
        int index = raw.indexOf(text);
        assertTrue(index >= 0, text);
        return raw.codePointCount(0, index);
    }

    @Test
    void theCaptionSplicedIntoAQuotationOf2022IsCutOutAndTheQuotationRunsOn() throws Exception {
        Document document = seed("002_14f217126f1f39bb.txt");
        String raw = document.source().text();
        Sentence quotation = sentenceStarting(document, "小船经不起风浪");
        // (The closing quote opens its own line in the file, where the normaliser cannot tell it from an opening one.)
        assertEquals("小船经不起风浪，巨舰才能顶住惊涛骇浪。", quotation.text());
        assertEquals(1, quotation.omissions().size());
        Omission caption = quotation.omissions().get(0);
        int begin = offsetOf(raw, "国务委员兼外交部长王毅在十三届");
        int end = offsetOf(raw, "就中国外交政策和对外关系回答中外记者提问\n") + "就中国外交政策和对外关系回答中外记者提问".length();
        assertEquals(begin, caption.sourceBegin());
        assertEquals(end, caption.sourceEnd());
        assertEquals("国务委员兼外交部长王毅在十三届全国人大五次会议举行的视频记者会上\n\n就中国外交政策和对外关系回答中外记者提问",
                caption.sourceText());
        assertTrue(caption.what().startsWith("a photo caption"), caption.what());
        // The span still runs from 小船 to the closing quote: only the caption inside it is left out.
        assertEquals(offsetOf(raw, "小船经不起风浪"), quotation.sourceBegin());
        assertEquals(offsetOf(raw, "才能顶住惊涛骇浪。”") + "才能顶住惊涛骇浪。".length(), quotation.sourceEnd());
    }

    @Test
    void noStatementOfTheSeedsHoldsACaptionSetIntoTheText() throws Exception {
        for (String file : List.of("000_d9d0ae3ca28eebeb.txt", "001_91b48a67ea093576.txt", "002_14f217126f1f39bb.txt")) {
            for (Sentence sentence : sentences(seed(file))) {
                // The dateline's own sentence says so with punctuation (…王毅就中国外交政策和对外关系回答中外记者提问。): that is no caption.
                assertFalse(sentence.text().matches(".*[^，。]{2}外交部长王毅(在|回答).*记者提问[^。].*"), file + ": " + sentence.text());
                assertFalse(sentence.text().contains("对外关系国务委员"), file + ": " + sentence.text());
            }
        }
        // 000: the same caption in two lines inside a question, which its OCR cut short; it is out of it.
        assertTrue(sentences(seed("000_d9d0ae3ca28eebeb.txt")).stream().anyMatch(s -> s.text().equals("该如何理解党")));
    }

    @Test
    void captionsCreditsAndBylinesOfAnyWordingAreCutOutWhereverASentenceRunsOn(@TempDir Path temp) throws Exception {
        Document page = text(temp, """
                外交部发言人记者会
                问：中方如何看待双方的合作？
                答：我们愿同各方一道，推动
                外交部发言人汪文斌在例行记者会上
                回答记者提问
                构建人类命运共同体。中方愿
                新华社记者 李明摄
                继续提供力所能及的帮助。中国同各国的
                本报记者 张三 李四
                友好关系不断发展。我们欢迎
                双边关系
                更加紧密。
                """);
        String raw = page.source().text();
        Sentence first = sentenceStarting(page, "我们愿同各方一道");
        assertEquals("我们愿同各方一道，推动构建人类命运共同体。", first.text());
        assertEquals("外交部发言人汪文斌在例行记者会上\n回答记者提问", first.omissions().get(0).sourceText());
        assertEquals(offsetOf(raw, "外交部发言人汪文斌"), first.omissions().get(0).sourceBegin());
        Sentence second = sentenceStarting(page, "中方愿");
        assertEquals("中方愿继续提供力所能及的帮助。", second.text());
        assertEquals("新华社记者 李明摄", second.omissions().get(0).sourceText());
        assertEquals("a photo credit", second.omissions().get(0).what());
        Sentence third = sentenceStarting(page, "中国同各国的");
        assertEquals("中国同各国的友好关系不断发展。", third.text());
        assertEquals("a byline", third.omissions().get(0).what());
        // A short line without punctuation that has no caption's form is part of the sentence.
        Sentence fourth = sentenceStarting(page, "我们欢迎");
        assertEquals("我们欢迎双边关系更加紧密。", fourth.text());
        assertTrue(fourth.omissions().isEmpty());
        assertTrue(page.pageJumps().isEmpty());
        assertFalse(page.breaksOff());
        assertEquals("a test page", page.note());
    }

    @Test
    void the2022PageBreaksOffAtItsJumpLineAndJumpsAtThePhoto() throws Exception {
        Document document = seed("002_14f217126f1f39bb.txt");
        String raw = document.source().text();
        assertEquals(2, document.pageJumps().size(), document.pageJumps().toString());
        // 我们时刻 stops mid-sentence at the photo (its caption and credit); 合各方需要 comes from elsewhere.
        PageJump photo = document.pageJumps().get(0);
        assertFalse(photo.marked());
        assertEquals(offsetOf(raw, "3月7日，十三届全国人大五次会议在北京"), photo.sourceBegin());
        assertEquals(offsetOf(raw, "邢广利摄") + 4, photo.sourceEnd());
        assertTrue(photo.sourceText().endsWith("新华社记者 邢广利摄"), photo.sourceText());
        PageJump end = document.pageJumps().get(1);
        assertEquals("(下转第四版)", end.sourceText());
        assertEquals(4, end.toPage());
        assertNull(end.fromPage());
        assertEquals(offsetOf(raw, "(下转第四版)"), end.sourceBegin());
        assertTrue(document.breaksOff());
        assertEquals("breaks off at (下转第四版)", document.note());
    }

    @Test
    void the2021RenditionJumpsToPageThirteenAndGoesOn() throws Exception {
        Document document = seed("001_91b48a67ea093576.txt");
        assertEquals(1, document.pageJumps().size());
        assertEquals(13, document.pageJumps().get(0).toPage());
        assertEquals("（下转第十三版）", document.pageJumps().get(0).sourceText());
        assertFalse(document.breaksOff(), "the file goes on after the jump line");
        for (String file : List.of("000_d9d0ae3ca28eebeb.txt", "003_110b0fdd1e2310aa.txt", "004_05afde865cfdeba6.txt")) {
            assertTrue(seed(file).pageJumps().isEmpty(), file);
        }
    }

    @Test
    void aJumpLineFromAnotherPageIsAJumpToo(@TempDir Path temp) throws Exception {
        Document page = text(temp, """
                王毅：中方愿同各方一道，推动和平进程。
                （上接第一版）
                各方应当保持冷静克制。
                """);
        assertEquals(1, page.pageJumps().size());
        assertEquals(1, page.pageJumps().get(0).fromPage());
        assertNull(page.pageJumps().get(0).toPage());
        assertFalse(page.breaksOff());
    }
}
