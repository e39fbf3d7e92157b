package org.w3id.diplokg.cli;

/** A mistake in how a command was called: reported in one line, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
