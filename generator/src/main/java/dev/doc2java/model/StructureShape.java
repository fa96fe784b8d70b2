package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A structure (or, with {@link ShapeTrait#UNION}, a tagged union); members in document order. */
public record StructureShape(
        String name,
        List<Member> members,
        String documentation,
        Set<ShapeTrait> traits,
        SourceLocation source) implements Shape {

    public StructureShape {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        documentation = documentation == null ? "" : documentation;
        traits = traits == null || traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        source = source == null ? SourceLocation.UNKNOWN : source;
        var seen = new java.util.HashSet<String>();
        for (Member m : members) {
            if (!seen.add(m.name())) {
                throw new IllegalArgumentException("duplicate member " + m.name() + " in " + name);
            }
        }
    }

    @Override
    public ShapeType type() {
        return ShapeType.STRUCTURE;
    }

    @Override
    public Constraints constraints() {
        return Constraints.NONE;
    }

    public Optional<Member> member(String memberName) {
        return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
    }

    public boolean isUnion() {
        return has(ShapeTrait.UNION);
    }

    @Override
    public StructureShape withName(String newName) {
        return new StructureShape(newName, members, documentation, traits, source);
    }

    public StructureShape withMembers(List<Member> newMembers) {
        return new StructureShape(name, newMembers, documentation, traits, source);
    }
}
