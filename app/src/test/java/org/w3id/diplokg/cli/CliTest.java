package org.w3id.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.pipeline.Extraction;
import org.w3id.diplokg.store.KnowledgeGraphStore;
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
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with its commands made by {@code factory}. */
    private static Run run(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(factory);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String data() {
        return SeedsDataset.folder().toString();
    }

    /** Commands as usual, except that {@code build} extracts with {@code extractions} (a tagger of the test's own). */
    private static CommandLine.IFactory building(Supplier<Extraction.Builder> extractions) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == BuildCommand.class ? type.cast(new BuildCommand(extractions)) : CommandLine.defaultFactory().create(type);
            }
        };
    }

    private static CommandLine.IFactory buildingWith(EntityTagger tagger) {
        return building(() -> Extraction.builder().tagger(tagger));
    }

    /** Three transcripts of 8, 9 and 10 March 2023; the second alone speaks of 中欧 and ends with 中欧合作前景广阔。 */
    private Path threeTranscripts() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("three"));
        Files.writeString(inputs.resolve("a_first.txt"), TRANSCRIPT);
        Files.writeString(inputs.resolve("b_second.txt"),
                TRANSCRIPT.replace("8日", "9日").replace("中俄", "中欧").replace("一部分。", "一部分。中欧合作前景广阔。"));
        Files.writeString(inputs.resolve("c_third.txt"), TRANSCRIPT.replace("8日", "10日").replace("中俄", "中日"));
        return inputs;
    }

    /** Builds {@link #threeTranscripts()} into temp/data, extracting with {@code tagger}. */
    private Run buildThree(EntityTagger tagger) throws Exception {
        return run(buildingWith(tagger), "build", "--data", temp.resolve("data").toString(), threeTranscripts().toString());
    }

    /** How the progress line of the second transcript begins when it failed. */
    private String secondFailed() {
        return "[2/3] FAILED " + temp.resolve("three/b_second.txt") + ": ";
    }

    private static String ask(Path data, String query) {
        return run("query", "--data", data.toString(), "ASK { " + query + " }").out().trim();
    }

    /** The documents the dataset holds, and whether anything of b_second (its IRIs, or its 中欧 text) is left. */
    private static void assertOnlyTheFirstAndThirdDocuments(Path data) {
        assertEquals("file\r\na_first.txt\r\nc_third.txt\r\n", run("query", "--data", data.toString(), "--format", "csv",
                "SELECT ?file WHERE { ?d a dkg:Document ; dkg:sourceFile ?file } ORDER BY ?file").out());
        assertEquals("no", ask(data, "GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?g), \"b_second\"))"), "its named graph");
        assertEquals("no", ask(data, "GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?s), \"b_second\") || CONTAINS(STR(?o), \"b_second\"))"),
                "its document, source or spans, in any graph (provenance too)");
        assertEquals("no", ask(data, "GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?o), \"中欧\"))"), "its statements");
        assertEquals("yes", ask(data, "?s nif:isString \"台湾是中国领土不可分割的一部分。\""), "the last turn of the others");
    }

    /**
     * The seeds' dataset written out as Spark leaves shards: the 2021 renditions' graphs in one file,
     * the others and the provenance in another, beside a _SUCCESS marker and a checksum file.
     */
    private Path seedsAsShards() throws Exception {
        Path shards = Files.createDirectories(temp.resolve("shards"));
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Files.writeString(shards.resolve(".part-00000.crc"), "crc");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.open(SeedsDataset.folder());
             OutputStream first = Files.newOutputStream(shards.resolve("part-00000"));
             OutputStream second = Files.newOutputStream(shards.resolve("part-00001"))) {
            StreamRDF renditions = StreamRDFWriter.getWriterStream(first, RDFFormat.NQUADS_UTF8);
            StreamRDF others = StreamRDFWriter.getWriterStream(second, RDFFormat.NQUADS_UTF8);
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(quad ->
                    (quad.getGraph().getURI().matches(".*/graph/00[01]_.*") ? renditions : others).quad(quad)));
            renditions.finish();
            others.finish();
        }
        return shards;
    }

    private static long quadCount(Path data) {
        return Long.parseLong(run("query", "--data", data.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").out().split("\r\n")[1]);
    }

    @Test
    void loadBulkLoadsShardsWithTheBuildsQuadsAndItsFullTextIndex() throws Exception {
        Path data = temp.resolve("loaded");
        Run load = run("load", "--data", data.toString(), seedsAsShards().toString());
        assertEquals(0, load.exitCode(), load.err());
        long quads = quadCount(SeedsDataset.folder());
        assertEquals("loaded " + quads + " quads from 2 shards into " + data + " (text index rebuilt)", load.out().trim());
        assertEquals(quads, quadCount(data));
        assertEquals(run("query", "--data", data(), "--format", "csv", "SELECT ?s WHERE { ?s text:query (nif:isString '\"人类命运共同体\"' 1000) } ORDER BY ?s").out(),
                run("query", "--data", data.toString(), "--format", "csv", "SELECT ?s WHERE { ?s text:query (nif:isString '\"人类命运共同体\"' 1000) } ORDER BY ?s").out());
    }

    @Test
    void loadRefusesAMissingShardWithTwoAndOneNotNQuadsWithOneLeavingTheDatasetAsItWas() throws Exception {
        Path data = temp.resolve("loaded");
        Path shards = seedsAsShards();
        assertEquals(0, run("load", "--data", data.toString(), shards.toString()).exitCode());
        long quads = quadCount(data);

        Run missing = run("load", "--data", data.toString(), temp.resolve("part-00009").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("no such file or folder: " + temp.resolve("part-00009")), missing.err());

        Path turtle = Files.writeString(temp.resolve("kg.ttl"), "@prefix dkg: <https://w3id.org/diplokg/ontology#> .\n<a> a dkg:Country .\n");
        Run notNQuads = run("load", "--data", data.toString(), shards.resolve("part-00000").toString(), turtle.toString());
        assertEquals(1, notNQuads.exitCode(), notNQuads.err());
        assertTrue(notNQuads.err().startsWith("diplokg: " + turtle + ": not N-Quads: [line: 1, col: 1 ]"), notNQuads.err());
        assertTrue(notNQuads.err().contains("nothing was loaded"), notNQuads.err());

        Path triples = Files.writeString(temp.resolve("triples.nq"), "<https://example.org/a> <https://example.org/b> \"c\" .\n");
        Run defaultGraph = run("load", "--data", data.toString(), triples.toString());
        assertEquals(1, defaultGraph.exitCode(), defaultGraph.err());
        assertTrue(defaultGraph.err().contains(triples + ": not a diplokg shard: a triple in no named graph"), defaultGraph.err());

        assertEquals(quads, quadCount(data), "the dataset loaded first is still there, whole");
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
    void usageErrorsExitWithTwo() {
        Run option = run("build", "--colour", "red");
        assertEquals(2, option.exitCode(), option.err());
        assertTrue(option.err().contains("Unknown option: '--colour'"), option.err());
        Run command = run("rebuild");
        assertEquals(2, command.exitCode(), command.err());
        assertTrue(command.err().contains("Unmatched argument at index 0: 'rebuild'"), command.err());
        Run query = run("query", "--data", temp.resolve("none").toString(), "ASK {}");
        assertEquals(2, query.exitCode(), query.err());
        assertTrue(query.err().contains("diplokg: no dataset in"), query.err());
        Path root = SeedsDataset.projectRoot();
        Run eval = run("eval", "--seeds", root.resolve("seeds").toString(), "--data", temp.resolve("none").toString(),
                root.resolve("app/src/test/resources/gold/conference-2020").toString());
        assertEquals(2, eval.exitCode(), eval.err());
        assertTrue(eval.err().contains("diplokg: no dataset in"), eval.err());
        Run build = run("build", "--data", temp.resolve("data").toString(), temp.resolve("missing.txt").toString());
        assertEquals(2, build.exitCode());
        assertTrue(build.err().contains("no such file or folder: " + temp.resolve("missing.txt")), build.err());
        Run out = run("build", "--data", temp.resolve("data").toString(), "--out", "kg.xlsx", temp.toString());
        assertEquals(2, out.exitCode(), out.err());
        assertTrue(out.err().contains("Invalid value for option '--out': cannot tell the format of kg.xlsx"), out.err());
        assertFalse(Files.exists(temp.resolve("data")), "refused before any work");
        Run jobs = run("build", "--data", temp.resolve("data").toString(), "--jobs", "0", temp.toString());
        assertEquals(2, jobs.exitCode(), jobs.err());
        assertTrue(jobs.err().contains("diplokg: --jobs must be at least 1, not 0"), jobs.err());
        Run cache = run("serve", "--data", temp.resolve("data").toString(), "--query-cache-mb", "-1");
        assertEquals(2, cache.exitCode(), cache.err());
        assertTrue(cache.err().contains("diplokg: --query-cache-mb must be 0 (off) or more"), cache.err());
        // The query case is aQueryThatDoesNotParseSaysWhereAndExitsWithTwo.
    }

    @Test
    void everyCommandHasHelpListingItsExitCodes() {
        Map<String, List<Integer>> codes = Map.of("build", List.of(0, 1, 2, 4, 5), "load", List.of(0, 1, 2, 4, 5), "serve", List.of(1, 2, 4, 5),
                "query", List.of(0, 2, 4, 5), "eval", List.of(0, 2, 4, 5), "bench", List.of(0, 1, 2, 4, 5));
        codes.forEach((command, expected) -> {
            Run run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: diplokg " + command), run.out());
            assertEquals(expected, exitCodesListed(run.out()), command + ": " + run.out());
        });
        Run main = run("--help");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), exitCodesListed(main.out()), main.out());
        assertTrue(run("--version").out().startsWith("diplokg "));
    }

    /** The codes under "Exit codes:" in a help text, in order. */
    private static List<Integer> exitCodesListed(String help) {
        String section = help.substring(help.indexOf("Exit codes:"));
        return section.lines().skip(1).map(line -> line.strip().split(" ")[0]).filter(word -> word.matches("\\d"))
                .map(Integer::parseInt).toList();
    }

    @Test
    void theReadmeStatesTheExitCodesTheHelpLists() throws Exception {
        String readme = Files.readString(SeedsDataset.projectRoot().resolve("README.md")).replaceAll("\\s+", " ");
        String help = run("--help").out();
        for (String line : help.substring(help.indexOf("Exit codes:")).lines().skip(1).toList()) {
            String[] codeAndMeaning = line.strip().split("\\s+", 2);
            if (codeAndMeaning.length == 2 && codeAndMeaning[0].matches("\\d")) {
                // The help wraps long lines; the README holds each meaning whole.
                assertTrue(readme.contains("`" + codeAndMeaning[0] + "` " + codeAndMeaning[1].strip().split(";")[0]),
                        "README lacks exit code " + codeAndMeaning[0] + ": " + codeAndMeaning[1]);
            }
        }
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
    void anUnchangedBuildIsUpToDateAndAChangedFileIsTheOnlyOneExtractedAgain() throws Exception {
        Path data = temp.resolve("data");
        String[] build = {"build", "--data", data.toString(), "--jobs", "2", threeTranscripts().toString()};
        Run first = run(buildingWith(EntityTagger.NONE), build);
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(first.err().contains("from the cache"), first.err());
        assertTrue(Files.isDirectory(temp.resolve("data.cache")), "the cache lies beside the dataset");
        String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";
        String before = run("query", "--data", data.toString(), "--format", "tsv", all).out();

        Run again = run(buildingWith(EntityTagger.NONE), build);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().startsWith(data + " is up to date: built from the same 3 file(s), manifest and extractor; nothing to do"),
                again.err());
        assertEquals(before, run("query", "--data", data.toString(), "--format", "tsv", all).out(),
                "the dataset, build times included, is left as it was");

        Path third = temp.resolve("three/c_third.txt");
        Files.writeString(third, Files.readString(third).replace("中日", "中韩"));
        Run changed = run(buildingWith(EntityTagger.NONE), build);
        assertEquals(0, changed.exitCode(), changed.err());
        assertEquals(List.of("[1/3] a_first.txt from the cache", "[2/3] b_second.txt from the cache", "[3/3] c_third.txt extracted"),
                changed.err().lines().filter(line -> line.startsWith("[")).map(line -> line.substring(0, line.indexOf(':'))
                        + (line.contains("(from the cache, ") ? " from the cache" : " extracted")).toList(), changed.err());
        assertEquals("yes", ask(data, "?s nif:isString ?text FILTER (CONTAINS(?text, \"中韩\"))"));

        Run uncached = run(buildingWith(EntityTagger.NONE), "build", "--data", data.toString(), "--no-cache",
                threeTranscripts().toString());
        assertEquals(0, uncached.exitCode(), uncached.err());
        assertFalse(uncached.err().contains("from the cache") || uncached.err().contains("up to date"), uncached.err());
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
    void aBugInTheLastTurnOfADocumentLeavesNothingOfItExitsWithFourAndPrintsTheStackTrace() throws Exception {
        EntityTagger failsLate = sentence -> {
            if (sentence.contains("中欧合作前景广阔")) {
                throw new IllegalStateException("the tagger broke down");
            }
            return Tagging.NONE;
        };
        Run run = buildThree(failsLate);
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains(secondFailed() + "internal error, not a problem of the file "
                + "(java.lang.IllegalStateException: the tagger broke down); nothing of it was loaded. "
                + "This is a bug of diplokg; its stack trace:"), run.err());
        assertTrue(run.err().contains("\tat org.w3id.diplokg.cli.CliTest"), "the stack trace: " + run.err());
        assertTrue(run.err().contains("built 2 document(s)"), run.err());
        assertOnlyTheFirstAndThirdDocuments(temp.resolve("data"));
    }

    @Test
    void aBugOutsideTheExtractionExitsWithFourAndPrintsTheStackTrace() throws Exception {
        Run run = run(building(() -> {
            throw new IllegalStateException("no extraction today");
        }), "build", "--data", temp.resolve("data").toString(), threeTranscripts().toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("diplokg: internal error, a bug and not a problem of the input: "
                + "java.lang.IllegalStateException: no extraction today"), run.err());
        assertTrue(run.err().contains("\tat org.w3id.diplokg.cli.BuildCommand.call"), run.err());
    }

    @Test
    void aDocumentWhoseGraphBreaksAShapeIsRefusedNamingTheShapeAndTheOthersBuiltWithExitCodeOne() throws Exception {
        // The tagger says 张三丰 at the offsets of 典范: the mention's anchor is not the text there (dkgsh:PhraseShape).
        EntityTagger misplacedSpan = sentence -> {
            int at = sentence.indexOf("典范");
            return sentence.startsWith("中欧") && at >= 0
                    ? new Tagging(List.of(new NerSpan(at, at + 2, "张三丰", "PERSON")), null, null) : Tagging.NONE;
        };
        Run run = buildThree(misplacedSpan);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(secondFailed() + "its graph breaks the SHACL shapes (1 violation), so nothing of it was loaded:\n"
                + "    dkgsh:PhraseShape, at <https://w3id.org/diplokg/id/mention/"), run.err());
        assertTrue(run.err().contains(": nif:anchorOf must be the text between nif:beginIndex and nif:endIndex"), run.err());
        assertOnlyTheFirstAndThirdDocuments(temp.resolve("data"));
    }

    @Test
    void aFileThatCannotBeWrittenExitsWithFive() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("inputs"));
        Files.writeString(inputs.resolve("good.txt"), TRANSCRIPT);
        Path notAFolder = Files.writeString(temp.resolve("plain.txt"), "a file, not a folder");
        Run run = run(buildingWith(EntityTagger.NONE), "build", "--data", temp.resolve("data").toString(),
                "--out", notAFolder.resolve("kg.ttl").toString(), inputs.toString());
        assertEquals(5, run.exitCode(), run.err());
        assertTrue(run.err().contains("diplokg: cannot write " + notAFolder.resolve("kg.ttl")), run.err());
    }

    @Test
    void aPortInUseExitsWithFive() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("serve", "--data", data(), "--port", Integer.toString(taken.getLocalPort())));
            assertEquals(5, run.exitCode(), run.err());
            assertTrue(run.err().contains("diplokg: "), run.err());
        }
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
