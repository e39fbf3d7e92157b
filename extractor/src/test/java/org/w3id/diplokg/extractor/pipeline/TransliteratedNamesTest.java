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
 * A name the reference lists lack whose characters each abbreviate a party the document names (阿扎尼亚 in a speech that
 * names 阿拉伯, 扎伊尔 and 尼泊尔) is a name, not four parties, even before 人民, which follows compounds too.
 */
class TransliteratedNamesTest {
    private static final String SPEECH = """
            黄华外长在联合国大会第三十三届会议上的发言

            （1978年9月28日）

            主席先生：

            1月至2月，邓小平副总理访问了缅甸和尼泊尔。今年5月，扎伊尔沙巴地区再次遭到外来雇佣军的武装入侵。

            在南部非洲，津巴布韦、纳米比亚和阿扎尼亚人民的斗争正在深入发展。

            在中东，以色列至今仍霸占着1967年以来侵占的阿拉伯领土。我们一贯支持阿拉伯国家和巴勒斯坦人民的正义斗争。
            """;

    private static final String MENTIONS_OF = """
            SELECT ?label WHERE { ?m a dkg:Mention ; nif:anchorOf "%s" ; itsrdf:taIdentRef ?e . ?e rdfs:label ?label
              FILTER (lang(?label) = "zh") } ORDER BY ?label""";

    @TempDir
    static Path folder;
    private static DatasetGraph dataset;

    @BeforeAll
    static void extract() throws IOException {
        dataset = TranscriptGraph.extract(folder, "speech_1978.txt", SPEECH);
    }

    @Test
    void aRunOfAbbreviationsTheSegmentationReadsAsOneWordEndingInYaIsAName() {
        assertEquals(List.of(), TranscriptGraph.labels(dataset, MENTIONS_OF.formatted("扎")), "扎 of 阿扎尼亚 is no Zaire");
        assertEquals(List.of(), TranscriptGraph.labels(dataset, MENTIONS_OF.formatted("尼")), "尼 of 阿扎尼亚 is no Nepal");
        assertEquals(List.of(), TranscriptGraph.labels(dataset, MENTIONS_OF.formatted("阿")), "阿 of 阿扎尼亚 is no Arab state");
    }
}
