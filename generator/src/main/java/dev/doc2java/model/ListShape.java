package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A list whose elements are {@code member}; min/max are sizes. */
public record ListShape(
        String name,
        ShapeId member,
        String documentation,
        Constraints constraints,
        Set<ShapeTrait> traits,
        SourceLocation source) implements Shape {

    public ListShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(member, "member");
        documentation = documentation == null ? "" : documentation;
        constraints = constraints == null ? Constraints.NONE : constraints;
        traits = traits == null || traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    /** With the element shape by name. */
    public ListShape(String name, String member, String documentation, Constraints constraints,
            Set<ShapeTrait> traits, SourceLocation source) {
        this(name, ShapeId.of(member), documentation, constraints, traits, source);
    }

    @Override
    public ShapeType type() {
        return ShapeType.LIST;
    }

    @Override
    public ListShape withName(String newName) {
        return new ListShape(newName, member, documentation, constraints, traits, source);
    }

    public ListShape withMember(String newMember) {
        return withMember(ShapeId.of(newMember));
    }

    public ListShape withMember(ShapeId newMember) {
        return new ListShape(name, newMember, documentation, constraints, traits, source);
    }
}
