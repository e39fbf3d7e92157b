package org.w3id.diplokg.store;

/** A dataset folder that cannot be built, switched or opened, with what went wrong. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
