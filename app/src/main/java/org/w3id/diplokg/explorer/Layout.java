package org.w3id.diplokg.explorer;

import java.util.List;

/**
 * The frame around every view: the header (home, search box, zh/en switch), the view itself, and
 * "show the SPARQL": each query the view ran, runnable at /kg/sparql, with its rows as CSV, and
 * the view's resources as Turtle.
 */
final class Layout {
    static final String SPARQL_ENDPOINT = "/kg/sparql";

    private Layout() {}

    static String page(View view, PageAddress address, Lang lang, String searchText, List<String> scripts) {
        StringBuilder html = new StringBuilder(view.body().length() + 8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-Hans" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(view.title())).append(" · diplokg</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(PageAddress.BASE).append("assets/explorer.css\">\n")
                .append("</head>\n<body>\n");
        header(html, address, lang, searchText);
        html.append("<main id=\"main\">\n").append(view.body()).append("\n");
        queries(html, view, address);
        html.append("</main>\n");
        for (String script : scripts) {
            html.append("<script src=\"").append(Html.text(script)).append("\"></script>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, PageAddress address, Lang lang, String searchText) {
        PageAddress switched = lang.other() == Lang.ZH ? address.without("lang") : address.with("lang", Lang.EN.code());
        html.append("<header class=\"top\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append(Html.linkHtml(PageAddress.of("", lang), "diplokg <span>explorer</span>", "brand"))
                .append("\n<form class=\"search\" action=\"").append(PageAddress.BASE).append("search\" method=\"get\" role=\"search\">")
                .append("<label for=\"q\" class=\"visually-hidden\">Search</label>")
                .append("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"俄, 一带一路, RCEP…\" value=\"")
                .append(Html.text(searchText)).append("\">");
        if (lang == Lang.EN) {
            html.append("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        }
        html.append("<button type=\"submit\">Search</button></form>\n")
                .append("<a class=\"lang\" id=\"lang-switch\" lang=\"").append(lang.other().code()).append("\" href=\"")
                .append(Html.text(switched.toString())).append("\">").append(Html.text(lang.other().displayName()))
                .append(" labels</a>\n")
                .append("<a class=\"endpoint\" href=\"/\">SPARQL UI</a>\n</header>\n");
    }

    private static void queries(StringBuilder html, View view, PageAddress address) {
        if (view.tables().isEmpty()) {
            return; // a message page: no query behind it
        }
        html.append("<section class=\"sparql\" id=\"sparql\" aria-labelledby=\"sparql-title\">\n")
                .append("<h2 id=\"sparql-title\">Show the SPARQL</h2>\n")
                .append("<p>This page is what the queries below returned, run as shown against ")
                .append(Html.link(SPARQL_ENDPOINT, SPARQL_ENDPOINT)).append(". Download: ")
                .append(Html.link(address.with("format", "ttl"), "this view's resources as Turtle"))
                .append(" (the CONSTRUCT query heads the file), or each query's rows as CSV.</p>\n");
        for (int i = 0; i < view.tables().size(); i++) {
            Table table = view.tables().get(i);
            html.append("<details class=\"query\"><summary>").append(Html.text(table.name()))
                    .append(" <span class=\"count\">").append(table.rows().size()).append(" rows</span></summary>\n")
                    .append("<pre><code>").append(Html.text(table.sparql())).append("</code></pre>\n")
                    // A form, not a link: the query can be longer than a URL may be.
                    .append("<form class=\"run\" method=\"post\" action=\"").append(SPARQL_ENDPOINT).append("\" target=\"_blank\">")
                    .append("<input type=\"hidden\" name=\"query\" value=\"").append(Html.text(table.sparql())).append("\">")
                    .append("<input type=\"hidden\" name=\"format\" value=\"text\">")
                    .append("<button type=\"submit\">Run at /kg/sparql</button> ")
                    .append(Html.link(address.with("format", "csv").with("part", Integer.toString(i)), "CSV"))
                    .append("</form></details>\n");
        }
        html.append("</section>\n");
    }
}
