package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.Example;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import dev.doc2java.read.huawei.ParamTable.ParamRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reconciles a page's shapes with its JSON examples. Examples are evidence: keys they send in the
 * body place generic parameters in the body; bodies sent as JSON arrays make the documented object
 * the element of a list; keys no table lists become optional members typed by their values; an
 * enumeration an example contradicts is dropped; an object no table describes but the examples
 * send as a string is a string; an array of unstated elements takes the elements the examples send.
 * Every such decision is a diagnostic.
 */
final class ExampleFitter {

    private static final Pattern EXAMPLE_STRING = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"([^\"\\\\]*)\"");
    private static final Pattern EXAMPLE_NUMBER = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*(-?\\d+)\\b");
    private static final Pattern EXAMPLE_ARRAY = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\\[([^\\[\\]{}]*)]");

    private final PageLayout page;
    private final PageShapes store;
    private final Diagnostics diagnostics;
    private final int success;
    private final Map<String, Shape> shapes;
    private final Map<String, String> preferred;
    private final Set<String> unresolved;
    private final Set<String> guessedElements;
    private final Map<String, Set<String>> exampleValues = new TreeMap<>();
    private final List<Object> requestBodies = new ArrayList<>();
    private final Set<String> requestKeys = new LinkedHashSet<>();
    private final Map<Integer, List<Object>> responseBodies = new TreeMap<>();
    private final Map<String, Set<String>> exampleKinds = new TreeMap<>();

    ExampleFitter(PageLayout page, PageShapes store, int success, Diagnostics diagnostics) {
        this.page = page;
        this.store = store;
        this.success = success;
        this.diagnostics = diagnostics;
        this.shapes = store.shapes;
        this.preferred = store.preferred;
        this.unresolved = store.unresolved;
        this.guessedElements = store.guessedElements;
        scanExamples();
    }

    /** Whether an example request sends this key at the top of its body. */
    boolean sendsInBody(String key) {
        return requestKeys.contains(key);
    }

    boolean hasRequestBodies() {
        return !requestBodies.isEmpty();
    }

    /** The statuses example responses are shown for. */
    Set<Integer> responseStatuses() {
        return responseBodies.keySet();
    }

    /** The scalar values the examples send for a key anywhere on the page. */
    Set<String> valuesOf(String key) {
        return exampleValues.getOrDefault(key, Set.of());
    }

    /** The enumerated values of a shape built on this page, or {@code null} when it is no enum. */
    private Set<String> enumOf(String target) {
        Shape shape = shapes.get(target);
        if (shape instanceof SimpleShape simple && simple.isEnum()) {
            return new TreeSet<>(simple.constraints().enumNames());
        }
        return null;
    }

    /** An example value the enumeration lacks, or {@code null} when it fits (or is no scalar). */
    private static String outside(Set<String> allowed, Object json) {
        String v = json instanceof String str ? str : json instanceof java.math.BigDecimal d ? d.toPlainString()
                : json instanceof Boolean b ? b.toString() : null;
        return v == null || v.isEmpty() || allowed.contains(v) ? null : v;
    }

    private void dropEnum(String enumShape, String value, String key, SourceLocation at) {
        SimpleShape simple = (SimpleShape) shapes.get(enumShape);
        diagnostics.warning("huawei.enum-example-conflict", at, "an example sends " + value + " for '" + key
                + "', which the listed values (" + String.join(", ", new TreeSet<>(simple.constraints().enumNames()))
                + ") do not include; no enumeration is modelled");
    }

    /**
     * Reconciles the request shape with the example requests: a body the examples send as a JSON
     * array becomes one payload member (a list of the documented object); keys no table lists are
     * added as optional members typed by their JSON values.
     */
    void fitRequest(String input, String opName) {
        if (requestBodies.isEmpty()) {
            return;
        }
        StructureShape st = (StructureShape) shapes.get(input);
        List<Member> body = st.members().stream().filter(m -> m.location() == HttpLocation.BODY).toList();
        Member payload = body.stream().filter(m -> m.has(MemberTrait.PAYLOAD)).findFirst().orElse(null);
        if (payload != null) {
            for (Object b : requestBodies) {
                fit(payload.target().name(), b, opName + "Request");
            }
            return;
        }
        if (!body.isEmpty() && requestBodies.stream().allMatch(b -> b instanceof List<?>)
                && body.stream().noneMatch(m -> m.has(MemberTrait.PAYLOAD))) {
            String element = store.temp("Item");
            shapes.put(element, new StructureShape(element, body.stream().map(m -> withLocation(m, null)).toList(),
                    "", Set.of(), body.get(0).source()));
            preferred.put(element, opName + "RequestItem");
            String list = store.temp("List");
            shapes.put(list, new ListShape(list, element, "", Constraints.NONE, Set.of(), body.get(0).source()));
            preferred.put(list, opName + "RequestItemList");
            List<Member> members = new ArrayList<>(st.members().stream().filter(m -> m.location() != HttpLocation.BODY).toList());
            members.add(OperationBuilder.unique(members, Member.builder("body", list).required(true).location(HttpLocation.BODY)
                    .trait(MemberTrait.PAYLOAD).documentation("The request body: a JSON array.")
                    .source(body.get(0).source()).build()));
            shapes.put(input, st.withMembers(members));
            diagnostics.info("huawei.array-body", body.get(0).source(), "the example requests send a JSON array; "
                    + "the body table describes its elements");
            for (Object b : requestBodies) {
                fit(list, b, opName + "Request");
            }
            return;
        }
        for (Object b : requestBodies) {
            if (b instanceof Map<?, ?> map) {
                fitMembers(input, map, opName + "Request", HttpLocation.BODY);
            }
        }
    }

    /** The response shape fitted to the example responses, or {@code null} when it stays empty. */
    String fitResponse(String shape, int status, String base) {
        List<Object> bodies = responseBodies.getOrDefault(status, List.of());
        StructureShape st = (StructureShape) shapes.get(shape);
        if (!bodies.isEmpty() && bodies.stream().allMatch(b -> b instanceof List<?>)) {
            if (st.members().isEmpty()) {
                shapes.remove(shape);
                String list = store.temp("List");
                String element = inferList(bodies, base + "Item");
                shapes.put(list, new ListShape(list, element, "", Constraints.NONE, Set.of(), page.uriLocation()));
                preferred.put(list, base + "ItemList");
                return list;
            }
            String element = store.temp("Item");
            shapes.put(element, st.withName(element));
            preferred.put(element, base + "Item");
            shapes.remove(shape);
            String list = store.temp("List");
            shapes.put(list, new ListShape(list, element, "", Constraints.NONE, Set.of(), st.source()));
            preferred.put(list, base + "ItemList");
            diagnostics.info("huawei.array-body", st.source(), "the example responses are JSON arrays; "
                    + "the response table describes their elements");
            for (Object b : bodies) {
                fit(list, b, base);
            }
            return list;
        }
        for (Object b : bodies) {
            if (b instanceof Map<?, ?> map) {
                fitMembers(shape, map, base, null);
            }
        }
        if (((StructureShape) shapes.get(shape)).members().isEmpty()) {
            shapes.remove(shape);
            return null;
        }
        return shape;
    }

    private String inferList(List<Object> arrays, String base) {
        for (Object a : arrays) {
            for (Object el : (List<?>) a) {
                if (el != MiniJson.NULL) {
                    return infer(el, base);
                }
            }
        }
        return "String";
    }

    private static Member withLocation(Member m, HttpLocation loc) {
        return new Member(m.name(), m.target(), m.required(), loc, m.wireName(), m.documentation(), m.constraints(),
                m.traits(), m.source());
    }

    /** Walks an example value along a shape of this page, adding what the tables leave out. */
    private void fit(String target, Object json, String base) {
        Shape shape = shapes.get(target);
        if (shape == null || json == MiniJson.NULL) {
            return;
        }
        if (shape instanceof StructureShape && json instanceof Map<?, ?> map) {
            if (!unresolved.contains(target)) {
                fitMembers(target, map, preferred.getOrDefault(target, base), null);
            }
        } else if (shape instanceof ListShape l && json instanceof List<?> list) {
            if (guessedElements.contains(target)) {
                // "Array" without an element type: the examples show what the elements are
                guessedElements.remove(target);
                String element = inferList(List.of(list), base + "Item");
                if (!element.equals(l.member().name())) {
                    diagnostics.info("huawei.example-type", l.source(), "the element type of an array is not stated; "
                            + "the examples send " + (element.contains("#") ? "objects" : element.toLowerCase(Locale.ROOT)));
                    shapes.put(target, l.withMember(element));
                    preferred.put(target, store.displayName(element) + "List");
                }
                return;
            }
            Set<String> allowed = enumOf(l.member().name());
            if (allowed != null) {
                for (Object el : list) {
                    String bad = outside(allowed, el);
                    if (bad != null) {
                        dropEnum(l.member().name(), bad, base, l.source());
                        shapes.put(target, l.withMember(SimpleShape.canonicalName(shapes.get(l.member().name()).type())));
                        return;
                    }
                }
            }
            for (Object el : list) {
                fit(l.member().name(), el, base);
            }
        } else if (shape instanceof MapShape m && json instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                fit(m.value().name(), v, base);
            }
        }
    }

    private void fitMembers(String target, Map<?, ?> json, String base, HttpLocation location) {
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String key = e.getKey().toString();
            StructureShape st = (StructureShape) shapes.get(target);
            Member m = st.members().stream()
                    .filter(x -> x.wireName().equals(key) && (location == null || x.location() == null || x.location() == location))
                    .findFirst().orElse(null);
            Object value = e.getValue();
            if (m == null) {
                if (!key.matches("[A-Za-z0-9_@$:.\\-]{1,128}")) {
                    continue;
                }
                String inferred = infer(value, base + Names.pascal(key));
                List<Member> members = new ArrayList<>(st.members());
                members.add(OperationBuilder.unique(members, Member.builder(key, inferred).location(location)
                        .documentation("Not described on the page; sent in an example.").source(page.uriLocation()).build()));
                shapes.put(target, st.withMembers(members));
                diagnostics.info("huawei.example-only-field", page.uriLocation(), "'" + key + "' appears in an example "
                        + "but in no table; added as an optional member");
                continue;
            }
            if (unresolved.contains(m.target().name()) && !(value instanceof Map<?, ?>) && value != MiniJson.NULL
                    && !(value instanceof List<?>)) {
                String scalar = infer(value, base);
                diagnostics.warning("huawei.example-type", m.source(), "'" + key + "' is typed as an object that no "
                        + "table describes, but the examples send " + scalar.toLowerCase(Locale.ROOT) + " values; read as "
                        + scalar.toLowerCase(Locale.ROOT));
                List<Member> members = new ArrayList<>();
                for (Member x : st.members()) {
                    members.add(x == m ? x.withTarget(scalar) : x);
                }
                shapes.put(target, st.withMembers(members));
                continue;
            }
            Set<String> allowed = enumOf(m.target().name());
            String bad = allowed == null ? null : outside(allowed, value);
            if (bad != null) {
                dropEnum(m.target().name(), bad, key, m.source());
                String plain = SimpleShape.canonicalName(shapes.get(m.target().name()).type());
                List<Member> members = new ArrayList<>();
                for (Member x : st.members()) {
                    members.add(x == m ? x.withTarget(plain) : x);
                }
                shapes.put(target, st.withMembers(members));
                continue;
            }
            fit(m.target().name(), value, base + Names.pascal(key));
        }
    }

    /** Records the JSON kinds each key is sent with anywhere in an example. */
    private void kinds(Object json) {
        if (json instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                String kind = v instanceof Boolean ? "boolean" : v instanceof String ? "string"
                        : v instanceof java.math.BigDecimal d ? (d.scale() > 0 ? "number" : "integer")
                        : v instanceof Map<?, ?> ? "object" : v instanceof List<?> ? "array" : null;
                if (kind != null) {
                    exampleKinds.computeIfAbsent(e.getKey().toString(), k -> new TreeSet<>()).add(kind);
                }
                kinds(v);
            }
        } else if (json instanceof List<?> list) {
            list.forEach(this::kinds);
        }
    }

    /** For a type cell naming two types at once ({@code Integer/Boolean}), the one the examples send. */
    ShapeType byExamples(ParamRow row, TypeRef type) {
        Set<String> seen = exampleKinds.getOrDefault(row.name(), Set.of());
        if (seen.size() != 1) {
            return null;
        }
        String kind = seen.iterator().next();
        for (String alt : type.written().split("\\s*(?:/|\\||,|\\bor\\b|或)\\s*")) {
            TypeRef t = TypeParser.parse(alt);
            if (t.kind() != TypeRef.Kind.SCALAR || t.guessed()) {
                continue;
            }
            String k = t.scalar() == ShapeType.BOOLEAN ? "boolean" : t.scalar() == ShapeType.STRING ? "string"
                    : t.scalar() == ShapeType.INTEGER || t.scalar() == ShapeType.LONG ? "integer"
                    : t.scalar().isNumber() ? "number" : "";
            if (k.equals(kind)) {
                return t.scalar();
            }
        }
        return null;
    }

    /** A shape for an example value: scalars by JSON kind, objects and arrays built from their content. */
    private String infer(Object value, String base) {
        if (value instanceof String) {
            return "String";
        }
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof java.math.BigDecimal d) {
            if (d.scale() > 0 || d.toPlainString().contains(".")) {
                return "Double";
            }
            return d.abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? "Long" : "Integer";
        }
        if (value instanceof Map<?, ?> map) {
            String name = store.temp("Inferred");
            List<Member> members = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = e.getKey().toString();
                if (!key.matches("[A-Za-z0-9_@$:.\\-]{1,128}")) {
                    continue;
                }
                members.add(Member.builder(key, infer(e.getValue(), base + Names.pascal(key)))
                        .documentation("Not described on the page; sent in an example.").source(page.uriLocation()).build());
            }
            shapes.put(name, new StructureShape(name, members, "", Set.of(), page.uriLocation()));
            preferred.put(name, base);
            return name;
        }
        if (value instanceof List<?> list) {
            String element = inferList(List.of(list), base);
            String name = store.temp("List");
            shapes.put(name, new ListShape(name, element, "", Constraints.NONE, Set.of(), page.uriLocation()));
            preferred.put(name, store.displayName(element) + "List");
            return name;
        }
        return "String";
    }

    private void scanExamples() {
        for (Example e : page.examples()) {
            if (e.body() == null) {
                continue;
            }
            Object json = MiniJson.parse(e.body());
            kinds(json);
            if (json != null) {
                if (e.kind() == Example.Kind.REQUEST) {
                    requestBodies.add(json);
                    if (json instanceof Map<?, ?> map) {
                        map.keySet().forEach(k -> requestKeys.add(k.toString()));
                    } else if (json instanceof List<?> list) {
                        for (Object el : list) {
                            if (el instanceof Map<?, ?> map) {
                                map.keySet().forEach(k -> requestKeys.add(k.toString()));
                            }
                        }
                    }
                } else {
                    int status = e.status() == null ? success : e.status();
                    responseBodies.computeIfAbsent(status, k -> new ArrayList<>()).add(json);
                }
            }
            Matcher m = EXAMPLE_STRING.matcher(e.body());
            while (m.find()) {
                exampleValues.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
            m = EXAMPLE_NUMBER.matcher(e.body());
            while (m.find()) {
                exampleValues.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
            m = EXAMPLE_ARRAY.matcher(e.body());
            while (m.find()) {
                Matcher item = Pattern.compile("\"([^\"\\\\]*)\"|(-?\\d+)").matcher(m.group(2));
                while (item.find()) {
                    exampleValues.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                            .add(item.group(1) != null ? item.group(1) : item.group(2));
                }
            }
        }
    }
}
