package org.w3id.diplokg.explorer;

import java.util.List;
import java.util.Locale;

/** A bar chart in plain HTML (bars.jte: a list whose bars are widths), readable without script and by a screen reader. */
final class Bars {
    /** One bar: its label, value, a note after the value, an optional link, and whether it is the one selected. */
    record Bar(String label, long value, String note, Object href, boolean current) {
        Bar(String label, long value, String note, Object href) {
            this(label, value, note, href, false);
        }
    }

    /** A bar as drawn: {@code href} null for no link, {@code width} the percentage of the longest. */
    record Drawn(String label, String href, boolean current, String width, long value, String note) {}

    /** What bars.jte draws. */
    record Chart(List<Drawn> bars, String unit) {}

    private Bars() {}

    static Chart chart(List<Bar> bars, String unit) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        return new Chart(bars.stream().map(bar -> new Drawn(bar.label(), bar.href() == null ? null : bar.href().toString(),
                bar.current(), String.format(Locale.ROOT, "%.1f", max == 0 ? 0 : 100.0 * bar.value() / max), bar.value(),
                bar.note())).toList(), unit);
    }
}
