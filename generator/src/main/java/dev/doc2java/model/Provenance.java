package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.Objects;

/**
 * Why the model states a constraint: which constraint, where the page says so, and the words it used
 * (for example {@code "1 to 64 characters"}). Validators cite it; reviewers can check it.
 */
public record Provenance(ConstraintKind kind, SourceLocation at, String evidence) {
    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** With the kind by its JSON name ({@code "min"}, {@code "enum"}, ...), see {@link ConstraintKind#of}. */
    public Provenance(String kind, SourceLocation at, String evidence) {
        this(ConstraintKind.of(kind), at, evidence);
    }

    public boolean is(ConstraintKind k) {
        return kind == k;
    }
}
