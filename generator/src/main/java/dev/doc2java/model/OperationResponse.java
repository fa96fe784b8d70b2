package dev.doc2java.model;

/** One documented HTTP status of an operation; {@code shape} is its body's shape or {@code null}. */
public record OperationResponse(int status, String shape, String documentation) {
    public OperationResponse {
        documentation = documentation == null ? "" : documentation;
    }
}
