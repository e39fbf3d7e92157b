package org.w3id.diplokg.spark;

/** A mistake in how the job was called: a missing input, a bad option. */
final class JobUsageException extends RuntimeException {
    JobUsageException(String message) {
        super(message);
    }
}
