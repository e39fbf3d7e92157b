package org.w3id.diplokg.explorer;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** The request parameters the views take, checked before any of them comes near a query. */
final class Parameters {
    private static final int MAX_IRI = 2_000;
    private static final int MAX_PAGE = 100_000;

    private Parameters() {}

    /** The {@code iri} parameter: present, an absolute IRI, with no character a SPARQL IRI may not hold. */
    static String iri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            throw new BadRequest("This page needs an iri parameter: the IRI of what to show.");
        }
        if (iri.length() > MAX_IRI) {
            throw new BadRequest("The iri parameter is longer than " + MAX_IRI + " characters.");
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw new BadRequest("The iri parameter is not an IRI: it holds the character '" + c + "'.");
            }
        }
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new BadRequest("The iri parameter is not an absolute IRI.");
            }
        } catch (IRIException e) {
            throw new BadRequest("The iri parameter is not an IRI: " + e.getMessage());
        }
        return iri;
    }

    /** The search text, trimmed ("" when absent). */
    static String text(HttpServletRequest request) {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    /** The page number: 1 when absent; a number from 1 on. */
    static int page(HttpServletRequest request) {
        String page = request.getParameter("page");
        if (page == null || page.isEmpty()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number < 1 || number > MAX_PAGE) {
                throw new BadRequest("The page parameter must be a number from 1 to " + MAX_PAGE + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequest("The page parameter must be a number from 1 to " + MAX_PAGE + ".");
        }
    }

    /** Which query's rows a CSV download holds. */
    static int part(HttpServletRequest request, int parts) {
        String part = request.getParameter("part");
        try {
            int number = part == null ? 0 : Integer.parseInt(part);
            if (number < 0 || number >= parts) {
                throw new BadRequest("The part parameter must be a number from 0 to " + (parts - 1) + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequest("The part parameter must be a number.");
        }
    }
}
