package dev.doc2java.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ServiceModel} as canonical {@code doc2java-model/1} JSON: operations sorted by
 * name, shapes sorted by name, members in document order, two-space indent, {@code \n} line ends,
 * keys whose value is false, null or empty left out. Same model, same bytes.
 */
public final class ModelJson {

    public static final String FORMAT = "doc2java-model/1";

    private ModelJson() {
    }

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
        StringBuilder out = new StringBuilder();
        value(out, root, 0);
        out.append('\n');
        return out.toString();
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
        put(o, "input", op.input());
        put(o, "output", op.output());
        List<Object> responses = new ArrayList<>();
        for (OperationResponse r : op.responses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", r.status());
            put(m, "shape", r.shape());
            put(m, "documentation", r.documentation());
            responses.add(m);
        }
        put(o, "responses", responses);
        put(o, "errors", new ArrayList<Object>(op.errors()));
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
            s.put("member", l.member());
        } else if (shape instanceof MapShape m) {
            s.put("key", m.key());
            s.put("value", m.value());
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
        o.put("shape", m.target());
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
        put(o, "min", c.min());
        put(o, "max", c.max());
        put(o, "pattern", c.pattern());
        put(o, "default", c.defaultValue());
        if (!c.provenance().isEmpty()) {
            List<Object> p = new ArrayList<>();
            for (Provenance prov : c.provenance()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("constraint", prov.constraint());
                source(m, prov.at());
                m.put("evidence", prov.evidence());
                p.add(m);
            }
            o.put("provenance", p);
        }
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

    private static void value(StringBuilder out, Object v, int indent) {
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pad(out, indent + 1);
                string(out, (String) e.getKey());
                out.append(": ");
                value(out, e.getValue(), indent + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append('}');
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(out, indent + 1);
                value(out, list.get(i), indent + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append(']');
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof BigDecimal d) {
            out.append(d.stripTrailingZeros().toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            throw new IllegalArgumentException("not JSON: " + v);
        }
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
