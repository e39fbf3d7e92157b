package org.w3id.diplokg.explorer;

/** A link as a template writes it: its address (not yet escaped) and its text. */
record Link(String href, String label) {
    static Link to(Object address, String label) {
        return new Link(address.toString(), label);
    }
}
