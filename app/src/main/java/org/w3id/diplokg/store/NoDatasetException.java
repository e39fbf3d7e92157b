package org.w3id.diplokg.store;

/** A folder that holds no built dataset where one was expected (a wrong {@code --data}, or no build yet). */
public class NoDatasetException extends StoreException {
    public NoDatasetException(String message) {
        super(message);
    }
}
