package dev.doc2java.model;

import java.util.Objects;

/**
 * One error an operation documents: either an error shape of the model (boto3's
 * {@code Client.exceptions.ConflictException}, a structure with {@link ShapeTrait#EXCEPTION}) or an
 * error code the service answers with and the model has no shape for (Huawei's {@code ELB.8902}).
 * The model JSON writes both as the plain name; reading it back, a name with an exception shape is
 * a {@link Kind#SHAPE}, any other a {@link Kind#CODE}.
 *
 * @param kind what {@code name} names
 * @param name the shape name or the error code, as documented
 */
public record ErrorRef(Kind kind, String name) {

    /** What an {@link ErrorRef} names. */
    public enum Kind {
        /** An exception shape of the model. */
        SHAPE,
        /** An error code without a shape. */
        CODE
    }

    public ErrorRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an error reference is not blank");
        }
    }

    public static ErrorRef shape(String shapeName) {
        return new ErrorRef(Kind.SHAPE, shapeName);
    }

    public static ErrorRef code(String code) {
        return new ErrorRef(Kind.CODE, code);
    }

    public boolean isShape() {
        return kind == Kind.SHAPE;
    }

    /** The shape referred to; only for {@link Kind#SHAPE}. */
    public ShapeId shapeId() {
        if (kind != Kind.SHAPE) {
            throw new IllegalStateException(name + " is an error code, not a shape");
        }
        return ShapeId.of(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
