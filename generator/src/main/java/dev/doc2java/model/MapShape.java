package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A map from {@code key} to {@code value}; min/max are sizes. */
public record MapShape(
        String name,
        String key,
        String value,
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

    @Override
    public ShapeType type() {
        return ShapeType.MAP;
    }

    @Override
    public MapShape withName(String newName) {
        return new MapShape(newName, key, value, documentation, constraints, traits, source);
    }

    public MapShape withTargets(String newKey, String newValue) {
        return new MapShape(name, newKey, newValue, documentation, constraints, traits, source);
    }
}
