package dev.doc2java.runtime;

/**
 * An error the service reported. Generated exception types extend it; {@link #errorCode()} is the
 * documented error name or code ({@code ValidationException}, {@code GA.0001}).
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int statusCode;

    public ServiceException(String errorCode, String message) {
        this(errorCode, message, 0, null);
    }

    /** {@code statusCode} is the HTTP status, 0 when unknown. */
    public ServiceException(String errorCode, String message, int statusCode, Throwable cause) {
        super(message == null ? errorCode : message, cause);
        this.errorCode = errorCode;
        this.statusCode = statusCode;
    }

    public String errorCode() {
        return errorCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
