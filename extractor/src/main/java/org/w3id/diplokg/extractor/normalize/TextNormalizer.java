package org.w3id.diplokg.extractor.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.diplokg.data.DataFile;

/**
 * Normalise stage: turns raw transcript text into clean text, keeping the way back to the raw
 * offsets. It removes the spaces OCR puts inside Chinese words, unifies full- and half-width
 * forms (full-width letters and digits become ASCII, ASCII punctuation among Chinese text becomes
 * the full-width form, straight quotes become “ ”), and applies the OCR repairs listed in
 * {@code ocr-fixes.tsv}. The same sentence typeset two ways normalises to one string, which is
 * what makes a statement found in two sources one statement.
 */
public final class TextNormalizer {
    private static final String FIXES = "/org/w3id/diplokg/extractor/normalize/ocr-fixes.tsv";

    private final List<OcrFix> fixes;

    public TextNormalizer() {
        this.fixes = loadFixes();
    }

    public NormalizedText normalize(String raw) {
        int[] codePoints = raw.codePoints().toArray();
        StringBuilder out = new StringBuilder(raw.length());
        List<Integer> offsets = new ArrayList<>(raw.length() + 1);
        boolean quoteOpen = false;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == '\n' || c == '\r') {
                quoteOpen = false;
                if (c == '\n') {
                    append(out, offsets, '\n', i);
                }
                continue;
            }
            if (isSpace(c)) {
                if (keepSpace(codePoints, i, out)) {
                    append(out, offsets, ' ', i);
                }
                continue;
            }
            if (c >= 0xFF10 && c <= 0xFF5E && Character.isLetterOrDigit(c)) {
                c = c - 0xFF10 + 0x30; // full-width letters and digits to ASCII
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                c = quoteOpen ? '\u201D' : '\u201C';
                quoteOpen = !quoteOpen;
            } else if (c < 0x80 && isAsciiPunctuationToWiden(c) && !betweenAsciiAlphanumerics(codePoints, i)) {
                c = widen(c);
            } else if ((c == '-' || c == '\u2013' || c == '\uFF0D') && betweenChinese(codePoints, i)) {
                c = '\u2014'; // 中国-东盟 and 中国—东盟 are one name
            }
            append(out, offsets, c, i);
        }
        offsets.add(codePoints.length);
        String text = out.toString();
        int[] map = offsets.stream().mapToInt(Integer::intValue).toArray();
        return new NormalizedText(applyFixes(text), map);
    }

    private static void append(StringBuilder out, List<Integer> offsets, int codePoint, int sourceIndex) {
        int before = out.length();
        out.appendCodePoint(codePoint);
        for (int k = before; k < out.length(); k++) {
            offsets.add(sourceIndex);
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\uFEFF';
    }

    /**
     * A space survives between two ASCII letters or digits ("New York"), after a dateline (…4月6日电 国务院…), and a gap
     * of several spaces survives as one between the columns of a line (江泽民          叶利钦 under a joint statement: two
     * signatures, not one name);
     * the single spaces OCR puts inside Chinese words go.
     */
    private static boolean keepSpace(int[] codePoints, int i, StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n') {
            return false;
        }
        int previous = out.charAt(out.length() - 1);
        int next = nextNonSpace(codePoints, i);
        if (next < 0 || codePoints[next] == '\n' || codePoints[next] == '\r') {
            return false;
        }
        return isAsciiAlphanumeric(previous) && isAsciiAlphanumeric(codePoints[next]) || next - i >= COLUMN_GAP
                || endsADateline(out);
    }

    /** 新华社北京4月6日电 国务院总理…: the space after a dateline parts it from the news, which no name runs across. */
    private static boolean endsADateline(StringBuilder out) {
        int length = out.length();
        if (length < 2 || out.charAt(length - 1) != '电' || out.charAt(length - 2) != '日') {
            return false; // the common case, decided without a look at the line
        }
        return DATELINE.matcher(out.substring(out.lastIndexOf("\n") + 1)).matches();
    }

    /** An agency's or paper's dateline as a line begins with it: 新华社北京1989年4月6日电, 本报东京10月5日电. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{IsHan}{1,8}(?:社|报)\\p{IsHan}{1,8}?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日电");

    /** How many spaces in a row part two columns of a line; OCR leaves one inside a word. */
    private static final int COLUMN_GAP = 3;

    private static int nextNonSpace(int[] codePoints, int i) {
        for (int k = i + 1; k < codePoints.length; k++) {
            if (!isSpace(codePoints[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int previousNonSpace(int[] codePoints, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!isSpace(codePoints[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiPunctuationToWiden(int c) {
        return ",:;?!()".indexOf(c) >= 0;
    }

    /** 1,200 and 10:19 keep their ASCII punctuation. */
    private static boolean betweenAsciiAlphanumerics(int[] codePoints, int i) {
        int previous = previousNonSpace(codePoints, i);
        int next = nextNonSpace(codePoints, i);
        return previous >= 0 && next >= 0 && isAsciiAlphanumeric(codePoints[previous]) && isAsciiAlphanumeric(codePoints[next])
                && previous == i - 1 && next == i + 1;
    }

    private static boolean betweenChinese(int[] codePoints, int i) {
        int previous = previousNonSpace(codePoints, i);
        int next = nextNonSpace(codePoints, i);
        return previous >= 0 && next >= 0 && Character.isIdeographic(codePoints[previous]) && Character.isIdeographic(codePoints[next]);
    }

    private static int widen(int c) {
        return switch (c) {
            case ',' -> '，';
            case ':' -> '：';
            case ';' -> '；';
            case '?' -> '？';
            case '!' -> '！';
            case '(' -> '（';
            case ')' -> '）';
            default -> c;
        };
    }

    /** Repairs keep the length (their loader checks it), so the offset map stays valid. */
    private String applyFixes(String text) {
        String fixed = text;
        for (OcrFix fix : fixes) {
            Matcher matcher = fix.pattern().matcher(fixed);
            StringBuilder out = new StringBuilder(fixed.length());
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(fix.repair()));
            }
            matcher.appendTail(out);
            fixed = out.toString();
        }
        return fixed;
    }

    private static List<OcrFix> loadFixes() {
        return DataFile.read(FIXES).stream().map(OcrFix::of).toList();
    }
}
