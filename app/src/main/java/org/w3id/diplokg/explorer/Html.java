package org.w3id.diplokg.explorer;

/**
 * HTML escaping: every string from the data or the request goes through {@link #text} (element
 * content and attribute values alike), so a statement holding {@code <script>} is shown as text.
 */
final class Html {
    private Html() {}

    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String link(Object href, String label) {
        return "<a href=\"" + text(href.toString()) + "\">" + text(label) + "</a>";
    }

    /** A link whose label is already HTML. */
    static String linkHtml(Object href, String labelHtml, String cssClass) {
        return "<a class=\"" + text(cssClass) + "\" href=\"" + text(href.toString()) + "\">" + labelHtml + "</a>";
    }
}
