package dev.doc2java.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An untyped JSON value (a "document" in the docs): null, boolean, number, string, list or map.
 * Maps keep their key order. Jackson reads and writes it as plain JSON.
 */
@JsonSerialize(using = Document.Serializer.class)
@JsonDeserialize(using = Document.Deserializer.class)
public sealed interface Document
        permits Document.NullValue, Document.BooleanValue, Document.NumberValue, Document.StringValue,
                Document.ListValue, Document.MapValue {

    /** JSON {@code null}. */
    record NullValue() implements Document {
    }

    record BooleanValue(boolean value) implements Document {
    }

    /** A number; {@code BigDecimal} keeps every digit the service sent. */
    record NumberValue(BigDecimal value) implements Document {
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record StringValue(String value) implements Document {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record ListValue(List<Document> values) implements Document {
        public ListValue {
            values = List.copyOf(values);
        }
    }

    record MapValue(Map<String, Document> values) implements Document {
        public MapValue {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            for (Map.Entry<String, Document> e : values.entrySet()) {
                Objects.requireNonNull(e.getKey(), "key");
                Objects.requireNonNull(e.getValue(), "value");
            }
        }
    }

    static Document nullValue() {
        return new NullValue();
    }

    static Document of(boolean value) {
        return new BooleanValue(value);
    }

    static Document of(String value) {
        return new StringValue(value);
    }

    static Document of(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    static Document of(BigDecimal value) {
        return new NumberValue(value);
    }

    static Document of(List<Document> values) {
        return new ListValue(values);
    }

    static Document of(Map<String, Document> values) {
        return new MapValue(values);
    }

    /** The document form of a Jackson tree. */
    static Document fromJsonNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new NullValue();
        }
        if (node.isBoolean()) {
            return new BooleanValue(node.booleanValue());
        }
        if (node.isNumber()) {
            return new NumberValue(node.decimalValue());
        }
        if (node.isTextual()) {
            return new StringValue(node.textValue());
        }
        if (node.isArray()) {
            List<Document> values = new ArrayList<>();
            for (JsonNode element : node) {
                values.add(fromJsonNode(element));
            }
            return new ListValue(values);
        }
        if (node.isObject()) {
            Map<String, Document> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                values.put(e.getKey(), fromJsonNode(e.getValue()));
            }
            return new MapValue(values);
        }
        if (node.isBinary()) {
            return new StringValue(node.asText());
        }
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }

    /** Writes documents as plain JSON. */
    final class Serializer extends StdSerializer<Document> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(Document.class);
        }

        @Override
        public void serialize(Document value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof NullValue) {
                gen.writeNull();
            } else if (value instanceof BooleanValue b) {
                gen.writeBoolean(b.value());
            } else if (value instanceof NumberValue n) {
                gen.writeNumber(n.value());
            } else if (value instanceof StringValue s) {
                gen.writeString(s.value());
            } else if (value instanceof ListValue l) {
                gen.writeStartArray();
                for (Document d : l.values()) {
                    serialize(d, gen, provider);
                }
                gen.writeEndArray();
            } else if (value instanceof MapValue m) {
                gen.writeStartObject();
                for (Map.Entry<String, Document> e : m.values().entrySet()) {
                    gen.writeFieldName(e.getKey());
                    serialize(e.getValue(), gen, provider);
                }
                gen.writeEndObject();
            }
        }
    }

    /** Reads any JSON value as a document. */
    final class Deserializer extends StdDeserializer<Document> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(Document.class);
        }

        @Override
        public Document deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fromJsonNode(p.readValueAsTree());
        }

        /** An explicit JSON {@code null} is a document too. */
        @Override
        public Document getNullValue(DeserializationContext ctxt) {
            return new NullValue();
        }

        /** An absent member stays {@code null}. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
