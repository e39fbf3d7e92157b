package org.w3id.diplokg.explorer;

/**
 * How a view lists its statements: a page of {@value #PAGE_SIZE} ({@code page=N}) or all of
 * them ({@code all=1}, so the view and its Turtle download hold every one), newest first or
 * oldest first ({@code order=oldest}).
 */
record Listing(int page, boolean all, boolean oldestFirst) {
    static final int PAGE_SIZE = 50;
    static final Listing FIRST_PAGE = new Listing(1, false, false);

    /** The ORDER BY (on {@code ?date}, then {@code ?statement}) and, for a page, its LIMIT and OFFSET. */
    String orderAndSlice() {
        String order = "ORDER BY " + (oldestFirst ? "?date" : "DESC(?date)") + " ?statement";
        return all ? order : order + "\nLIMIT " + PAGE_SIZE + " OFFSET " + (page - 1) * PAGE_SIZE;
    }

    /** The address with the order and {@code all} (not the page: the pager adds it). */
    PageAddress on(PageAddress address) {
        PageAddress with = address.without("page").without("order").without("all");
        with = oldestFirst ? with.with("order", "oldest") : with;
        return all ? with.with("all", "1") : with;
    }

    /** Links that switch the order and between pages and one list, then the pager. */
    void controls(StringBuilder body, PageAddress address, long total) {
        PageAddress here = on(address);
        Listing other = new Listing(1, all, !oldestFirst);
        body.append("<p class=\"listing\">").append(oldestFirst ? "Oldest first · " : "Newest first · ")
                .append(Html.link(other.on(address), oldestFirst ? "newest first" : "oldest first")).append(" · ");
        if (all) {
            body.append(Html.link(new Listing(1, false, oldestFirst).on(address), PAGE_SIZE + " a page"));
        } else {
            body.append(Html.link(new Listing(1, true, oldestFirst).on(address), "all " + total + " on one page"));
        }
        body.append(" · ").append(Html.link(new Listing(1, true, oldestFirst).on(address).with("format", "ttl"),
                "all " + total + " as Turtle"));
        body.append("</p>\n");
        pager(body, here, total);
    }

    void pager(StringBuilder body, PageAddress address, long total) {
        if (!all) {
            Pager.html(body, on(address), page, total, PAGE_SIZE);
        }
    }
}
