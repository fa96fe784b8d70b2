package dev.doc2java.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ServiceModel} as canonical {@code doc2java-model/1} JSON: operations sorted by
 * name, shapes sorted by name, members in document order, two-space indent, {@code \n} line ends,
 * keys whose value is false, null or empty left out. Same model, same bytes. Jackson writes it (the
 * same library {@link ModelJsonReader} reads it with); the layout is fixed by {@link #writer()}.
 */
public final class ModelJson {

    public static final String FORMAT = "doc2java-model/1";

    private ModelJson() {
    }

    private static final ObjectWriter WRITER = writer();

    public static String write(ServiceModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", model.id());
        service.put("title", model.title());
        service.put("flavor", model.flavor().id());
        put(service, "documentation", model.documentation());
        root.put("service", service);
        List<Object> ops = new ArrayList<>();
        for (Operation op : model.operations()) {
            ops.add(operation(op));
        }
        root.put("operations", ops);
        Map<String, Object> shapes = new LinkedHashMap<>();
        model.shapes().forEach((name, shape) -> shapes.put(name, shape(shape)));
        root.put("shapes", shapes);
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model " + model.id() + " is not JSON", e);
        }
    }

    private static Map<String, Object> operation(Operation op) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", op.name());
        put(o, "pythonName", op.pythonName());
        if (op.http() != null) {
            Map<String, Object> http = new LinkedHashMap<>();
            http.put("method", op.http().method());
            http.put("uri", op.http().uri());
            o.put("http", http);
        }
        put(o, "input", name(op.input()));
        put(o, "output", name(op.output()));
        List<Object> responses = new ArrayList<>();
        for (OperationResponse r : op.responses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", r.status());
            put(m, "shape", name(r.shape()));
            put(m, "documentation", r.documentation());
            responses.add(m);
        }
        put(o, "responses", responses);
        put(o, "errors", new ArrayList<Object>(op.errors().stream().map(ErrorRef::name).toList()));
        put(o, "authentication", new ArrayList<Object>(op.authentication()));
        put(o, "deprecated", op.deprecated());
        put(o, "documentation", op.documentation());
        List<Object> examples = new ArrayList<>();
        for (Example e : op.examples()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            put(m, "title", e.title());
            put(m, "status", e.status());
            put(m, "method", e.method());
            put(m, "url", e.url());
            put(m, "body", e.body());
            source(m, e.source());
            examples.add(m);
        }
        put(o, "examples", examples);
        source(o, op.source());
        return o;
    }

    private static Map<String, Object> shape(Shape shape) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", shape.type().id());
        if (shape instanceof StructureShape st) {
            put(s, "union", st.isUnion());
            put(s, "exception", st.has(ShapeTrait.EXCEPTION));
            put(s, "eventstream", st.has(ShapeTrait.EVENT_STREAM));
            Map<String, Object> members = new LinkedHashMap<>();
            for (Member m : st.members()) {
                members.put(m.name(), member(m));
            }
            s.put("members", members);
        } else if (shape instanceof ListShape l) {
            s.put("member", l.member().name());
        } else if (shape instanceof MapShape m) {
            s.put("key", m.key().name());
            s.put("value", m.value().name());
        } else {
            put(s, "streaming", shape.has(ShapeTrait.STREAMING));
        }
        constraints(s, shape.constraints());
        put(s, "recursive", shape.has(ShapeTrait.RECURSIVE));
        put(s, "deprecated", shape.has(ShapeTrait.DEPRECATED));
        put(s, "documentation", shape.documentation());
        source(s, shape.source());
        return s;
    }

    private static Map<String, Object> member(Member m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("shape", m.target().name());
        put(o, "required", m.required());
        if (m.location() != null) {
            o.put("location", m.location().id());
        }
        if (!m.wireName().equals(m.name())) {
            o.put("wireName", m.wireName());
        }
        constraints(o, m.constraints());
        put(o, "idempotencyToken", m.has(MemberTrait.IDEMPOTENCY_TOKEN));
        put(o, "deprecated", m.has(MemberTrait.DEPRECATED));
        put(o, "payload", m.has(MemberTrait.PAYLOAD));
        put(o, "jsonvalue", m.has(MemberTrait.JSON_VALUE));
        put(o, "nullable", m.has(MemberTrait.NULLABLE));
        put(o, "auth", m.has(MemberTrait.AUTH));
        put(o, "documentation", m.documentation());
        source(o, m.source());
        return o;
    }

    private static void constraints(Map<String, Object> o, Constraints c) {
        put(o, "enum", new ArrayList<Object>(c.enumNames()));
        put(o, "min", plain(c.min()));
        put(o, "max", plain(c.max()));
        put(o, "pattern", c.pattern());
        put(o, "default", c.defaultValue());
        if (!c.provenance().isEmpty()) {
            List<Object> p = new ArrayList<>();
            for (Provenance prov : c.provenance()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("constraint", prov.kind().id());
                source(m, prov.at());
                m.put("evidence", prov.evidence());
                p.add(m);
            }
            o.put("provenance", p);
        }
    }

    private static String name(ShapeId id) {
        return id == null ? null : id.name();
    }

    private static BigDecimal plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    /** Built-in shapes (String, Integer, ...) come from no page: they get no {@code source}. */
    private static void source(Map<String, Object> o, dev.doc2java.diag.SourceLocation at) {
        if (!at.equals(dev.doc2java.diag.SourceLocation.UNKNOWN)) {
            o.put("source", at.toModelString());
        }
    }

    /** Leaves out false, null and empty values. */
    private static void put(Map<String, Object> o, String key, Object value) {
        if (value == null
                || Boolean.FALSE.equals(value)
                || (value instanceof String s && s.isEmpty())
                || (value instanceof List<?> l && l.isEmpty())) {
            return;
        }
        o.put(key, value);
    }

    /**
     * The canonical layout: two-space indent, {@code "key": value}, {@code \n} line ends, empty
     * objects and arrays as {@code {}} and {@code []}, numbers in plain notation.
     */
    private static ObjectWriter writer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        return new ObjectMapper(factory).writer(printer).with(new Escapes());
    }

    /**
     * Escapes as the format has always been written: the short forms {@code \"}, {@code \\}, {@code \n},
     * {@code \r}, {@code \t}; every other control character and U+2028/U+2029 (line ends to
     * JavaScript) as a lower-case {@code \}{@code u} escape; everything else as it is.
     */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        Escapes() {
            ascii = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                ascii[c] = c == '\n' || c == '\r' || c == '\t' ? ascii[c] : ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 || ch == 0x2028 || ch == 0x2029
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
