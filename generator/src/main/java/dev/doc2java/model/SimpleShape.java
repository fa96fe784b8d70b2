package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A scalar: string (an enum when its constraints list values), integer, long, float, double,
 * boolean, timestamp, blob (streaming with {@link ShapeTrait#STREAMING}) or document.
 *
 * <p>Plain scalars without constraints use the canonical names {@code String}, {@code Integer},
 * {@code Long}, {@code Float}, {@code Double}, {@code Boolean}, {@code Timestamp}, {@code Blob},
 * {@code Document} (see {@link #canonical(ShapeType)}).
 */
public record SimpleShape(
        String name,
        ShapeType type,
        String documentation,
        Constraints constraints,
        Set<ShapeTrait> traits,
        SourceLocation source) implements Shape {

    public SimpleShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!type.isSimple()) {
            throw new IllegalArgumentException(type + " is not a simple type");
        }
        documentation = documentation == null ? "" : documentation;
        constraints = constraints == null ? Constraints.NONE : constraints;
        traits = traits == null || traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    /** The shared, unconstrained shape of a simple type, named after it ({@code String}, {@code Integer}, ...). */
    public static SimpleShape canonical(ShapeType type) {
        return new SimpleShape(canonicalName(type), type, "", Constraints.NONE, Set.of(), SourceLocation.UNKNOWN);
    }

    public static String canonicalName(ShapeType type) {
        String id = type.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public boolean isEnum() {
        return constraints.hasEnum();
    }

    @Override
    public SimpleShape withName(String newName) {
        return new SimpleShape(newName, type, documentation, constraints, traits, source);
    }
}
