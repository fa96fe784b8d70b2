package dev.doc2java.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input, printed as {@code file:line:col: severity: message [code]}.
 *
 * <p>{@code code} is a stable, dotted identifier such as {@code rst.unclosed-literal} or
 * {@code huawei.unknown-type}: tests and users can match on it while the message wording evolves.
 */
public record Diagnostic(Severity severity, String code, SourceLocation location, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
