package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.ConstraintKind;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Example;
import dev.doc2java.model.HttpBinding;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Operation;
import dev.doc2java.model.OperationResponse;
import dev.doc2java.model.Provenance;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import dev.doc2java.read.huawei.ParamTable.CaptionKind;
import dev.doc2java.read.huawei.ParamTable.ParamRow;
import dev.doc2java.read.huawei.ParamTable.Side;
import dev.doc2java.read.table.TableDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one scanned operation page into an {@link Operation} and its shapes. Shapes get temporary
 * names ({@code prefix#n}) with a preferred name beside them; {@link ServiceAssembler} folds and
 * names them for the whole service.
 */
final class OperationBuilder {

    /**
     * Headers that authenticate the call. They stay in the request shape as header members marked
     * {@link MemberTrait#AUTH}, required as the page says (the wire contract stays complete), and are
     * listed in {@link Operation#authentication()}: a credential provider fills them and the emitter
     * leaves AUTH members out of the records, so callers are never asked for them. The scorer counts
     * such headers as {@code extra_auth}, not as errors.
     */
    static final Set<String> AUTH_HEADERS = Set.of("x-auth-token", "authorization", "x-security-token",
            "x-sdk-date", "x-subject-token");

    /** Words that retire a parameter or an operation. */
    private static final Pattern DEPRECATED = Pattern.compile(
            "(?i)\\bdeprecated\\b|\\bis unsupported\\b|\\bno longer (?:supported|used)\\b|已废弃|已弃用|不推荐使用|已下线");
    private static final Set<String> BODYLESS = Set.of("GET", "DELETE", "HEAD", "OPTIONS");

    /** The shapes and operation of one page. */
    record Result(Operation operation, Map<String, Shape> shapes, Map<String, String> preferred,
            Map<String, String> pinned, String serviceHint, Set<String> requiredUnstated, int nameEvidence) {
    }

    private final PageLayout page;
    private final ServiceIndex index;
    private final Diagnostics diagnostics;
    private final PageShapes store;
    private final Map<String, Shape> shapes;
    private final Map<String, String> preferred;
    private final Map<String, String> pinned = new LinkedHashMap<>();
    private final IdentityHashMap<ParamTable, String> built = new IdentityHashMap<>();
    private final Set<String> authentication = new LinkedHashSet<>();
    private final TableResolver resolver;
    /** How the operation name was found: 0 stated by the page, 1 request body object, 2 title, 3 method and path. */
    private int nameEvidence = 3;
    private final ExampleFitter examples;

    OperationBuilder(PageLayout page, ServiceIndex index, String prefix, Diagnostics diagnostics) {
        this.page = page;
        this.index = index;
        this.diagnostics = diagnostics;
        this.store = new PageShapes(prefix);
        this.shapes = store.shapes;
        this.preferred = store.preferred;
        this.resolver = new TableResolver(page, index);
        this.examples = new ExampleFitter(page, store, successStatus(), diagnostics);
    }

    Result build() {
        IdentityHashMap<ParamTable, Boolean> referenced = new IdentityHashMap<>();
        for (ParamTable t : page.tables()) {
            for (ParamRow r : t.rows()) {
                ParamTable target = resolver.resolve(t, r, r.type().leaf());
                if (target != null && target != t) {
                    referenced.put(target, Boolean.TRUE);
                }
            }
        }
        String name = operationName();
        Set<String> pathNames = pathParameters(page.uri());
        int success = successStatus();

        List<Member> request = new ArrayList<>();
        Map<Integer, List<Member>> responses = new TreeMap<>();
        Set<String> seenRequest = new LinkedHashSet<>();
        Map<String, Integer> requiredIn = new TreeMap<>();
        int bodyTables = 0;
        boolean bodyless = BODYLESS.contains(page.method());
        for (ParamTable t : page.tables()) {
            if (referenced.containsKey(t)) {
                continue;
            }
            Side side = t.side();
            CaptionKind kind = t.captionKind();
            boolean rootKind = kind != CaptionKind.FIELD && kind != CaptionKind.NAMED;
            if (!rootKind) {
                if (side != Side.UNKNOWN) {
                    diagnostics.info("huawei.unused-table", t.location(),
                            "table '" + t.captionName() + "' is not referenced by any parameter; ignored");
                }
                continue;
            }
            if (side == Side.REQUEST) {
                boolean bodyTable = false;
                Set<String> tableKeys = new LinkedHashSet<>();
                for (ParamRow r : t.rows()) {
                    HttpLocation loc = requestLocation(t, r, pathNames, bodyless);
                    bodyTable |= loc == HttpLocation.BODY;
                    String key = loc.id() + ":" + (loc == HttpLocation.HEADER ? r.name().toLowerCase(Locale.ROOT) : r.name());
                    if (!seenRequest.add(key)) {
                        if (loc == HttpLocation.BODY && r.required()) {
                            requiredIn.merge(key, 1, Integer::sum);
                        }
                        if (!tableKeys.add(key)) {
                            diagnostics.warning("huawei.duplicate-parameter", r.location(), "parameter '" + r.name()
                                    + "' appears twice in one table; the first row is kept");
                        }
                        continue;
                    }
                    tableKeys.add(key);
                    if (loc == HttpLocation.BODY && r.required()) {
                        requiredIn.merge(key, 1, Integer::sum);
                    }
                    request.add(member(t, r, name + "Request", loc));
                }
                if (bodyTable) {
                    bodyTables++;
                }
            } else if (side == Side.RESPONSE) {
                int status = t.status() == null ? success : t.status();
                List<Member> members = responses.computeIfAbsent(status, s -> new ArrayList<>());
                HttpLocation loc = kind == CaptionKind.RESPONSE_HEADER || kind == CaptionKind.HEADER ? HttpLocation.HEADER : null;
                for (ParamRow r : t.rows()) {
                    if (members.stream().noneMatch(m -> m.name().equals(r.name()))) {
                        members.add(member(t, r, name + "Response", loc));
                    }
                }
            }
        }
        for (String p : pathNames) {
            if (!seenRequest.contains("path:" + p)) {
                request.add(0, Member.builder(p, "String").required(true).location(HttpLocation.PATH)
                        .source(page.uriLocation()).build());
                seenRequest.add("path:" + p);
            }
        }
        for (String q : page.queryTemplate()) {
            if (!seenRequest.contains("query:" + q)) {
                request.add(Member.builder(q, "String").location(HttpLocation.QUERY).source(page.uriLocation()).build());
                seenRequest.add("query:" + q);
            }
        }
        if (bodyTables > 1) {
            // alternative request bodies: a member is required only when every alternative requires it
            List<Member> merged = new ArrayList<>();
            for (Member m : request) {
                boolean all = requiredIn.getOrDefault("body:" + m.name(), 0) == bodyTables;
                merged.add(m.location() == HttpLocation.BODY && m.required() && !all ? m.withRequired(false) : m);
            }
            request = merged;
        }
        request = distinct(orderRequest(request));
        request = payload(request);

        Operation.Builder op = Operation.builder(name)
                .deprecated(DEPRECATED.matcher(page.doc().title()).find())
                .http(new HttpBinding(page.method(), page.uri()))
                .documentation(html(List.of(page.documentation().split("\n"))))
                .source(page.doc().titleLocation());
        if (!request.isEmpty() || examples.hasRequestBodies()) {
            String input = temp("Request");
            shapes.put(input, new StructureShape(input, request, "", Set.of(), page.uriLocation()));
            pinned.put(input, "Request");
            examples.fitRequest(input, name);
            op.input(input);
        }
        for (Integer status : examples.responseStatuses()) {
            responses.computeIfAbsent(status, k -> new ArrayList<>());
        }
        Map<Integer, String> responseShapes = new TreeMap<>();
        for (Map.Entry<Integer, List<Member>> e : responses.entrySet()) {
            String shape = temp("Response" + e.getKey());
            shapes.put(shape, new StructureShape(shape, e.getValue(), "", Set.of(),
                    e.getValue().isEmpty() ? page.uriLocation() : e.getValue().get(0).source()));
            String fitted = examples.fitResponse(shape, e.getKey(), name + "Response");
            if (fitted == null) {
                continue;
            }
            pinned.put(fitted, e.getKey() == success ? "Response" : "Response" + e.getKey());
            responseShapes.put(e.getKey(), fitted);
        }
        List<Integer> statuses = new ArrayList<>(page.statusOrder());
        for (Integer s : responseShapes.keySet()) {
            if (!statuses.contains(s)) {
                statuses.add(s);
            }
        }
        for (Integer s : statuses) {
            op.response(new OperationResponse(s, responseShapes.get(s), escape(page.statuses().getOrDefault(s, ""))));
        }
        if (responseShapes.containsKey(success)) {
            op.output(responseShapes.get(success));
        } else {
            for (Map.Entry<Integer, String> e : responseShapes.entrySet()) {
                if (e.getKey() >= 200 && e.getKey() < 300) {
                    op.output(e.getValue());
                    break;
                }
            }
        }
        page.errorCodes().forEach(op::errorCode);
        authentication.forEach(op::authentication);
        page.examples().forEach(op::example);
        return new Result(op.build(), shapes, preferred, pinned, page.serviceHint(), store.requiredUnstated, nameEvidence);
    }

    /**
     * A body documented as one row that names no field ({@code [数组]}, {@code [array]}) is the body
     * itself: one payload member.
     */
    private List<Member> payload(List<Member> request) {
        List<Member> body = request.stream().filter(m -> m.location() == HttpLocation.BODY).toList();
        if (body.size() != 1 || body.get(0).name().matches(".*[A-Za-z0-9_].*")) {
            return request;
        }
        Member only = body.get(0);
        diagnostics.info("huawei.array-body", only.source(), "the row '" + only.name()
                + "' names no field; it describes the whole request body");
        List<Member> out = new ArrayList<>();
        for (Member m : request) {
            if (m != only) {
                out.add(m);
            }
        }
        out.add(unique(out, new Member("body", only.target(), only.required(), HttpLocation.BODY, "body",
                only.documentation(), only.constraints(), Set.of(MemberTrait.PAYLOAD), only.source())));
        return out;
    }

    /** The scalar type of the response field with this name, when all response tables agree on one. */
    private ShapeType responseFieldType(String name) {
        Set<ShapeType> types = new java.util.TreeSet<>();
        for (ParamTable t : page.tables()) {
            if (t.side() != Side.RESPONSE) {
                continue;
            }
            for (ParamRow r : t.rows()) {
                if (r.name().equals(name)) {
                    if (r.type().kind() != TypeRef.Kind.SCALAR || r.type().guessed()) {
                        return null;
                    }
                    types.add(r.type().scalar());
                }
            }
        }
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** The members with names made unique (a path and a body parameter may share a wire name). */
    private static List<Member> distinct(List<Member> members) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            out.add(unique(out, m));
        }
        return out;
    }

    /** {@code m}, renamed {@code name_location} when the name is taken; the wire name stays. */
    static Member unique(List<Member> existing, Member m) {
        Set<String> names = new java.util.HashSet<>();
        existing.forEach(x -> names.add(x.name()));
        if (!names.contains(m.name())) {
            return m;
        }
        String base = m.name() + "_" + (m.location() == null ? "body" : m.location().id());
        String name = base;
        for (int i = 2; names.contains(name); i++) {
            name = base + i;
        }
        return new Member(name, m.target(), m.required(), m.location(), m.wireName(), m.documentation(),
                m.constraints(), m.traits(), m.source());
    }

    /** Path, query and header parameters first (in that order), then the body, each in document order. */
    private static List<Member> orderRequest(List<Member> members) {
        List<Member> out = new ArrayList<>();
        for (HttpLocation loc : HttpLocation.values()) {
            for (Member m : members) {
                if (m.location() == loc) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private HttpLocation requestLocation(ParamTable t, ParamRow r, Set<String> pathNames, boolean bodyless) {
        switch (t.captionKind()) {
            case PATH -> {
                return HttpLocation.PATH;
            }
            case QUERY -> {
                return HttpLocation.QUERY;
            }
            case HEADER -> {
                return HttpLocation.HEADER;
            }
            case BODY, RESPONSE_BODY -> {
                return HttpLocation.BODY;
            }
            default -> {
                if (pathNames.contains(r.name())) {
                    return HttpLocation.PATH;
                }
                if (r.name().matches("(?i)x-[A-Za-z0-9-]+|Content-Type|Accept|Authorization|Content-Length|Host")) {
                    return HttpLocation.HEADER;
                }
                if (!bodyless && examples.sendsInBody(r.name())) {
                    return HttpLocation.BODY; // the example request sends it in the body
                }
                if (t.section() == Section.URI || bodyless) {
                    return HttpLocation.QUERY;
                }
                return HttpLocation.BODY;
            }
        }
    }

    private Member member(ParamTable table, ParamRow row, String owner, HttpLocation location) {
        boolean isAuth = location == HttpLocation.HEADER && AUTH_HEADERS.contains(row.name().toLowerCase(Locale.ROOT));
        String base = (Names.isTypeName(owner) ? owner : Names.pascal(owner)) + Names.pascal(row.name());
        TypeRef type = row.type();
        if (location == HttpLocation.QUERY && type.kind() == TypeRef.Kind.ARRAY && type.element() == null) {
            // "Array" filters (id=a&id=b) repeat a field of the listed resources: its type is the element type
            ShapeType field = responseFieldType(row.name());
            if (field != null) {
                diagnostics.info("huawei.query-array-element", row.location(), "the element type of query parameter '"
                        + row.name() + "' is not stated; the response field of that name is " + field.id());
                type = TypeRef.array(TypeRef.scalar(field, field.id()), type.written());
            }
        }
        if (location != null && location != HttpLocation.BODY && type.kind() == TypeRef.Kind.OBJECT
                && resolver.resolve(table, row, type) == null) {
            diagnostics.warning("huawei.unknown-type", row.location(), "the " + location.id() + " parameter '"
                    + row.name() + "' is typed '" + type.written() + "' but no table describes it; read as string");
            type = TypeRef.scalar(ShapeType.STRING, type.written());
        }
        Typed typed = type(table, row, type, base, true);
        Constraints constraints = typed.memberConstraints;
        if (row.required()) {
            constraints = constraints.withProvenance(new Provenance("required", row.location(), "Mandatory: Yes"));
        }
        Member.Builder b = Member.builder(row.name(), typed.target)
                .required(row.required())
                .location(location)
                .documentation(html(row.description()))
                .constraints(constraints)
                .source(row.location());
        if (typed.nullable) {
            b.trait(MemberTrait.NULLABLE);
        }
        if (isAuth) {
            b.trait(MemberTrait.AUTH);
            authentication.add(row.name());
        }
        return b.build();
    }

    private record Typed(String target, Constraints memberConstraints, boolean nullable) {
    }

    /** The target shape of a row's type, creating nested shapes as needed. */
    private Typed type(ParamTable table, ParamRow row, TypeRef type, String base, boolean top) {
        TypeRef leaf = type.leaf();
        DescriptionParser.Bounded bounded = DescriptionParser.Bounded.NONE;
        if (type.kind() == TypeRef.Kind.SCALAR) {
            bounded = type.scalar() == ShapeType.STRING ? DescriptionParser.Bounded.LENGTH
                    : type.scalar().isNumber() ? DescriptionParser.Bounded.VALUE : DescriptionParser.Bounded.NONE;
        } else if (type.kind() == TypeRef.Kind.ARRAY) {
            bounded = DescriptionParser.Bounded.SIZE;
        }
        boolean integerLeaf = leaf.kind() == TypeRef.Kind.SCALAR
                && (leaf.scalar() == ShapeType.INTEGER || leaf.scalar() == ShapeType.LONG);
        boolean enumerable = leaf.kind() == TypeRef.Kind.SCALAR
                && (leaf.scalar() == ShapeType.STRING || integerLeaf);
        DescriptionFacts facts = DescriptionParser.parse(row.description(), bounded, integerLeaf, row.strong());
        List<EnumValue> enumValues = enumerable ? reconcile(row, facts) : List.of();
        if (!enumerable && !facts.proseValues().isEmpty()) {
            enumValues = List.of();
        }
        Constraints member = Constraints.NONE;
        if (facts.min() != null) {
            member = member.withMin(facts.min());
        }
        if (facts.max() != null) {
            member = member.withMax(facts.max());
        }
        if (facts.defaultValue() != null) {
            member = member.withDefault(facts.defaultValue());
        }
        for (Provenance p : facts.provenance()) {
            if (!p.is(ConstraintKind.ENUM) && !p.is(ConstraintKind.NULLABLE)) {
                member = member.withProvenance(p);
            }
        }
        Constraints enumConstraints = Constraints.NONE.withEnumValues(enumValues);
        for (Provenance p : facts.provenance()) {
            if (p.is(ConstraintKind.ENUM) && !enumValues.isEmpty()) {
                enumConstraints = enumConstraints.withProvenance(p);
            }
        }
        String target = targetOf(table, row, type, base, enumConstraints);
        return new Typed(target, member, facts.nullable());
    }

    private String targetOf(ParamTable table, ParamRow row, TypeRef type, String base, Constraints enumConstraints) {
        switch (type.kind()) {
            case SCALAR -> {
                ShapeType scalar = type.scalar();
                if (type.guessed()) {
                    ShapeType sent = examples.byExamples(row, type);
                    scalar = sent != null ? sent : scalar;
                    diagnostics.warning("huawei.unknown-type", row.location(), "type '" + type.written() + "' of '"
                            + row.name() + "' is not a known type; read as " + scalar.id()
                            + (sent != null ? " (what the examples send)" : ""));
                }
                return scalar(scalar, base, enumConstraints, row);
            }
            case OBJECT -> {
                ParamTable nested = resolver.resolve(table, row, type);
                if (nested != null && nested != table) {
                    String preferredName = type.objectName() != null && Names.isTypeName(type.objectName())
                            ? type.objectName()
                            : nested.captionKind() == CaptionKind.NAMED ? nested.captionName() : Names.pascal(row.name());
                    return structure(nested, preferredName.isEmpty() ? base : preferredName);
                }
                if (type.objectName() != null) {
                    ShapeType near = TypeParser.nearest(type.objectName().toLowerCase(Locale.ROOT));
                    if (near != null) {
                        diagnostics.warning("huawei.unknown-type", row.location(), "type '" + type.written() + "' of '"
                                + row.name() + "' is not a known type; read as " + near.id());
                        return scalar(near, base, enumConstraints, row);
                    }
                }
                // no table lists the fields: whatever the object holds (free-form keys, fields described
                // only in prose) is data to the model, so it is a free-form JSON document, not an empty
                // structure that would refuse every key
                diagnostics.warning("huawei.unresolved-object", row.location(), "no table describes the object type '"
                        + type.written() + "' of '" + row.name() + "'; modelled as a free-form document");
                String name = SimpleShape.canonicalName(ShapeType.DOCUMENT);
                store.unresolved.add(name);
                return name;
            }
            case ARRAY -> {
                TypeRef element = type.element();
                boolean defaulted = false;
                if (element == null) {
                    ParamTable nested = resolver.resolve(table, row, type);
                    defaulted = nested == null || nested == table;
                    element = !defaulted ? TypeRef.object(null, "object") : TypeRef.scalar(ShapeType.STRING, "string");
                }
                String elementBase = element.kind() == TypeRef.Kind.OBJECT && element.objectName() != null
                        && Names.isTypeName(element.objectName()) ? element.objectName() : base;
                String member = targetOf(table, row, element, elementBase, enumConstraints);
                String name = temp("List");
                shapes.put(name, new ListShape(name, member, "", Constraints.NONE, Set.of(), row.location()));
                preferred.put(name, displayName(member) + "List");
                if (defaulted) {
                    store.guessedElements.add(name);
                }
                return name;
            }
            case MAP -> {
                TypeRef value = type.element();
                if (value == null) {
                    ParamTable nested = resolver.resolve(table, row, type);
                    value = nested != null && nested != table ? TypeRef.object(null, "object")
                            : TypeRef.scalar(ShapeType.STRING, "string");
                }
                String v = targetOf(table, row, value, base + "Value", enumConstraints);
                String name = temp("Map");
                shapes.put(name, new MapShape(name, "String", v, "", Constraints.NONE, Set.of(), row.location()));
                preferred.put(name, base + "Map");
                return name;
            }
            default -> throw new IllegalStateException("unknown type kind " + type.kind());
        }
    }

    private String scalar(ShapeType type, String base, Constraints enumConstraints, ParamRow row) {
        if (enumConstraints.hasEnum() && (type == ShapeType.STRING || type == ShapeType.INTEGER || type == ShapeType.LONG)) {
            String name = temp("Enum");
            shapes.put(name, new SimpleShape(name, type, "", enumConstraints, Set.of(), row.location()));
            String field = Names.pascal(row.name());
            // named after its owner without the owner's role (CreateListenerIpGroupOption -> ListenerIpGroup),
            // so the request and the response side name one enumeration alike
            preferred.put(name, base.endsWith(field) && !field.isEmpty()
                    ? Names.neutral(base.substring(0, base.length() - field.length())) + field : base);
            return name;
        }
        return SimpleShape.canonicalName(type);
    }

    private String displayName(String target) {
        return store.displayName(target);
    }

    /** The structure of a nested table, built once per table. */
    private String structure(ParamTable table, String preferredName) {
        String existing = built.get(table);
        if (existing != null) {
            return existing;
        }
        String name = temp("Struct");
        built.put(table, name);
        preferred.put(name, preferredName);
        shapes.put(name, new StructureShape(name, List.of(), "", Set.of(), table.location()));
        List<Member> members = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ParamRow r : table.rows()) {
            if (!seen.add(r.name())) {
                diagnostics.warning("huawei.duplicate-parameter", r.location(), "parameter '" + r.name()
                        + "' appears twice in one table; the first row is kept");
                continue;
            }
            members.add(member(table, r, preferredName, null));
        }
        shapes.put(name, new StructureShape(name, members, "", Set.of(), table.location()));
        if (!table.hasMandatory()) {
            store.requiredUnstated.add(name);
        }
        return name;
    }

    /** Enumerated values, checked against what the examples send. */
    private List<EnumValue> reconcile(ParamRow row, DescriptionFacts facts) {
        Set<String> seen = examples.valuesOf(row.name());
        if (!facts.proseValues().isEmpty()) {
            diagnostics.warning("huawei.enum-prose", row.location(), "the values listed for '" + row.name()
                    + "' are prose, not wire values (" + String.join("; ", shortList(facts.proseValues())) + ")"
                    + (seen.isEmpty() ? "" : "; the examples send " + String.join(", ", seen))
                    + "; no enumeration is modelled");
            return List.of();
        }
        return facts.enumValues();
    }

    private static List<String> shortList(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            out.add(s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
        return out;
    }

    private int successStatus() {
        for (Integer s : page.statusOrder()) {
            if (s >= 200 && s < 300) {
                return s;
            }
        }
        for (ParamTable t : page.tables()) {
            if (t.status() != null && t.status() >= 200 && t.status() < 300) {
                return t.status();
            }
        }
        return 200;
    }

    private static Set<String> pathParameters(String uri) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{([^}?]+)}").matcher(uri);
        while (m.find()) {
            out.add(m.group(1).replaceAll("[+*]$", "").trim());
        }
        return out;
    }

    /** {@code api=CreateListener} in an API Explorer link. */
    private static final Pattern API_PARAMETER = Pattern.compile("[?&#]api=([A-Z][A-Za-z0-9]{2,80})(?:[&#]|$)");
    /** Suffixes that name a request body object's role rather than the operation. */
    private static final List<String> ROLE_SUFFIXES = List.of("RequestBody", "Request", "Option", "Options", "Body");

    /**
     * The operation's name, from the best evidence the page gives: an API name it states (an API
     * Explorer link {@code api=CreateListener}, a PascalCase file or anchor name), the request body
     * object's name without its role suffix ({@code CreateListenerOption}), the English title as a
     * verb phrase ({@code Adding a Listener} -> {@code AddListener}), else method and path.
     */
    String operationName() {
        String stated = statedApiName(page.doc());
        nameEvidence = 0;
        if (stated != null) {
            return stated;
        }
        String path = page.doc().path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        if (Names.isTypeName(stem) && stem.chars().anyMatch(Character::isLowerCase)) {
            return stem;
        }
        String fromBody = requestObjectName();
        nameEvidence = 1;
        if (fromBody != null) {
            return fromBody;
        }
        String title = page.doc().title();
        nameEvidence = 2;
        if (Names.isLatin(title)) {
            String n = Names.pascal(Names.verbPhrase(title));
            if (!n.isEmpty()) {
                return n;
            }
        }
        nameEvidence = 3;
        StringBuilder b = new StringBuilder(Names.pascal(page.method().toLowerCase(Locale.ROOT)));
        for (String seg : page.uri().split("/")) {
            if (seg.isEmpty() || seg.startsWith("{") || seg.matches("v\\d+(\\.\\d+)?")) {
                continue;
            }
            b.append(Names.pascal(seg));
        }
        return b.toString();
    }

    /** The API name one link target of the page states ({@code ...?api=ListImages}), when all such links agree. */
    private static String statedApiName(TableDocument doc) {
        Set<String> names = new LinkedHashSet<>();
        for (TableDocument.Block block : doc.blocks()) {
            links(block, names);
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    private static void links(TableDocument.Block block, Set<String> names) {
        List<TableDocument.Text> texts = new ArrayList<>();
        if (block instanceof TableDocument.Paragraph p) {
            texts.add(p.text());
        } else if (block instanceof TableDocument.Heading h) {
            texts.add(h.text());
        } else if (block instanceof TableDocument.BulletList l) {
            texts.addAll(l.items());
        } else if (block instanceof TableDocument.Table t) {
            for (TableDocument.Row r : t.rows()) {
                for (TableDocument.Cell c : r.cells()) {
                    for (TableDocument.Block inner : c.content()) {
                        links(inner, names);
                    }
                }
            }
        }
        for (TableDocument.Text text : texts) {
            for (TableDocument.Link link : text.links()) {
                Matcher m = API_PARAMETER.matcher(link.target() == null ? "" : link.target());
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
    }

    /** {@code CreateListener} from a request body row typed {@code CreateListenerOption object}, the first in document order. */
    private String requestObjectName() {
        for (ParamTable t : page.tables()) {
            if (t.side() != Side.REQUEST) {
                continue;
            }
            for (ParamRow r : t.rows()) {
                TypeRef leaf = r.type().leaf();
                String object = leaf.kind() == TypeRef.Kind.OBJECT ? leaf.objectName() : null;
                if (object == null || !Names.isTypeName(object)) {
                    continue;
                }
                for (String suffix : ROLE_SUFFIXES) {
                    String base = object.substring(0, Math.max(0, object.length() - suffix.length()));
                    if (object.endsWith(suffix) && base.length() >= 3 && Names.isTypeName(base)) {
                        return base;
                    }
                }
            }
        }
        return null;
    }

    private String temp(String what) {
        return store.temp(what);
    }

    /** Documentation as a small HTML fragment: paragraphs and bullet lists, text escaped. */
    static String html(List<?> lines) {
        List<DescriptionParser.Line> ls = new ArrayList<>();
        for (Object o : lines) {
            if (o instanceof DescriptionParser.Line l) {
                ls.add(l);
            } else if (o != null && !o.toString().isBlank()) {
                ls.add(new DescriptionParser.Line(o.toString(), false, SourceLocation.UNKNOWN));
            }
        }
        ls.removeIf(l -> l.text().isBlank());
        if (ls.size() == 1 && !ls.get(0).bullet()) {
            return escape(ls.get(0).text().trim());
        }
        StringBuilder b = new StringBuilder();
        boolean inList = false;
        for (DescriptionParser.Line l : ls) {
            if (l.bullet() && !inList) {
                b.append("<ul>");
                inList = true;
            } else if (!l.bullet() && inList) {
                b.append("</ul>");
                inList = false;
            }
            b.append(l.bullet() ? "<li>" : "<p>").append(escape(l.text().trim())).append(l.bullet() ? "</li>" : "</p>");
        }
        if (inList) {
            b.append("</ul>");
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
