package dev.doc2java.model;

/** One documented HTTP status of an operation; {@code shape} is its body's shape or {@code null}. */
public record OperationResponse(int status, ShapeId shape, String documentation) {
    public OperationResponse {
        documentation = documentation == null ? "" : documentation;
    }

    /** With the body's shape by name ({@code null}: no body). */
    public OperationResponse(int status, String shape, String documentation) {
        this(status, ShapeId.ofNullable(shape), documentation);
    }
}
