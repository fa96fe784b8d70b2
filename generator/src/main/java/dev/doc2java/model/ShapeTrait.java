package dev.doc2java.model;

/** Facts about a shape beyond its type. */
public enum ShapeTrait {
    /** Tagged union: exactly one member is set. */
    UNION,
    /** An error the operation documents ({@code Client.exceptions.X}, an error code). */
    EXCEPTION,
    /** A stream of events (boto3 {@code EventStream}); the structure's members are the event kinds. */
    EVENT_STREAM,
    /**
     * A streaming blob payload. boto3 pages prove it only for responses ({@code StreamingBody});
     * a request payload blob ({@code bytes or seekable file-like object}) is a plain blob whose
     * member is the {@link MemberTrait#PAYLOAD}.
     */
    STREAMING,
    /** Lies on a reference cycle. */
    RECURSIVE,
    DEPRECATED,
    SENSITIVE
}
