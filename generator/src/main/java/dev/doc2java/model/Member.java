package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A structure member.
 *
 * @param name the member name as written in the docs (boto3 parameter name, Huawei wire name)
 * @param target the shape the member refers to
 * @param location where the member travels in an HTTP request, or {@code null} where the docs don't say
 * @param wireName the name on the wire when it differs from {@code name} (a header's spelling), else {@code name}
 * @param documentation an HTML fragment: text escaped, only simple tags (p, code, a, em, strong, ul, li, pre, br)
 * @param constraints the member's own constraints; they win over the target shape's
 */
public record Member(
        String name,
        ShapeId target,
        boolean required,
        HttpLocation location,
        String wireName,
        String documentation,
        Constraints constraints,
        Set<MemberTrait> traits,
        SourceLocation source) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        wireName = wireName == null ? name : wireName;
        documentation = documentation == null ? "" : documentation;
        constraints = constraints == null ? Constraints.NONE : constraints;
        traits = traits == null || traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    /** With the target by name. */
    public Member(String name, String target, boolean required, HttpLocation location, String wireName,
            String documentation, Constraints constraints, Set<MemberTrait> traits, SourceLocation source) {
        this(name, ShapeId.of(target), required, location, wireName, documentation, constraints, traits, source);
    }

    public boolean has(MemberTrait trait) {
        return traits.contains(trait);
    }

    public Member withTarget(String newTarget) {
        return withTarget(ShapeId.of(newTarget));
    }

    public Member withTarget(ShapeId newTarget) {
        return new Member(name, newTarget, required, location, wireName, documentation, constraints, traits, source);
    }

    public Member withConstraints(Constraints c) {
        return new Member(name, target, required, location, wireName, documentation, c, traits, source);
    }

    public Member withRequired(boolean r) {
        return new Member(name, target, r, location, wireName, documentation, constraints, traits, source);
    }

    public Member withDocumentation(String doc) {
        return new Member(name, target, required, location, wireName, doc, constraints, traits, source);
    }

    public static Builder builder(String name, String target) {
        return new Builder(name, ShapeId.of(target));
    }

    public static Builder builder(String name, ShapeId target) {
        return new Builder(name, target);
    }

    /** Mutable helper for readers that learn a member's facts one by one. */
    public static final class Builder {
        private final String name;
        private ShapeId target;
        private boolean required;
        private HttpLocation location;
        private String wireName;
        private String documentation = "";
        private Constraints constraints = Constraints.NONE;
        private final EnumSet<MemberTrait> traits = EnumSet.noneOf(MemberTrait.class);
        private SourceLocation source = SourceLocation.UNKNOWN;

        private Builder(String name, ShapeId target) {
            this.name = name;
            this.target = target;
        }

        public Builder target(String v) { this.target = ShapeId.of(v); return this; }
        public Builder target(ShapeId v) { this.target = v; return this; }
        public Builder required(boolean v) { this.required = v; return this; }
        public Builder location(HttpLocation v) { this.location = v; return this; }
        public Builder wireName(String v) { this.wireName = v; return this; }
        public Builder documentation(String v) { this.documentation = v; return this; }
        public Builder constraints(Constraints v) { this.constraints = v; return this; }
        public Builder trait(MemberTrait v) { this.traits.add(v); return this; }
        public Builder source(SourceLocation v) { this.source = v; return this; }

        public Member build() {
            return new Member(name, target, required, location, wireName, documentation, constraints, traits, source);
        }
    }
}
