package org.w3id.diplokg.explorer;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** The request parameters the views take, checked before any of them comes near a query. */
final class Parameters {
    private static final int MAX_IRI = 2_000;
    private static final int MAX_PAGE = 100_000;
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    private Parameters() {}

    /** The {@code iri} parameter: present, an absolute IRI, with no character a SPARQL IRI may not hold. */
    static String iri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            throw new BadRequest("This page needs an iri parameter: the IRI of what to show.");
        }
        return checkedIri("iri", iri);
    }

    private static String checkedIri(String name, String iri) {
        if (iri.length() > MAX_IRI) {
            throw new BadRequest("The " + name + " parameter is longer than " + MAX_IRI + " characters.");
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw new BadRequest("The " + name + " parameter is not an IRI: it holds the character '" + c + "'.");
            }
        }
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new BadRequest("The " + name + " parameter is not an absolute IRI.");
            }
        } catch (IRIException e) {
            throw new BadRequest("The " + name + " parameter is not an IRI: " + e.getMessage());
        }
        return iri;
    }

    /** An optional parameter: null when absent or empty (an empty form field), else its value stripped. */
    private static String optional(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The filters ({@link Facets}): {@code year}, or {@code from} and {@code to}, each a year from
     * {@value #FIRST_YEAR} to {@value #LAST_YEAR}; {@code document} and {@code speaker}, IRIs;
     * {@code role}, one of {@link Role}'s parameters.
     */
    static Facets facets(HttpServletRequest request) {
        Integer year = year(request, "year");
        Integer from = year(request, "from");
        Integer to = year(request, "to");
        if (year != null && (from != null || to != null)) {
            throw new BadRequest("Give either a year, or a range with from and to, not both.");
        }
        if (from != null && to != null && from > to) {
            throw new BadRequest("The from year comes after the to year.");
        }
        Facets facets = year != null ? Facets.NONE.withYears(year, year)
                : Facets.NONE.withYears(from == null ? Facets.OPEN : from, to == null ? Facets.OPEN : to);
        String document = optional(request, "document");
        String role = optional(request, "role");
        String speaker = optional(request, "speaker");
        return facets.withDocument(document == null ? null : checkedIri("document", document))
                .withRole(role == null ? null : Role.of(role).orElseThrow(() -> new BadRequest(
                        "The role parameter must be answer, question or narration.")))
                .withSpeaker(speaker == null ? null : checkedIri("speaker", speaker));
    }

    private static Integer year(HttpServletRequest request, String name) {
        String value = optional(request, name);
        if (value == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequest("The " + name + " parameter must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
    }

    /** The {@code order} of a statement list: newest first (the default) or {@code oldest} first. */
    static boolean oldestFirst(HttpServletRequest request) {
        return either(request, "order", "newest", "oldest", "The order parameter must be newest or oldest.");
    }

    /** How a statement list is shown: {@code page}, {@code all} and {@code order}. */
    static Listing listing(HttpServletRequest request) {
        return new Listing(page(request), all(request), oldestFirst(request));
    }

    /** {@code all=1}: every statement on one page instead of pages of {@value Listing#PAGE_SIZE}. */
    static boolean all(HttpServletRequest request) {
        return either(request, "all", "0", "1", "The all parameter must be 1 (every statement on one page) or 0.");
    }

    /** A parameter of two values: false when absent or {@code no}, true when {@code yes}, else a bad request. */
    private static boolean either(HttpServletRequest request, String name, String no, String yes, String message) {
        String value = optional(request, name);
        if (value == null || value.equals(no)) {
            return false;
        }
        if (value.equals(yes)) {
            return true;
        }
        throw new BadRequest(message);
    }

    /** The {@code kind} of entity a list shows ({@code country}, {@code organization}…); {@code fallback} when absent. */
    static EntityKind kind(HttpServletRequest request, EntityKind fallback) {
        String kind = optional(request, "kind");
        if (kind == null) {
            return fallback;
        }
        return EntityKind.ofName(kind).orElseThrow(() -> new BadRequest("The kind parameter must be one of "
                + String.join(", ", java.util.Arrays.stream(EntityKind.values()).map(EntityKind::cssName).toList()) + "."));
    }

    /** The {@code relation} type an entity's relations are narrowed to (its local name: Opposition), or null. */
    static String relationType(HttpServletRequest request) {
        String type = optional(request, "relation");
        if (type == null) {
            return null;
        }
        return RelationKind.type(type).orElseThrow(() -> new BadRequest("The relation parameter must be one of "
                + String.join(", ", RelationKind.typeNames()) + "."));
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
