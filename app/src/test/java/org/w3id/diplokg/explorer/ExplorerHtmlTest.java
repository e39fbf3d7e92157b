package org.w3id.diplokg.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The templates' escaping and the marking of a statement's text, read back with an HTML parser. */
class ExplorerHtmlTest {
    private static final String HOSTILE = "<script>alert(\"x\", 'y') &</script>";

    @Test
    void templatesEscapeTextAndAttributeValues() {
        Document page = Jsoup.parseBodyFragment(Templates.render("problem.jte",
                new ExplorerServlet.Problem(HOSTILE, HOSTILE, "/explore/?q=\"><script>x</script>")));
        assertTrue(page.select("script").isEmpty(), "no script element: " + page.body().html());
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        assertEquals(HOSTILE, page.selectFirst("p.message").text());
        assertEquals("/explore/?q=\"><script>x</script>", page.selectFirst("a").attr("href"), "the attribute holds the whole value");
    }

    @Test
    void marksCodePointsAndKeepsMarkupAsText() {
        String text = "中俄<b>关系𠀀俄罗斯";
        List<Highlighter.Mark> marks = List.of(new Highlighter.Mark(1, 2, "/e?iri=a&b", "mention"),
                new Highlighter.Mark(8, 11, null, "hit"), new Highlighter.Mark(9, 10, null, "overlapping"));
        List<Highlighter.Piece> pieces = Highlighter.pieces(text, marks);
        assertEquals(List.of(new Highlighter.Piece("中", null, null), new Highlighter.Piece("俄", "/e?iri=a&b", "mention"),
                new Highlighter.Piece("<b>关系𠀀", null, null), new Highlighter.Piece("俄罗斯", null, "hit")), pieces);
        Element marked = Jsoup.parseBodyFragment(Templates.render("marked.jte", pieces)).body();
        assertEquals(text, marked.text(), "every character shown once, the markup as text");
        assertTrue(marked.select("b").isEmpty());
        Element mention = marked.selectFirst("a.mention");
        assertEquals("/e?iri=a&b", mention.attr("href"));
        assertEquals("俄", mention.text());
        assertEquals("俄罗斯", marked.selectFirst("mark.hit").text());
        assertTrue(marked.select("mark.overlapping").isEmpty(), "an overlapping mark is dropped");
    }

    @Test
    void aMarkRightAfterAnotherShowsASeam() {
        List<Highlighter.Piece> pieces = Highlighter.pieces("中俄", List.of(new Highlighter.Mark(0, 1, "/a", "mention"),
                new Highlighter.Mark(1, 2, "/b", "mention")));
        Element marked = Jsoup.parseBodyFragment(Templates.render("marked.jte", pieces)).body();
        assertEquals(List.of("mention", "mention joined"), marked.select("a").eachAttr("class"));
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
