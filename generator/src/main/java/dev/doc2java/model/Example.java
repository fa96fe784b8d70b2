package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.Objects;

/**
 * An example request or response the page shows. {@code status} is set for responses where known;
 * {@code method}/{@code url} for requests; {@code body} is the JSON text or {@code null}.
 */
public record Example(
        Kind kind,
        String title,
        Integer status,
        String method,
        String url,
        String body,
        SourceLocation source) {

    public enum Kind { REQUEST, RESPONSE }

    public Example {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        source = source == null ? SourceLocation.UNKNOWN : source;
    }
}
