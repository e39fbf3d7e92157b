package org.w3id.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.SeedsDataset;
import picocli.CommandLine;

/** The command line as a user meets it: output, exit codes and messages. */
class CliTest {
    /** A small transcript written for this test: a dateline, opening remarks, two questions. */
    static final String TRANSCRIPT = """
            新华社北京3月8日电 十四届全国人大一次会议8日在人民大会堂举行记者会，外交部长秦刚就中国外交政策和对外关系回答中外记者提问。
            秦刚：各位记者朋友，大家好！
            中央广播电视总台央视记者：您如何看待中俄关系的前景？
            秦刚：中俄关系是新型大国关系的典范。去年，两国元首多次会晤。我们都支持《联合国宪章》的宗旨和原则。
            路透社记者：中方如何看待台湾问题？
            秦刚：台湾是中国领土不可分割的一部分。
            """;

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String data() {
        return SeedsDataset.folder().toString();
    }

    @Test
    void queryPrintsATableCsvTsvAndJson() {
        String query = "SELECT ?file WHERE { ?d a dkg:Document ; dkg:sourceFile ?file } ORDER BY ?file";
        Run table = run("query", "--data", data(), query);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("| \"000_d9d0ae3ca28eebeb.txt\" |"), table.out());
        Run csv = run("query", "--data", data(), "--format", "csv", query);
        assertEquals("file\r\n000_d9d0ae3ca28eebeb.txt\r\n001_91b48a67ea093576.txt\r\n002_14f217126f1f39bb.txt\r\n"
                + "003_110b0fdd1e2310aa.txt\r\n004_05afde865cfdeba6.txt\r\n", csv.out());
        Run tsv = run("query", "--data", data(), "--format", "tsv", query);
        assertTrue(tsv.out().startsWith("?file\n\"000_d9d0ae3ca28eebeb.txt\""), tsv.out());
        Run json = run("query", "--data", data(), "--format", "json", query);
        assertTrue(json.out().contains("\"value\": \"004_05afde865cfdeba6.txt\""), json.out());
        Run ask = run("query", "--data", data(), "ASK { ?s a dkg:Region }");
        assertEquals("yes", ask.out().trim());
    }

    @Test
    void queryReadsAFileAndRunsFullTextSearch() throws Exception {
        Path file = Files.writeString(temp.resolve("q.rq"),
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (nif:isString '\"一带一路\"' 100) }");
        Run run = run("query", "--data", data(), "--format", "csv", "--file", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        int n = Integer.parseInt(run.out().split("\r\n")[1]);
        assertTrue(n >= 10, "statements with 一带一路: " + n);
    }

    @Test
    void aQueryThatDoesNotParseSaysWhereAndExitsWithTwo() {
        Run run = run("query", "--data", data(), "SELECT ?s WHERE {\n  ?s ?p \n}");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not parse (line 3"), run.err());
    }

    @Test
    void missingFilesAndFoldersAreUsageErrors() {
        Run query = run("query", "--data", temp.resolve("none").toString(), "ASK {}");
        assertEquals(1, query.exitCode());
        assertTrue(query.err().contains("no dataset in"), query.err());
        Run build = run("build", "--data", temp.resolve("data").toString(), temp.resolve("missing.txt").toString());
        assertEquals(2, build.exitCode());
        assertTrue(build.err().contains("no such file or folder: " + temp.resolve("missing.txt")), build.err());
        Run out = run("build", "--data", temp.resolve("data").toString(), "--out", "kg.xlsx", temp.toString());
        assertTrue(out.exitCode() != 0 && out.err().contains("cannot tell the format"), out.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "query", "bench"}) {
            Run run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: diplokg " + command), run.out());
        }
        assertTrue(run("--version").out().startsWith("diplokg "));
    }

    @Test
    void badFilesAreNamedAndSkippedTheGoodOnesBuiltAndExported() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("inputs"));
        Files.writeString(inputs.resolve("a_good.txt"), TRANSCRIPT, StandardCharsets.UTF_8);
        Files.write(inputs.resolve("b_gbk.txt"), TRANSCRIPT.replace("秦刚：各位记者朋友，大家好！", "秦刚：大家好！")
                .getBytes(Charset.forName("GB18030")));
        Files.write(inputs.resolve("c_empty.txt"), new byte[0]);
        Files.write(inputs.resolve("d_binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        byte[] broken = "新华社北京3月8日电 中俄关系。".getBytes(StandardCharsets.UTF_8);
        broken[4] = (byte) 0xFF;
        Files.write(inputs.resolve("e_broken.txt"), broken);
        Path data = temp.resolve("data");
        Path trig = temp.resolve("kg.trig");

        Run run = run("build", "--data", data.toString(), "--out", trig.toString(), inputs.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("c_empty.txt: empty file"), run.err());
        assertTrue(run.err().contains("d_binary.txt: binary file, not text (NUL byte at byte offset 4)"), run.err());
        // 0xFF broke the second byte of 华 (bytes 3-5): the malformed sequence starts at byte 3.
        assertTrue(run.err().contains("e_broken.txt: not valid UTF-8 (malformed byte 0xE5 at byte offset 3) and not GB18030 text either"), run.err());
        assertTrue(run.err().contains("b_gbk.txt: not UTF-8; read as GB18030"), run.err());
        assertTrue(run.err().contains("built 2 document(s)"), run.err());

        Dataset exported = RDFDataMgr.loadDataset(trig.toString());
        assertEquals(3, org.apache.jena.atlas.iterator.Iter.count(exported.listNames()), "two documents and the provenance graph");
        Run speakers = run("query", "--data", data.toString(), "--format", "csv",
                "SELECT DISTINCT ?name WHERE { ?s dkg:speaker ?p . ?p skos:prefLabel ?name FILTER (lang(?name) = \"zh\") } ORDER BY ?name");
        assertEquals("name\r\n秦刚\r\n", speakers.out());
        Run outlets = run("query", "--data", data.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a dkg:Question ; dkg:askedBy ?o }");
        assertEquals("n\r\n2\r\n", outlets.out(), "the two renditions share their questions");
    }

    @Test
    void aBuildWhereEveryFileFailsKeepsThePreviousDataset() throws Exception {
        Path good = Files.createDirectories(temp.resolve("good"));
        Files.writeString(good.resolve("good.txt"), TRANSCRIPT);
        Path data = temp.resolve("data");
        assertEquals(0, run("build", "--data", data.toString(), good.toString()).exitCode());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String before = run("query", "--data", data.toString(), "--format", "csv", count).out();

        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Run run = run("build", "--data", data.toString(), bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nothing was built; " + data + " is unchanged"), run.err());
        assertEquals(before, run("query", "--data", data.toString(), "--format", "csv", count).out());
        assertFalse(Files.exists(temp.resolve("data.building")));
    }

    @Test
    void aSealedSetIsScoredOnlyWithTheSealedFlag() throws Exception {
        Path set = Files.createDirectories(temp.resolve("gold-sealed").resolve("some-set"));
        Files.writeString(set.resolve("documents.txt"), "t.txt\n");
        Files.writeString(set.resolve("t.txt"), TRANSCRIPT);
        Run run = run("eval", "--data", data(), "--seeds", SeedsDataset.projectRoot().resolve("seeds").toString(), set.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is a sealed test set: score it only on purpose, with --sealed"), run.err());
    }
}
