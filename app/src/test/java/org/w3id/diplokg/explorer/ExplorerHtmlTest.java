package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The escaping and marking helpers on their own. */
class ExplorerHtmlTest {

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;, &#39;y&#39;) &amp;&lt;/script&gt;", Html.text("<script>alert(\"x\", 'y') &</script>"));
    }

    @Test
    void marksCodePointsAndEscapesInsideAndOutsideTheMarks() {
        String text = "中俄<b>关系𠀀俄罗斯";
        List<Highlighter.Mark> marks = List.of(new Highlighter.Mark(1, 2, "/e?iri=a&b", "mention"),
                new Highlighter.Mark(8, 11, null, "hit"), new Highlighter.Mark(9, 10, null, "overlapping"));
        assertEquals("中<a class=\"mention\" href=\"/e?iri=a&amp;b\">俄</a>&lt;b&gt;关系𠀀<mark class=\"hit\">俄罗斯</mark>",
                Highlighter.html(text, marks));
    }

    @Test
    void findsOccurrencesIgnoringCaseInCodePoints() {
        assertEquals(List.of(new Highlighter.Mark(1, 5, null, "hit"), new Highlighter.Mark(6, 10, null, "hit")),
                Highlighter.occurrences("𠀀RCEP和rcep", "Rcep", "hit"));
    }

    @Test
    void quotesUserTextAsOneLucenePhrase() {
        assertEquals("\"多边主义\"", LucenePhrase.of("多边主义"));
        assertEquals("\"\\\" } UNION { ?s ?p ?o } #\"", LucenePhrase.of("\" } UNION { ?s ?p ?o } #"));
        assertEquals("\"a\\\\\\\"b*\"", LucenePhrase.of("a\\\"b*"));
    }
}
