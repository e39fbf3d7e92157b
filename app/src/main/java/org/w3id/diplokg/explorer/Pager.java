package org.w3id.diplokg.explorer;

/** "Page 2 of 10" with previous and next links, for lists longer than one page. */
final class Pager {
    private Pager() {}

    static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    static void html(StringBuilder body, PageAddress address, int page, long total, int pageSize) {
        int pages = pages(total, pageSize);
        if (pages <= 1) {
            return;
        }
        body.append("<nav class=\"pager\" aria-label=\"pages\">");
        if (page > 1) {
            body.append(Html.link(address.with("page", Integer.toString(page - 1)), "← previous")).append(' ');
        }
        body.append("<span>page ").append(page).append(" of ").append(pages).append("</span>");
        if (page < pages) {
            body.append(' ').append(Html.link(address.with("page", Integer.toString(page + 1)), "next →"));
        }
        body.append("</nav>\n");
    }
}
