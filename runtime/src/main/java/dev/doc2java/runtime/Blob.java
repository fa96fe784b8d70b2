package dev.doc2java.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Immutable bytes with value equality. On the JSON wire a blob is a base64 string.
 */
public final class Blob {

    private static final Blob EMPTY = new Blob(new byte[0]);

    private final byte[] bytes;

    private Blob(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A blob holding a copy of {@code bytes}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Blob of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new Blob(bytes.clone());
    }

    public static Blob ofUtf8(String text) {
        return new Blob(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Blob ofBase64(String base64) {
        return new Blob(Base64.getDecoder().decode(base64));
    }

    public static Blob empty() {
        return EMPTY;
    }

    /** A copy of the bytes; the blob itself never changes. */
    @JsonValue
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String asUtf8String() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public String asBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Blob other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Blob[" + bytes.length + " bytes]";
    }
}
