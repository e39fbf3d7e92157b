package org.w3id.diplokg.explorer;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every view (layout.jte): the header (home, search box, zh/en switch), the view
 * itself, and "show the SPARQL": each query the view ran, runnable at /kg/sparql, with its rows as
 * CSV, and the view's resources as Turtle.
 */
final class Layout {
    static final String SPARQL_ENDPOINT = "/kg/sparql";

    /** What layout.jte shows; {@code queries} is empty on a message page (no query behind it). */
    record Page(String htmlLang, String title, String base, String home, String searchText, boolean english, Link switchLang,
                String switchCode, Content main, String endpoint, String turtle, List<Query> queries, List<String> scripts) {}

    /** One query of the view: its name, rows, text and the address of its rows as CSV. */
    record Query(String name, int rows, String sparql, String csv) {}

    private Layout() {}

    static String page(View view, PageAddress address, Lang lang, String searchText, List<String> scripts) {
        PageAddress switched = lang.other() == Lang.ZH ? address.without("lang") : address.with("lang", Lang.EN.code());
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < view.tables().size(); i++) {
            Table table = view.tables().get(i);
            queries.add(new Query(table.name(), table.rows().size(), table.sparql(),
                    address.with("format", "csv").with("part", Integer.toString(i)).toString()));
        }
        return Templates.render("layout.jte", new Page(lang == Lang.ZH ? "zh-Hans" : "en", view.title(), PageAddress.BASE,
                PageAddress.of("", lang).toString(), searchText, lang == Lang.EN,
                Link.to(switched, lang.other().displayName() + " labels"), lang.other().code(), view.body(), SPARQL_ENDPOINT,
                address.with("format", "ttl").toString(), queries, scripts));
    }
}
