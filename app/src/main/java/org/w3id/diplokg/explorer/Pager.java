package org.w3id.diplokg.explorer;

/** "Page 2 of 10" with previous and next links (null on the first and last page), for lists longer than one page (pager.jte). */
record Pager(String previous, int page, int pages, String next) {

    static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The pager of page {@code page} at {@code address}, or null when the list fits one page. */
    static Pager of(PageAddress address, int page, long total, int pageSize) {
        int pages = pages(total, pageSize);
        if (pages <= 1) {
            return null;
        }
        return new Pager(page > 1 ? address.with("page", Integer.toString(page - 1)).toString() : null, page, pages,
                page < pages ? address.with("page", Integer.toString(page + 1)).toString() : null);
    }
}
