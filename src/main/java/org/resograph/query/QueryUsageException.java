package org.resograph.query;

/** A problem with what the user asked for (an unknown query or parameter, a value that is no RDF term): exit code 2. */
public final class QueryUsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryUsageException(String message) {
        super(message);
    }

    public QueryUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
