package dev.doc2java.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one HTTP exchange. Generated clients are built on a transport, so callers choose the HTTP
 * library, signing and retries; doc2java only says what to send.
 */
@FunctionalInterface
public interface Transport {

    Response send(Request request) throws IOException;

    /** {@code uri} is relative to the service endpoint, query included. */
    record Request(String method, String uri, Map<String, List<String>> headers, StreamingBody body) {
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            headers = Map.copyOf(headers);
        }
    }

    record Response(int status, Map<String, List<String>> headers, StreamingBody body) {
        public Response {
            headers = Map.copyOf(headers);
        }
    }
}
