package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A map from {@code key} to {@code value}; min/max are sizes. */
public record MapShape(
        String name,
        ShapeId key,
        ShapeId value,
        String documentation,
        Constraints constraints,
        Set<ShapeTrait> traits,
        SourceLocation source) implements Shape {

    public MapShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        documentation = documentation == null ? "" : documentation;
        constraints = constraints == null ? Constraints.NONE : constraints;
        traits = traits == null || traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    /** With key and value shapes by name. */
    public MapShape(String name, String key, String value, String documentation, Constraints constraints,
            Set<ShapeTrait> traits, SourceLocation source) {
        this(name, ShapeId.of(key), ShapeId.of(value), documentation, constraints, traits, source);
    }

    @Override
    public ShapeType type() {
        return ShapeType.MAP;
    }

    @Override
    public MapShape withName(String newName) {
        return new MapShape(newName, key, value, documentation, constraints, traits, source);
    }

    public MapShape withTargets(String newKey, String newValue) {
        return withTargets(ShapeId.of(newKey), ShapeId.of(newValue));
    }

    public MapShape withTargets(ShapeId newKey, ShapeId newValue) {
        return new MapShape(name, newKey, newValue, documentation, constraints, traits, source);
    }
}
