package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.Objects;

/**
 * Why the model states a constraint: which constraint ({@code min}, {@code max}, {@code pattern},
 * {@code enum}, {@code default}, {@code required}), where the page says so, and the words it used
 * (for example {@code "1 to 64 characters"}). Validators cite it; reviewers can check it.
 */
public record Provenance(String constraint, SourceLocation at, String evidence) {
    public Provenance {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidence, "evidence");
    }
}
