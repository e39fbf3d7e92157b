package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A statement's text cut into pieces, some of them marked: mentions (linked to their entity) or
 * search matches; marked.jte writes them. Offsets are code points, as {@code nif:beginIndex}/{@code
 * nif:endIndex} are. Overlapping marks keep the one that starts first.
 */
final class Highlighter {
    /** Code points {@code [begin, end)} to mark, with an optional link and a CSS class. */
    record Mark(int begin, int end, String href, String cssClass) {}

    /** A piece of the text: plain ({@code cssClass} null), marked, or a link ({@code href} not null). */
    record Piece(String text, String href, String cssClass) {}

    private Highlighter() {}

    static List<Piece> pieces(String text, List<Mark> marks) {
        int[] codePoints = text.codePoints().toArray();
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::begin).thenComparing(m -> -m.end()));
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (Mark mark : sorted) {
            if (mark.begin() < at || mark.end() > codePoints.length || mark.end() <= mark.begin()) {
                continue;
            }
            plain(out, codePoints, at, mark.begin());
            // A mark right after another (中俄: two mentions) gets a visible seam.
            String css = mark.begin() == at && at > 0 ? mark.cssClass() + " joined" : mark.cssClass();
            out.add(new Piece(new String(codePoints, mark.begin(), mark.end() - mark.begin()), mark.href(), css));
            at = mark.end();
        }
        plain(out, codePoints, at, codePoints.length);
        return out;
    }

    private static void plain(List<Piece> out, int[] codePoints, int from, int to) {
        if (to > from) {
            out.add(new Piece(new String(codePoints, from, to - from), null, null));
        }
    }

    /** Marks every occurrence of {@code needle} in {@code text}, ignoring case. */
    static List<Mark> occurrences(String text, String needle, String cssClass) {
        List<Mark> marks = new ArrayList<>();
        if (needle.isEmpty()) {
            return marks;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String lowered = needle.toLowerCase(Locale.ROOT);
        if (haystack.length() != text.length() || lowered.length() != needle.length()) {
            haystack = text; // lowering changed some lengths: match exactly rather than shift offsets
            lowered = needle;
        }
        for (int from = haystack.indexOf(lowered); from >= 0; from = haystack.indexOf(lowered, from + lowered.length())) {
            int begin = text.codePointCount(0, from);
            marks.add(new Mark(begin, begin + lowered.codePointCount(0, lowered.length()), null, cssClass));
        }
        return marks;
    }
}
