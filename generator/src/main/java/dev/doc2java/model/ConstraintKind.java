package dev.doc2java.model;

/** Which constraint a {@link Provenance} entry justifies, named as in the model JSON. */
public enum ConstraintKind {
    MIN("min"),
    MAX("max"),
    PATTERN("pattern"),
    ENUM("enum"),
    DEFAULT("default"),
    REQUIRED("required"),
    /** The docs say the value may be empty or null ({@link MemberTrait#NULLABLE}). */
    NULLABLE("nullable");

    private final String id;

    ConstraintKind(String id) {
        this.id = id;
    }

    /** The name used in the model JSON. */
    public String id() {
        return id;
    }

    /** The kind with this JSON name; {@link IllegalArgumentException} for any other word. */
    public static ConstraintKind of(String id) {
        for (ConstraintKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown constraint kind '" + id + "'");
    }
}
