package org.w3id.diplokg.explorer;

import java.util.Optional;

/** What the pages show for a resource: its zh and en preferred labels and its entity kind, where known. */
record Label(String iri, String zh, String en, Optional<EntityKind> kind) {

    /** The label in {@code lang}, else the other one, else the IRI's last segment. */
    String in(Lang lang) {
        String first = lang == Lang.ZH ? zh : en;
        String second = lang == Lang.ZH ? en : zh;
        if (!first.isEmpty()) {
            return first;
        }
        if (!second.isEmpty()) {
            return second;
        }
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Label unknown(String iri) {
        return new Label(iri, "", "", Optional.empty());
    }
}
