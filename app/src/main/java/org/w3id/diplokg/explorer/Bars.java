package org.w3id.diplokg.explorer;

import java.util.List;

/** A bar chart in plain HTML (a list whose bars are widths), readable without script and by a screen reader. */
final class Bars {
    /** One bar: its label, value, a note after the value, an optional link, and whether it is the one selected. */
    record Bar(String label, long value, String note, Object href, boolean current) {
        Bar(String label, long value, String note, Object href) {
            this(label, value, note, href, false);
        }
    }

    private Bars() {}

    static String html(List<Bar> bars, String unit) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        StringBuilder html = new StringBuilder("<ul class=\"bars\">\n");
        for (Bar bar : bars) {
            double width = max == 0 ? 0 : 100.0 * bar.value() / max;
            String label = bar.href() == null ? Html.text(bar.label()) : Html.link(bar.href(), bar.label());
            html.append(bar.current() ? "<li class=\"current\" aria-current=\"true\">" : "<li>").append("<span class=\"bar-label\">").append(label).append("</span>")
                    .append("<span class=\"bar\"><span style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", width))
                    .append("%\"></span></span><span class=\"bar-value\">").append(bar.value()).append(' ')
                    .append(Html.text(unit));
            if (!bar.note().isEmpty()) {
                html.append(" · ").append(Html.text(bar.note()));
            }
            html.append("</span></li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
