package dev.doc2java.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * Jackson set-up for generated types. Generated records use only standard Jackson annotations; what
 * plain Jackson lacks is {@link Instant}, which {@code jackson-datatype-jsr310} adds: written as
 * ISO-8601 text ({@code "2024-05-01T10:00:00.250Z"}), read from ISO-8601 text or from epoch seconds,
 * whole or fractional ({@code 1714557600.25}), as AWS JSON protocols send them.
 *
 * <p><b>The JSON policy of generated types.</b> Services add members to their responses before their
 * documentation says so. A client must not break on them, so {@link #newObjectMapper()} ignores
 * properties a record does not know; open enums keep values they do not know ({@code isKnown()} is
 * false) and unions keep an unknown member as their {@code Unknown} variant, so nothing the service
 * adds makes reading fail. Tests that check what doc2java understood of a page want the opposite:
 * {@link #newStrictObjectMapper()} fails on every property a record does not declare, so a member
 * the reader missed shows up as an error instead of being dropped.
 */
public final class Json {

    private Json() {
    }

    /**
     * The mapper clients use: {@link #configure} applied, unknown properties ignored (a response may
     * carry members its documentation did not list).
     */
    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** As {@link #newObjectMapper()}, but failing on any property a generated type does not declare: for tests. */
    public static ObjectMapper newStrictObjectMapper() {
        return configure(JsonMapper.builder())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** What every mapper of generated types needs: {@link #module()}, timestamps as ISO-8601 text. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS);
    }

    /**
     * The Java time module. Register it on a mapper of your own together with
     * {@code disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)}, or start from {@link #configure}.
     */
    public static Module module() {
        return new JavaTimeModule();
    }
}
