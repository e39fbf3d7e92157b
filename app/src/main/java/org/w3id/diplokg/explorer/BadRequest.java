package org.w3id.diplokg.explorer;

/** A request the explorer cannot answer as asked (a missing or malformed parameter): answered with 400 and the message. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message);
    }
}
