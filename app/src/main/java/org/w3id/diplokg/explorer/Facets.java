package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a view's statements are narrowed to. Each is a URL parameter, so a narrowed view can be
 * linked: {@code year=2022}, or {@code from=2020&to=2021} (the years of the statements' dates;
 * either end may be open), {@code document=IRI} (a document the statement is in), {@code
 * role=answer|question|narration} and {@code speaker=IRI}. The views put {@link #pattern} into
 * their queries, so the SPARQL a page shows holds the filter.
 *
 * @param from     the first year kept, {@link #OPEN} for none
 * @param to       the last year kept, {@link #OPEN} for none
 * @param document a document's IRI, or null
 * @param role     a role, or null
 * @param speaker  a speaker's IRI, or null
 */
record Facets(int from, int to, String document, Role role, String speaker) {
    static final int OPEN = 0;
    static final Facets NONE = new Facets(OPEN, OPEN, null, null, null);

    /** The filters a view can offer. */
    enum Facet { YEAR, DOCUMENT, ROLE, SPEAKER }

    boolean any() {
        return from != OPEN || to != OPEN || document != null || role != null || speaker != null;
    }

    boolean has(Facet facet) {
        return switch (facet) {
            case YEAR -> from != OPEN || to != OPEN;
            case DOCUMENT -> document != null;
            case ROLE -> role != null;
            case SPEAKER -> speaker != null;
        };
    }

    Facets without(Facet facet) {
        return switch (facet) {
            case YEAR -> withYears(OPEN, OPEN);
            case DOCUMENT -> withDocument(null);
            case ROLE -> withRole(null);
            case SPEAKER -> withSpeaker(null);
        };
    }

    /** These filters but for those not {@code kept} (a view that cannot apply the others). */
    Facets only(Set<Facet> kept) {
        Facets narrowed = this;
        for (Facet facet : Facet.values()) {
            narrowed = kept.contains(facet) ? narrowed : narrowed.without(facet);
        }
        return narrowed;
    }

    Facets withYears(int first, int last) { return new Facets(first, last, document, role, speaker); }

    Facets withDocument(String iri) { return new Facets(from, to, iri, role, speaker); }

    Facets withRole(Role value) { return new Facets(from, to, document, value, speaker); }

    Facets withSpeaker(String iri) { return new Facets(from, to, document, role, iri); }

    /** True when {@code year} is within the years kept. */
    boolean keeps(int year) {
        return (from == OPEN || year >= from) && (to == OPEN || year <= to);
    }

    /** The address with these filters as its parameters (and none left of other filters). */
    PageAddress on(PageAddress address) {
        PageAddress with = address;
        for (String name : List.of("year", "from", "to", "document", "role", "speaker")) {
            with = with.without(name);
        }
        if (from != OPEN && from == to) {
            with = with.with("year", Integer.toString(from));
        } else {
            if (from != OPEN) {
                with = with.with("from", Integer.toString(from));
            }
            if (to != OPEN) {
                with = with.with("to", Integer.toString(to));
            }
        }
        if (document != null) {
            with = with.with("document", document);
        }
        if (role != null) {
            with = with.with("role", role.parameter());
        }
        return speaker == null ? with : with.with("speaker", speaker);
    }

    /**
     * The SPARQL that keeps only the statements in {@code variable} (a name without "?") these
     * filters allow: lines to put inside a group pattern that binds the variable; "" when none.
     * The IRIs are set by Jena's ParameterizedSparqlString ({@link Sparql#fragment}), never pasted.
     */
    String pattern(String variable) {
        String statement = "?" + variable;
        List<String> lines = new ArrayList<>();
        if (has(Facet.YEAR)) {
            String year = "YEAR(" + statement + "Date)";
            String test = from == to ? year + " = " + from
                    : from == OPEN ? year + " <= " + to
                    : to == OPEN ? year + " >= " + from
                    : year + " >= " + from + " && " + year + " <= " + to;
            lines.add(statement + " dkg:date " + statement + "Date . FILTER (" + test + ")");
        }
        if (document != null) {
            lines.add(Sparql.fragment(statement + " dkg:inDocument ?document .", "document", document));
        }
        if (role != null) {
            lines.add(role.filter(statement));
        }
        if (speaker != null) {
            lines.add(Sparql.fragment(statement + " dkg:speaker ?speaker .", "speaker", speaker));
        }
        return lines.stream().map(line -> "  " + line + "\n").reduce("", String::concat);
    }

    /** The filters in words ("2022 · answers"), naming documents and speakers with {@code labels}. */
    String describe(Labels labels, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (has(Facet.YEAR)) {
            parts.add(from == to ? Integer.toString(from) : from == OPEN ? "to " + to : to == OPEN ? "from " + from : from + "–" + to);
        }
        if (role != null) {
            parts.add(role.title(lang));
        }
        if (document != null) {
            parts.add(labels.of(document).in(lang));
        }
        if (speaker != null) {
            parts.add(labels.of(speaker).in(lang));
        }
        return String.join(" · ", parts);
    }
}
