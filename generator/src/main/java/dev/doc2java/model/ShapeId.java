package dev.doc2java.model;

import java.util.Objects;

/**
 * A reference to a shape of the same {@link ServiceModel}, by the shape's name. Members, list
 * elements, map keys and values, operation inputs and outputs refer to shapes through it, so a
 * reference is never confused with a wire name, an error code or documentation text. Whether the
 * shape exists is checked once, by {@link ModelValidator}.
 *
 * @param name the {@link Shape#name()} referred to
 */
public record ShapeId(String name) implements Comparable<ShapeId> {

    public ShapeId {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a shape id is not blank");
        }
    }

    public static ShapeId of(String name) {
        return new ShapeId(name);
    }

    /** {@code null} for {@code null}: an operation without input or output. */
    public static ShapeId ofNullable(String name) {
        return name == null ? null : new ShapeId(name);
    }

    /** Whether this refers to the shape named {@code shapeName}. */
    public boolean is(String shapeName) {
        return name.equals(shapeName);
    }

    @Override
    public int compareTo(ShapeId other) {
        return name.compareTo(other.name);
    }

    /** The name, as the model JSON writes a reference. */
    @Override
    public String toString() {
        return name;
    }
}
