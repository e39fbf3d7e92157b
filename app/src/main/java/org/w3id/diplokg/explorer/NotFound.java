package org.w3id.diplokg.explorer;

/** The graph knows nothing about the resource a page was asked for: answered with 404 and the message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
