package org.resograph.store;

/** A database that cannot be used as asked; the message names the database and the problem. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
