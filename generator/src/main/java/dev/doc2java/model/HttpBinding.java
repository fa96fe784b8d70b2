package dev.doc2java.model;

import java.util.Objects;

/** The HTTP method and URI template of an operation, as the docs give them ({@code /v1/listeners/{id}}). */
public record HttpBinding(String method, String uri) {
    public HttpBinding {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
    }
}
