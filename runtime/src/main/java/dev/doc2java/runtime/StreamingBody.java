package dev.doc2java.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A request or response payload that is streamed rather than held in memory: a source of input
 * streams plus the length when it is known. Replayable bodies ({@link #fromBytes}, {@link #fromFile})
 * can be opened more than once, which lets a transport retry.
 */
public final class StreamingBody {

    /** Opens a fresh stream over the body. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private final Source source;
    private final OptionalLong contentLength;

    private StreamingBody(Source source, OptionalLong contentLength) {
        this.source = Objects.requireNonNull(source, "source");
        this.contentLength = contentLength;
    }

    public static StreamingBody fromBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new StreamingBody(() -> new ByteArrayInputStream(copy), OptionalLong.of(copy.length));
    }

    public static StreamingBody fromUtf8(String text) {
        return fromBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static StreamingBody fromFile(Path file) {
        return new StreamingBody(() -> Files.newInputStream(file), OptionalLong.empty());
    }

    /** A body whose streams come from {@code source}; {@code contentLength} is -1 when unknown. */
    public static StreamingBody fromSource(Source source, long contentLength) {
        return new StreamingBody(source, contentLength < 0 ? OptionalLong.empty() : OptionalLong.of(contentLength));
    }

    public InputStream open() throws IOException {
        return source.open();
    }

    public OptionalLong contentLength() {
        return contentLength;
    }

    /** Reads the whole body into memory. */
    public byte[] readAllBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "StreamingBody[" + (contentLength.isPresent() ? contentLength.getAsLong() + " bytes" : "unknown length") + "]";
    }
}
