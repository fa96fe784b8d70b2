package dev.doc2java.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doc2java.diag.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code doc2java-model/1} JSON (what {@link ModelJson} writes) back into a {@link ServiceModel}.
 * Also accepts the shape-level {@code "payload": "<member>"} form of botocore-derived models. Unknown
 * keys are ignored, as the format allows. Throws {@link IllegalArgumentException} on input that is not
 * a model (it reads files doc2java or its tools wrote, not user pages).
 */
public final class ModelJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJsonReader() {
    }

    public static ServiceModel read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !ModelJson.FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a " + ModelJson.FORMAT + " document");
        }
        JsonNode service = root.path("service");
        Flavor flavor = flavor(service.path("flavor").asText());
        TreeMap<String, Shape> shapes = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("shapes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            shapes.put(e.getKey(), shape(e.getKey(), e.getValue()));
        }
        List<Operation> operations = new ArrayList<>();
        for (JsonNode op : root.path("operations")) {
            operations.add(operation(op, shapes));
        }
        return new ServiceModel(service.path("id").asText(), service.path("title").asText(), flavor,
                text(service, "documentation"), operations, shapes, null);
    }

    private static Flavor flavor(String id) {
        for (Flavor f : Flavor.values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown flavor " + id);
    }

    private static Operation operation(JsonNode o, Map<String, Shape> shapes) {
        Operation.Builder b = Operation.builder(o.path("name").asText())
                .pythonName(text(o, "pythonName"))
                .input(text(o, "input"))
                .output(text(o, "output"))
                .deprecated(o.path("deprecated").asBoolean(false))
                .documentation(text(o, "documentation"))
                .source(source(o));
        if (o.has("http")) {
            b.http(new HttpBinding(o.path("http").path("method").asText(), o.path("http").path("uri").asText()));
        }
        for (JsonNode r : o.path("responses")) {
            b.response(new OperationResponse(r.path("status").asInt(), text(r, "shape"), text(r, "documentation")));
        }
        // The JSON writes error shapes and error codes alike; a name with an exception shape is a shape.
        o.path("errors").forEach(e -> b.error(shapes.get(e.asText()) instanceof StructureShape s
                && s.has(ShapeTrait.EXCEPTION) ? ErrorRef.shape(e.asText()) : ErrorRef.code(e.asText())));
        o.path("authentication").forEach(a -> b.authentication(a.asText()));
        for (JsonNode e : o.path("examples")) {
            b.example(new Example(
                    Example.Kind.valueOf(e.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    text(e, "title"),
                    e.has("status") ? e.path("status").asInt() : null,
                    text(e, "method"), text(e, "url"), text(e, "body"), source(e)));
        }
        return b.build();
    }

    private static Shape shape(String name, JsonNode s) {
        String type = s.path("type").asText();
        Set<ShapeTrait> traits = EnumSet.noneOf(ShapeTrait.class);
        flag(s, "union", traits, ShapeTrait.UNION);
        flag(s, "exception", traits, ShapeTrait.EXCEPTION);
        flag(s, "eventstream", traits, ShapeTrait.EVENT_STREAM);
        flag(s, "streaming", traits, ShapeTrait.STREAMING);
        flag(s, "recursive", traits, ShapeTrait.RECURSIVE);
        flag(s, "deprecated", traits, ShapeTrait.DEPRECATED);
        flag(s, "sensitive", traits, ShapeTrait.SENSITIVE);
        String doc = text(s, "documentation");
        SourceLocation source = source(s);
        switch (type) {
            case "structure": {
                String payload = s.path("payload").isTextual() ? s.path("payload").asText() : null;
                List<Member> members = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> fields = s.path("members").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    members.add(member(e.getKey(), e.getValue(), e.getKey().equals(payload)));
                }
                return new StructureShape(name, members, doc, traits, source);
            }
            case "list":
                return new ListShape(name, s.path("member").asText(), doc, constraints(s), traits, source);
            case "map":
                return new MapShape(name, s.path("key").asText(), s.path("value").asText(), doc, constraints(s),
                        traits, source);
            default:
                for (ShapeType t : ShapeType.values()) {
                    if (t.isSimple() && t.id().equals(type)) {
                        return new SimpleShape(name, t, doc, constraints(s), traits, source);
                    }
                }
                throw new IllegalArgumentException("shape " + name + " has unknown type " + type);
        }
    }

    private static Member member(String name, JsonNode m, boolean payload) {
        Member.Builder b = Member.builder(name, m.path("shape").asText())
                .required(m.path("required").asBoolean(false))
                .wireName(text(m, "wireName"))
                .documentation(text(m, "documentation"))
                .constraints(constraints(m))
                .source(source(m));
        if (m.has("location")) {
            for (HttpLocation l : HttpLocation.values()) {
                if (l.id().equals(m.path("location").asText())) {
                    b.location(l);
                }
            }
        }
        if (payload || m.path("payload").asBoolean(false)) {
            b.trait(MemberTrait.PAYLOAD);
        }
        if (m.path("idempotencyToken").asBoolean(false)) {
            b.trait(MemberTrait.IDEMPOTENCY_TOKEN);
        }
        if (m.path("deprecated").asBoolean(false)) {
            b.trait(MemberTrait.DEPRECATED);
        }
        if (m.path("jsonvalue").asBoolean(false)) {
            b.trait(MemberTrait.JSON_VALUE);
        }
        if (m.path("nullable").asBoolean(false)) {
            b.trait(MemberTrait.NULLABLE);
        }
        if (m.path("auth").asBoolean(false)) {
            b.trait(MemberTrait.AUTH);
        }
        return b.build();
    }

    private static Constraints constraints(JsonNode o) {
        List<EnumValue> values = new ArrayList<>();
        o.path("enum").forEach(v -> values.add(EnumValue.of(v.asText())));
        List<Provenance> provenance = new ArrayList<>();
        for (JsonNode p : o.path("provenance")) {
            provenance.add(new Provenance(ConstraintKind.of(p.path("constraint").asText()), source(p),
                    p.path("evidence").asText()));
        }
        return new Constraints(number(o, "min"), number(o, "max"), text(o, "pattern"), text(o, "default"), values,
                provenance);
    }

    private static BigDecimal number(JsonNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asText());
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void flag(JsonNode o, String key, Set<ShapeTrait> traits, ShapeTrait trait) {
        if (o.path(key).asBoolean(false)) {
            traits.add(trait);
        }
    }

    /** {@code path:line} or {@code path:line:col}; absent means unknown. */
    static SourceLocation source(JsonNode o) {
        String s = text(o, "source");
        if (s == null || s.isEmpty()) {
            return SourceLocation.UNKNOWN;
        }
        String[] parts = s.split(":", -1);
        int n = parts.length;
        if (n >= 3 && isNumber(parts[n - 1]) && isNumber(parts[n - 2])) {
            String file = String.join(":", java.util.Arrays.asList(parts).subList(0, n - 2));
            return new SourceLocation(file, Integer.parseInt(parts[n - 2]), Integer.parseInt(parts[n - 1]));
        }
        if (n >= 2 && isNumber(parts[n - 1])) {
            String file = String.join(":", java.util.Arrays.asList(parts).subList(0, n - 1));
            SourceLocation loc = new SourceLocation(file, Integer.parseInt(parts[n - 1]), 0);
            return loc.file().equals(SourceLocation.UNKNOWN.file()) && loc.line() == 0 ? SourceLocation.UNKNOWN : loc;
        }
        return new SourceLocation(s, 0, 0);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
