package org.w3id.diplokg.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Omission;
import org.w3id.diplokg.extractor.model.PageJump;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.normalize.TextNormalizer;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.source.SourceReader;

/** Structure of each seed, checked against counts taken by reading the files. */
class DocumentStructurerTest {
    private final DocumentStructurer structurer = new DocumentStructurer();

    static Path seed(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds"))) {
                return dir.resolve("seeds").resolve(name);
            }
        }
        throw new IllegalStateException("no seeds/");
    }

    private Document structure(String file, boolean withManifest) throws InputException {
        Manifest manifest = withManifest ? Manifest.load(seed("manifest.tsv")) : Manifest.empty();
        return structurer.structure(new SourceReader().read(seed(file)), manifest);
    }

    private static List<String> outlets(Document document) {
        return document.turns().stream().filter(t -> t.kind() == TurnKind.QUESTION).map(Turn::outlet).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "000_d9d0ae3ca28eebeb.txt, 2021-03-07, dateline, 18",
        "001_91b48a67ea093576.txt, 2021-03-07, dateline, 15",
        "002_14f217126f1f39bb.txt, 2022-03-07, dateline, 10",
        "003_110b0fdd1e2310aa.txt, 2020-05-24, dateline, 23",
        "004_05afde865cfdeba6.txt, 2021-01-02, header, 13"})
    void findsTheDateWithoutTheManifestAndEveryQuestion(String file, String date, String dateSource, int questions) throws Exception {
        Document document = structure(file, false);
        assertEquals(LocalDate.parse(date), document.date());
        assertEquals(dateSource, document.dateSource());
        assertEquals(questions, outlets(document).size());
        assertEquals("manifest", structure(file, true).dateSource());
        // Every question is followed by an answer from 王毅.
        List<Turn> turns = document.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).kind() == TurnKind.QUESTION) {
                Turn next = turns.get(i + 1);
                assertEquals(TurnKind.ANSWER, next.kind(), file + " turn " + (i + 1));
                assertEquals("王毅", next.speaker());
            }
        }
    }

    /**
     * Statements per seed, checked against the sentence-final marks (。！？, runs counted once) in
     * each file: 000 has 261 marks, less the closing note 记者会历时…, plus 9 sentences its OCR cut
     * short; 001 has 216, plus its two title lines (王毅在…视频记者会上, 就中国外交政策…提问); 002 has 163, less the photo caption's 2 and the 8 in the second copies of
     * its five paragraphs printed twice, plus 我们时刻, cut short by the photo; 003 has 373, less the closing note; 004 has 195, less the
     * caption before 新华社记者刘彬摄, plus 全文如下, which has no mark, plus its headline.
     */
    @ParameterizedTest
    @CsvSource({"000_d9d0ae3ca28eebeb.txt, 269", "001_91b48a67ea093576.txt, 218", "002_14f217126f1f39bb.txt, 154",
        "003_110b0fdd1e2310aa.txt, 372", "004_05afde865cfdeba6.txt, 196"})
    void countsTheStatementsOfEachSeed(String file, int statements) throws Exception {
        assertEquals(statements, structure(file, true).turns().stream().mapToInt(t -> t.sentences().size()).sum());
    }

    @Test
    void thePhotoCaptionIsNoStatement() throws Exception {
        assertTrue(structure("002_14f217126f1f39bb.txt", true).turns().stream().flatMap(t -> t.sentences().stream())
                .noneMatch(s -> s.text().contains("梅地亚中心")));
    }

    @Test
    void namesTheOutletsInTheOrderTheyAsk() throws Exception {
        assertEquals(List.of("人民日报", "中国国际电视台", "新华社", "今日俄罗斯国际通讯社"),
                outlets(structure("003_110b0fdd1e2310aa.txt", true)).subList(0, 4));
        assertEquals(List.of("中央广播电视台总台央视", "路透社", "凤凰卫视", "今日俄罗斯国际通讯社"),
                outlets(structure("002_14f217126f1f39bb.txt", true)).subList(0, 4));
        // 000 is OCR: 《人民日报》记者: follows the end of a sentence inside a paragraph.
        assertEquals(List.of("中央广播电视总台央视", "塔斯社", "人民日报", "香港中评社"),
                outlets(structure("000_d9d0ae3ca28eebeb.txt", true)).subList(0, 4));
    }

    @Test
    void theInterviewWithoutColonsHasItsTurnsAndNoOutlets() throws Exception {
        Document document = structure("004_05afde865cfdeba6.txt", true);
        assertTrue(outlets(document).stream().allMatch(o -> o == null));
        Turn first = document.turns().stream().filter(t -> t.kind() == TurnKind.QUESTION).findFirst().orElseThrow();
        assertEquals("年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击，您如何看待这一年的国际形势和外交工作？",
                first.sentences().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(下转第四版)", "（下转第十三版）", "邢广利摄", "刘彬摄", "记者会历时", "2021/01/02"})
    void pageFurnitureNeverBecomesAStatement(String furniture) throws Exception {
        String normalisedFurniture = new TextNormalizer().normalize(furniture).text();
        for (String file : List.of("000_d9d0ae3ca28eebeb.txt", "001_91b48a67ea093576.txt", "002_14f217126f1f39bb.txt",
                "003_110b0fdd1e2310aa.txt", "004_05afde865cfdeba6.txt")) {
            for (Turn turn : structure(file, true).turns()) {
                for (Sentence sentence : turn.sentences()) {
                    assertFalse(sentence.text().contains(normalisedFurniture), file + ": " + sentence.text());
                }
            }
        }
    }

    @Test
    void aParagraphPrintedTwiceIsReadOnce() throws Exception {
        // One of the five paragraphs 002 prints twice.
        String repeated = "三是推出“健康畅行计划”";
        long copies = structure("002_14f217126f1f39bb.txt", true).turns().stream()
                .flatMap(t -> t.sentences().stream()).filter(s -> s.text().startsWith(repeated)).count();
        assertEquals(2, Files.readString(seed("002_14f217126f1f39bb.txt")).split(repeated, -1).length - 1, "printed twice");
        assertEquals(1, copies);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d9d0ae3ca28eebeb.txt", "001_91b48a67ea093576.txt", "002_14f217126f1f39bb.txt",
            "003_110b0fdd1e2310aa.txt", "004_05afde865cfdeba6.txt"})
    void everySentenceSpanPointsAtItsTextInTheRawFile(String file) throws Exception {
        SourceText source = new SourceReader().read(seed(file));
        int[] codePoints = source.text().codePoints().toArray();
        TextNormalizer normalizer = new TextNormalizer();
        Document document = structurer.structure(source, Manifest.load(seed("manifest.tsv")));
        int sentences = 0;
        for (Turn turn : document.turns()) {
            for (Sentence sentence : turn.sentences()) {
                // The span's text less what it omits (a caption set in the sentence) is the sentence.
                StringBuilder kept = new StringBuilder();
                int at = sentence.sourceBegin();
                for (Omission omission : sentence.omissions()) {
                    kept.append(new String(codePoints, at, omission.sourceBegin() - at));
                    assertEquals(omission.sourceText(), new String(codePoints, omission.sourceBegin(),
                            omission.sourceEnd() - omission.sourceBegin()));
                    at = omission.sourceEnd();
                }
                kept.append(new String(codePoints, at, sentence.sourceEnd() - at));
                String raw = kept.toString();
                // Out of its paragraph a quote mark cannot tell opening from closing: compare them folded.
                assertEquals(foldQuotes(sentence.text()), foldQuotes(normalizer.normalize(raw).text().replace("\n", "")),
                        file + " [" + sentence.sourceBegin() + "," + sentence.sourceEnd() + ")");
                sentences++;
            }
        }
        assertTrue(sentences > 100, file + " sentences: " + sentences);
    }

    private static String foldQuotes(String text) {
        return text.replace('”', '“').replace('-', '—');
    }

    @Test
    void aTextWithoutADateNeedsTheManifest(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("undated.txt"), "王毅：中俄关系是新型大国关系的典范。\n");
        InputException problem = assertThrows(InputException.class,
                () -> structurer.structure(new SourceReader().read(file), Manifest.empty()));
        assertTrue(problem.getMessage().contains("no event date found"), problem.getMessage());
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), "undated.txt\t2023-03-07\t\t\t\n");
        assertEquals(LocalDate.of(2023, 3, 7), structurer.structure(new SourceReader().read(file), Manifest.load(manifest)).date());
    }

    @Test
    void aDayWithoutAYearIsNamedInTheRefusal(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("yearless.txt"), "新华社北京10月18日电 外交部长今天接受了采访。\n问：您如何看待中欧关系？\n");
        InputException problem = assertThrows(InputException.class,
                () -> structurer.structure(new SourceReader().read(file), Manifest.empty()));
        assertTrue(problem.getMessage().contains("gives the day (新华社北京10月18日电) but no year"), problem.getMessage());
        assertTrue(problem.getMessage().contains("yearless.txt"), problem.getMessage());
    }

    private Document structureText(Path temp, String text) throws Exception {
        Path file = Files.writeString(temp.resolve("text.txt"), text);
        return structurer.structure(new SourceReader().read(file), Manifest.empty());
    }

    @Test
    void aSpeechReportedUnderADatelineIsNarrationThenTheSpeakersRemarks(@TempDir Path temp) throws Exception {
        Document speech = structureText(temp, """
                王毅在第55届慕尼黑安全会议上的演讲
                2019/02/17 08:00
                新华社慕尼黑2月16日电 国务委员兼外交部长王毅16日在第55届慕尼黑安全会议上发表演讲。演讲全文如下：
                （2019年2月16日，慕尼黑）
                很高兴再次来到慕尼黑安全会议。
                多边主义是维护和平、促进发展的有效途径。
                """);
        assertEquals(LocalDate.of(2019, 2, 16), speech.date());
        // The headline, the dateline's narration, the dated header (where he spoke), then his remarks.
        assertEquals(List.of(TurnKind.NARRATION, TurnKind.NARRATION, TurnKind.NARRATION, TurnKind.REMARKS),
                speech.turns().stream().map(Turn::kind).toList());
        assertEquals("王毅在第55届慕尼黑安全会议上的演讲", speech.turns().get(0).sentences().get(0).text());
        assertEquals(List.of("（2019年2月16日，慕尼黑）"), speech.turns().get(2).sentences().stream().map(Sentence::text).toList());
        assertEquals("王毅", speech.turns().get(3).speaker());
        assertEquals(List.of("很高兴再次来到慕尼黑安全会议。", "多边主义是维护和平、促进发展的有效途径。"),
                speech.turns().get(3).sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void aShortLeadEndingInAColonIsNarrationNotAHeadline(@TempDir Path temp) throws Exception {
        Document interview = structureText(temp, """
                总理接受某报书面采访
                2001年5月9日，国务院总理在出访之际，书面回答了某报的提问。全文如下：
                问：此访的目的是什么？
                答：增进了解。
                """);
        assertEquals("总理接受某报书面采访", interview.event(), "only the headline names the document");
        List<String> narration = interview.turns().stream().filter(t -> t.kind() == TurnKind.NARRATION)
                .flatMap(t -> t.sentences().stream()).map(Sentence::text).toList();
        assertTrue(narration.contains("2001年5月9日，国务院总理在出访之际，书面回答了某报的提问。"),
                "the lead's sentences are statements, read like any other: " + narration);
    }

    @Test
    void aSourceLineNamesItsPublisherAndNothingElse(@TempDir Path temp) throws Exception {
        Document interview = structureText(temp, """
                王毅接受《人民日报》专访
                来源：外交部网站 2015-11-26
                2015年11月26日，外交部长王毅在北京接受《人民日报》专访。
                记者：您如何看待今年的中国外交？
                王毅：今年中国外交亮点纷呈。
                """);
        assertEquals(LocalDate.of(2015, 11, 26), interview.date());
        assertEquals("王毅接受《人民日报》专访", interview.event(), "the headline names the document, not the publisher");
        List<String> narration = interview.turns().stream().filter(t -> t.kind() == TurnKind.NARRATION)
                .flatMap(t -> t.sentences().stream()).map(Sentence::text).toList();
        assertTrue(narration.contains("来源：外交部网站"), "the publisher is named in a statement of its own: " + narration);
        assertTrue(narration.stream().noneMatch(t -> t.contains("2015-11-26")), "the page's date is furniture");
    }

    @Test
    void anInterviewersNamedTurnsAreQuestionsOfTheOutletTheLeadNames(@TempDir Path temp) throws Exception {
        Document interview = structureText(temp, """
                杨洁篪外长接受美国全国广播公司专访
                2009年4月2日，外交部长杨洁篪在北京接受了美国全国广播公司（NBC）主持人布赖恩·威廉斯的专访。
                威廉斯：外长先生，您如何看待中美关系？
                杨洁篪：中美关系总体稳定。
                两国合作领域不断扩大。
                威廉斯：您对朝鲜半岛局势有何看法？
                杨洁篪：中方主张通过对话解决问题。
                """);
        List<Turn> questions = interview.turns().stream().filter(t -> t.kind() == TurnKind.QUESTION).toList();
        assertEquals(List.of("美国全国广播公司", "美国全国广播公司"), questions.stream().map(Turn::outlet).toList());
        assertEquals(List.of("杨洁篪", "杨洁篪"), interview.turns().stream().filter(t -> t.kind() == TurnKind.ANSWER)
                .map(Turn::speaker).toList());
    }

    @Test
    void aReportersTurnThatOnlyThanksAsksNoQuestion(@TempDir Path temp) throws Exception {
        Document interview = structureText(temp, """
                杨洁篪外长接受美国全国广播公司专访
                2009年4月2日，外交部长杨洁篪在北京接受了美国全国广播公司（NBC）主持人布赖恩·威廉斯的专访。
                威廉斯：谢谢外长。您如何看待中美关系？
                杨洁篪：中美关系总体稳定。
                威廉斯：谢谢外长先生接受我们的采访。
                """);
        List<Turn> questions = interview.turns().stream().filter(t -> t.kind() == TurnKind.QUESTION).toList();
        assertEquals(1, questions.size(), "thanks before a question still opens one; thanks alone closes the interview: " + questions);
        assertEquals(TurnKind.NARRATION, interview.turns().get(interview.turns().size() - 1).kind());
    }

    @Test
    void anEnumerationInsideAnAnswerStaysInIt(@TempDir Path temp) throws Exception {
        Document document = structureText(temp, """
                新华社北京3月7日电 十四届全国人大一次会议7日举行记者会。
                《人民日报》记者：中方对全球治理有何主张？
                秦刚：我们有三点主张。
                一是：坚持真正的多边主义。
                二是：坚持开放合作。
                """);
        List<Turn> turns = document.turns();
        assertEquals(List.of(TurnKind.NARRATION, TurnKind.QUESTION, TurnKind.ANSWER), turns.stream().map(Turn::kind).toList());
        assertEquals("秦刚", turns.get(2).speaker(), "a name opening one turn, marked like the reporter's");
        assertEquals(3, turns.get(2).sentences().size());
    }

    @Test
    void aBadManifestLineIsNamed(@TempDir Path temp) throws Exception {
        Path manifest = Files.writeString(temp.resolve("manifest.tsv"), "# comment\nx.txt\t7 March 2021\n");
        InputException problem = assertThrows(InputException.class, () -> Manifest.load(manifest));
        assertTrue(problem.getMessage().contains("manifest line 2: date \"7 March 2021\" is not YYYY-MM-DD"), problem.getMessage());
    }

    @Test
    void npcSessionsGiveTheirYear() {
        assertEquals(2018, DocumentDateFinder.npcSessionYear(13, 1));
        assertEquals(2021, DocumentDateFinder.npcSessionYear(13, 4));
        assertEquals(2023, DocumentDateFinder.npcSessionYear(14, 1));
    }
}
