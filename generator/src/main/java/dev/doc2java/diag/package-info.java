/**
 * Diagnostics: where a page has a problem ({@link dev.doc2java.diag.SourceLocation}: file, 1-based
 * line and column, the path as the user gave it), how bad it is ({@link dev.doc2java.diag.Severity};
 * only errors fail a run) and a stable dotted code such as {@code model.dangling-reference}, printed as
 * {@code file:line:col: severity: message [code]}. {@link dev.doc2java.diag.Diagnostics} collects them
 * for one run and sorts them by location, so a run reports every problem instead of stopping at the
 * first. The package depends on nothing else of doc2java; every other package may use it.
 */
package dev.doc2java.diag;
