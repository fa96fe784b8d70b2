package dev.doc2java.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeTest {

    private final ObjectMapper mapper = Json.newObjectMapper();

    @Test
    void blobsAreImmutableValues() throws Exception {
        byte[] bytes = {1, 2, 3};
        Blob blob = Blob.of(bytes);
        bytes[0] = 9;
        assertEquals(Blob.of(new byte[] {1, 2, 3}), blob);
        assertEquals(Blob.of(new byte[] {1, 2, 3}).hashCode(), blob.hashCode());
        assertNotEquals(Blob.of(new byte[] {1, 2}), blob);
        blob.toByteArray()[0] = 7;
        assertArrayEquals(new byte[] {1, 2, 3}, blob.toByteArray());
        assertEquals("hi", Blob.ofUtf8("hi").asUtf8String());
        assertEquals(Blob.ofBase64("AQID"), blob);
        assertEquals("\"AQID\"", mapper.writeValueAsString(blob));
        assertEquals(blob, mapper.readValue("\"AQID\"", Blob.class));
        assertEquals(0, Blob.empty().size());
    }

    @Test
    void documentsReadAndWriteAnyJson() throws Exception {
        String json = "{\"b\":[1,2.5,true,null,\"s\"],\"a\":{\"x\":{}}}";
        Document doc = mapper.readValue(json, Document.class);
        assertTrue(doc instanceof Document.MapValue);
        Document.MapValue map = (Document.MapValue) doc;
        assertEquals(List.of("b", "a"), new ArrayList<>(map.values().keySet()), "key order is kept");
        Document.ListValue list = (Document.ListValue) map.values().get("b");
        assertEquals(new Document.NumberValue(new BigDecimal("2.5")), list.values().get(1));
        assertEquals(new Document.NullValue(), list.values().get(3));
        assertEquals(json, mapper.writeValueAsString(doc));
        Map<String, Document> values = new LinkedHashMap<>();
        values.put("k", Document.of("v"));
        assertEquals("{\"k\":\"v\"}", mapper.writeValueAsString(Document.of(values)));
        assertThrows(UnsupportedOperationException.class, () -> map.values().put("z", Document.of(1)));
    }

    @Test
    void instantsAsIsoTextOrEpochSeconds() throws Exception {
        Instant t = Instant.parse("2024-05-01T10:00:00.250Z");
        assertEquals("\"2024-05-01T10:00:00.250Z\"", mapper.writeValueAsString(t));
        assertEquals(t, mapper.readValue("\"2024-05-01T10:00:00.250Z\"", Instant.class));
        assertEquals(t, mapper.readValue("\"2024-05-01T12:00:00.250+02:00\"", Instant.class));
        assertEquals(t, mapper.readValue("1714557600.25", Instant.class));
        assertEquals(Instant.ofEpochSecond(5), mapper.readValue("5", Instant.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"yesterday\"", Instant.class));
    }

    @Test
    void streamingBodiesReplayAndKnowTheirLength() throws Exception {
        StreamingBody body = StreamingBody.fromUtf8("hello");
        assertEquals(5, body.contentLength().getAsLong());
        assertArrayEquals("hello".getBytes(), body.readAllBytes());
        try (InputStream in = body.open()) {
            assertEquals('h', in.read());
        }
        assertArrayEquals("hello".getBytes(), body.readAllBytes());
        StreamingBody unknown = StreamingBody.fromSource(() -> InputStream.nullInputStream(), -1);
        assertTrue(unknown.contentLength().isEmpty());
    }

    @Test
    void eventStreamsIterateInOrder() {
        List<String> seen = new ArrayList<>();
        try (EventStream<String> events = EventStream.of(List.of("a", "b"))) {
            events.forEach(seen::add);
        }
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void serviceExceptionsCarryCodeAndStatus() {
        ServiceException e = new ServiceException("GA.0001", null);
        assertEquals("GA.0001", e.errorCode());
        assertEquals("GA.0001", e.getMessage());
        assertEquals(0, e.statusCode());
        ServiceException withStatus = new ServiceException("Throttling", "slow down", 429, null);
        assertEquals(429, withStatus.statusCode());
        assertNull(withStatus.getCause());
    }

    @Test
    void transportIsAFunctionalInterface() throws Exception {
        Transport echo = request -> new Transport.Response(200, request.headers(), request.body());
        Transport.Response response = echo.send(new Transport.Request("POST", "/v1/x",
                Map.of("Content-Type", List.of("application/json")), StreamingBody.fromUtf8("{}")));
        assertEquals(200, response.status());
        assertEquals("{}", new String(response.body().readAllBytes()));
    }

    /** A record as generated: Jackson annotations only. */
    record Thing(@com.fasterxml.jackson.annotation.JsonProperty("name") String name) {
    }

    @Test
    void clientsIgnoreMembersTheDocsDidNotListWhileTestsCatchThem() throws Exception {
        String json = "{\"name\":\"a\",\"addedLater\":1}";
        assertEquals(new Thing("a"), mapper.readValue(json, Thing.class));
        assertThrows(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
                () -> Json.newStrictObjectMapper().readValue(json, Thing.class));
        assertEquals(new Thing("a"), Json.newStrictObjectMapper().readValue("{\"name\":\"a\"}", Thing.class));
    }
}
