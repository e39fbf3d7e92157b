package org.w3id.diplokg.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3id.diplokg.data.DataFile;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void removesOcrSpacesInsideChineseAndWidensPunctuation() {
        // From seed 000, a newspaper OCR.
        String raw = "十三 届全国人大四次会议7日在人民大会 堂举行视频记者会,国务委员兼外交 部长王毅回答提问。";
        assertEquals("十三届全国人大四次会议7日在人民大会堂举行视频记者会，国务委员兼外交部长王毅回答提问。", normalizer.normalize(raw).text());
    }

    @Test
    void aGapBetweenColumnsStaysOneSpace() {
        // Two signatures under a joint statement, set apart by spaces or ideographic spaces.
        assertEquals("中华人民共和国主席 俄罗斯联邦总统\n胡锦涛 弗·弗·普京\n",
                normalizer.normalize("中华人民共和国主席          俄罗斯联邦总统   \n胡锦涛\u3000\u3000\u3000\u3000弗·弗·普京\n").text());
        assertEquals("外交部长王毅", normalizer.normalize("外交部长  王毅").text(), "two spaces are OCR's, or a byline's");
    }

    @Test
    void theSpaceAfterADatelineStays() {
        assertEquals("新华社北京10月5日电 国务院总理会见了来宾。", normalizer.normalize("新华社北京10月5日电 国务院总理会见了来宾。").text());
        assertEquals("他在5日电告对方。", normalizer.normalize("他在5日电 告对方。").text(), "a space OCR left after 日电 inside a sentence");
    }

    @Test
    void keepsSpacesBetweenLatinWordsAndPunctuationInsideNumbers() {
        assertEquals("New York Times报道，2021/01/02 10:19发布1,200人。",
                normalizer.normalize("New York Times报道,2021/01/02 10:19发布1,200人。").text());
        assertEquals("ABC123", normalizer.normalize("ＡＢＣ１２３").text());
    }

    @Test
    void straightQuotesBecomeOpeningAndClosingQuotes() {
        assertEquals("我们将心怀“国之大者”，推进“一带一路”。", normalizer.normalize("我们将心怀\"国之大者\",推进\"一带一路\"。").text());
    }

    @Test
    void aHyphenBetweenChineseNamesIsTheDash() {
        assertEquals("中国—东盟博览会", normalizer.normalize("中国-东盟博览会").text());
    }

    @Test
    void repairsOcrErrorsFromTheDataFile() {
        assertEquals("这些数字说明，中国入世，实现了共赢。", normalizer.normalize("这些数字说明,中国人世,实现了共赢。").text());
        assertEquals("中国人世代友好。", normalizer.normalize("中国人世代友好。").text());
    }

    @Test
    void aRepairThatChangesTheLengthIsRefusedWhenTheListLoads() {
        DataFile.Row longer = new DataFile.Row("ocr-fixes.tsv", 7, new String[] {"人世", "加入世贸", "中国", "", "a wrong repair"});
        DataFile.Problem problem = assertThrows(DataFile.Problem.class, () -> OcrFix.of(longer));
        assertEquals("ocr-fixes.tsv:7: the repair of 人世 by 加入世贸 changes the length (2 to 4 UTF-16 units): "
                + "the offsets into the source would shift", problem.getMessage());
        DataFile.Row same = new DataFile.Row("ocr-fixes.tsv", 8, new String[] {"人世", "入世", "中国", "", ""});
        assertEquals("中国入世", OcrFix.of(same).pattern().matcher("中国人世").replaceAll(OcrFix.of(same).repair()));
    }

    @Test
    void everyCleanCharacterPointsBackToItsRawCodePoint() {
        String raw = "据新华社 北京3月7日电\u3000王毅: 𠀀中国";
        NormalizedText normalized = normalizer.normalize(raw);
        int[] rawCodePoints = raw.codePoints().toArray();
        String text = normalized.text();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int clean = text.codePointAt(i);
            int source = rawCodePoints[normalized.sourceOffsets()[i]];
            if (clean == ' ') {
                assertTrue(Character.isSpaceChar(source), "a kept space comes from a space, at " + i); // \u3000 too
            } else if (clean != '：') {
                assertEquals(source, clean, "at " + i);
            }
        }
    }
}
