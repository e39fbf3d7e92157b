package org.w3id.diplokg.explorer;

/** Fragment identifiers within a document page: one per question and per statement, from their IRIs' last segment. */
final class Anchors {
    private Anchors() {}

    static String question(String iri) { return "q-" + local(iri); }

    static String statement(String iri) { return "s-" + local(iri); }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
