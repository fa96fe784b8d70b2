package dev.doc2java.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Jackson set-up for generated types. Generated records use only standard Jackson annotations; the
 * one thing plain Jackson lacks is {@link Instant}, which {@link #module()} adds (written as ISO-8601,
 * read from ISO-8601 text or epoch seconds, as AWS JSON protocols send them).
 */
public final class Json {

    private Json() {
    }

    /** A new mapper with {@link #module()} registered. */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper().registerModule(module());
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("doc2java");
        module.addSerializer(Instant.class, new InstantSerializer());
        module.addDeserializer(Instant.class, new InstantDeserializer());
        return module;
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal seconds = p.getDecimalValue();
                long whole = seconds.longValue();
                int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
                return Instant.ofEpochSecond(whole, nanos);
            }
            String text = p.getValueAsString();
            if (text == null) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp");
            }
        }
    }
}
