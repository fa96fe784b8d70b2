package dev.doc2java.read.boto3;

import java.util.List;

/**
 * One value of a boto3 Request/Response Syntax block ({@code 'string'}, {@code 123},
 * {@code {'a': ...}}, {@code [...]}, {@code {'... recursive ...'}}, ...).
 *
 * @param kind what the placeholder says
 * @param entries a dict's keys and values in order (dict, event stream, call arguments)
 * @param element a list's element, or {@code null}
 * @param enumValues the values of an enum placeholder ({@code 'HTTP'|'HTTPS'})
 * @param line 1-based page line
 * @param column 1-based page column
 */
public record SyntaxValue(Kind kind, List<Entry> entries, SyntaxValue element, List<String> enumValues,
        int line, int column) {

    /** The placeholder kinds boto3 prints. */
    public enum Kind {
        DICT, LIST, STRING, ENUM, INTEGER, FLOAT, BOOLEAN, TIMESTAMP, BLOB,
        /** {@code b'bytes'|file}: a request payload blob (streaming or not: the page does not say). */
        STREAMING_INPUT,
        /** {@code StreamingBody()}. */
        STREAMING_BODY,
        DOCUMENT, RECURSIVE,
        /** {@code EventStream({...})}: entries are the event kinds. */
        EVENT_STREAM,
        NONE,
        /** A bare {@code ...}: botocore prints it for types it has no example of (float). */
        UNKNOWN
    }

    /** A dict key (a member name, or a map's key placeholder) with its value. */
    public record Entry(SyntaxValue key, String name, SyntaxValue value, int line, int column) {
    }

    public SyntaxValue {
        entries = entries == null ? List.of() : List.copyOf(entries);
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    static SyntaxValue of(Kind kind, int line, int column) {
        return new SyntaxValue(kind, List.of(), null, List.of(), line, column);
    }

    /**
     * Whether this dict is a map: its single key is a placeholder ({@code 'string'}, or several
     * alternatives {@code 'A'|'B'}), not a member name.
     */
    public boolean looksLikeMap() {
        if (kind != Kind.DICT || entries.size() != 1) {
            return false;
        }
        SyntaxValue key = entries.get(0).key();
        return key != null && (key.kind() == Kind.STRING || key.enumValues().size() > 1);
    }
}
