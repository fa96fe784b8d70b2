package dev.doc2java.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics during one run. Not thread-safe; each run (each Mojo execution, each CLI
 * call) owns its own instance, so there is no shared mutable state between runs.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String code, SourceLocation at, String message) {
        report(new Diagnostic(Severity.ERROR, code, at, message));
    }

    public void warning(String code, SourceLocation at, String message) {
        report(new Diagnostic(Severity.WARNING, code, at, message));
    }

    public void info(String code, SourceLocation at, String message) {
        report(new Diagnostic(Severity.INFO, code, at, message));
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    /** All diagnostics so far, sorted by location, then severity. */
    public List<Diagnostic> sorted() {
        return items.stream().sorted().toList();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
