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

    /** The line of links above a list (listing.jte): the order, a link to the other order, one to all or pages, one to Turtle; then the pager. */
    record Controls(String order, Link reorder, Link pages, Link turtle, Pager pager) {}

    /** Links that switch the order and between pages and one list, then the pager. */
    Controls controls(PageAddress address, long total) {
        Listing other = new Listing(1, all, !oldestFirst);
        Link pages = all ? Link.to(new Listing(1, false, oldestFirst).on(address), PAGE_SIZE + " a page")
                : Link.to(new Listing(1, true, oldestFirst).on(address), "all " + total + " on one page");
        return new Controls(oldestFirst ? "Oldest first" : "Newest first",
                Link.to(other.on(address), oldestFirst ? "newest first" : "oldest first"), pages,
                Link.to(new Listing(1, true, oldestFirst).on(address).with("format", "ttl"), "all " + total + " as Turtle"),
                pager(address, total));
    }

    /** The pager under the list, null when it is all on one page. */
    Pager pager(PageAddress address, long total) {
        return all ? null : Pager.of(on(address), page, total, PAGE_SIZE);
    }
}
