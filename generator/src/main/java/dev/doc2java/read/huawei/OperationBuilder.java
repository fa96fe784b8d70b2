package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Example;
import dev.doc2java.model.HttpBinding;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.Location;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one scanned operation page into an {@link Operation} and its shapes. Shapes get temporary
 * names ({@code prefix#n}) with a preferred name beside them; {@link ServiceAssembler} folds and
 * names them for the whole service.
 */
final class OperationBuilder {

    /** Headers that authenticate the call; the transport fills them, not the caller. */
    static final Set<String> AUTH_HEADERS = Set.of("x-auth-token", "authorization", "x-security-token",
            "x-sdk-date", "x-subject-token");

    private static final Set<String> BODYLESS = Set.of("GET", "DELETE", "HEAD", "OPTIONS");
    private static final Pattern SEE_TABLE = Pattern.compile(
            "(?i)(?:see|refer to|in|详见|参见|请参见|见)\\s*(?:the\\s+)?(?:Table|表)\\s*(\\d+)");
    private static final Pattern EXAMPLE_STRING = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"([^\"\\\\]*)\"");
    private static final Pattern EXAMPLE_NUMBER = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*(-?\\d+)\\b");
    private static final Pattern EXAMPLE_ARRAY = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\\[([^\\[\\]{}]*)]");

    /** The shapes and operation of one page. */
    record Result(Operation operation, Map<String, Shape> shapes, Map<String, String> preferred,
            Map<String, String> pinned, String serviceHint) {
    }

    private final PageLayout page;
    private final ServiceIndex index;
    private final String prefix;
    private final Diagnostics diagnostics;
    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, String> preferred = new LinkedHashMap<>();
    private final Map<String, String> pinned = new LinkedHashMap<>();
    private final IdentityHashMap<ParamTable, String> built = new IdentityHashMap<>();
    private final Map<String, Set<String>> exampleValues = new TreeMap<>();
    private final Set<String> authentication = new LinkedHashSet<>();
    private final List<Object> requestBodies = new ArrayList<>();
    private final Set<String> requestKeys = new LinkedHashSet<>();
    private final Map<Integer, List<Object>> responseBodies = new TreeMap<>();
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final Set<String> guessedElements = new LinkedHashSet<>();
    private final Map<String, Set<String>> exampleKinds = new TreeMap<>();
    private int counter;

    OperationBuilder(PageLayout page, ServiceIndex index, String prefix, Diagnostics diagnostics) {
        this.page = page;
        this.index = index;
        this.prefix = prefix;
        this.diagnostics = diagnostics;
    }

    Result build() {
        scanExamples();
        IdentityHashMap<ParamTable, Boolean> referenced = new IdentityHashMap<>();
        for (ParamTable t : page.tables()) {
            for (ParamRow r : t.rows()) {
                ParamTable target = resolve(t, r, r.type().leaf());
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
                    Location loc = requestLocation(t, r, pathNames, bodyless);
                    bodyTable |= loc == Location.BODY;
                    String key = loc.id() + ":" + (loc == Location.HEADER ? r.name().toLowerCase(Locale.ROOT) : r.name());
                    if (!seenRequest.add(key)) {
                        if (loc == Location.BODY && r.required()) {
                            requiredIn.merge(key, 1, Integer::sum);
                        }
                        if (!tableKeys.add(key)) {
                            diagnostics.warning("huawei.duplicate-parameter", r.location(), "parameter '" + r.name()
                                    + "' appears twice in one table; the first row is kept");
                        }
                        continue;
                    }
                    tableKeys.add(key);
                    if (loc == Location.BODY && r.required()) {
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
                Location loc = kind == CaptionKind.RESPONSE_HEADER || kind == CaptionKind.HEADER ? Location.HEADER : null;
                for (ParamRow r : t.rows()) {
                    if (members.stream().noneMatch(m -> m.name().equals(r.name()))) {
                        members.add(member(t, r, name + "Response", loc));
                    }
                }
            }
        }
        for (String p : pathNames) {
            if (!seenRequest.contains("path:" + p)) {
                request.add(0, Member.builder(p, "String").required(true).location(Location.PATH)
                        .source(page.uriLocation()).build());
                seenRequest.add("path:" + p);
            }
        }
        for (String q : page.queryTemplate()) {
            if (!seenRequest.contains("query:" + q)) {
                request.add(Member.builder(q, "String").location(Location.QUERY).source(page.uriLocation()).build());
                seenRequest.add("query:" + q);
            }
        }
        if (bodyTables > 1) {
            // alternative request bodies: a member is required only when every alternative requires it
            List<Member> merged = new ArrayList<>();
            for (Member m : request) {
                boolean all = requiredIn.getOrDefault("body:" + m.name(), 0) == bodyTables;
                merged.add(m.location() == Location.BODY && m.required() && !all ? m.withRequired(false) : m);
            }
            request = merged;
        }
        request = distinct(orderRequest(request));
        request = payload(request);

        Operation.Builder op = Operation.builder(name)
                .http(new HttpBinding(page.method(), page.uri()))
                .documentation(html(List.of(page.documentation().split("\n"))))
                .source(page.doc().titleLocation());
        if (!request.isEmpty() || !requestBodies.isEmpty()) {
            String input = temp("Request");
            shapes.put(input, new StructureShape(input, request, "", Set.of(), page.uriLocation()));
            pinned.put(input, "Request");
            fitRequest(input, name);
            op.input(input);
        }
        for (Map.Entry<Integer, List<Object>> e : responseBodies.entrySet()) {
            responses.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
        }
        Map<Integer, String> responseShapes = new TreeMap<>();
        for (Map.Entry<Integer, List<Member>> e : responses.entrySet()) {
            String shape = temp("Response" + e.getKey());
            shapes.put(shape, new StructureShape(shape, e.getValue(), "", Set.of(),
                    e.getValue().isEmpty() ? page.uriLocation() : e.getValue().get(0).source()));
            String fitted = fitResponse(shape, responseBodies.getOrDefault(e.getKey(), List.of()), name + "Response");
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
        page.errorCodes().forEach(op::error);
        authentication.forEach(op::authentication);
        page.examples().forEach(op::example);
        return new Result(op.build(), shapes, preferred, pinned, page.serviceHint());
    }

    /**
     * A body documented as one row that names no field ({@code [数组]}, {@code [array]}) is the body
     * itself: one payload member.
     */
    private List<Member> payload(List<Member> request) {
        List<Member> body = request.stream().filter(m -> m.location() == Location.BODY).toList();
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
        out.add(unique(out, new Member("body", only.target(), only.required(), Location.BODY, "body",
                only.documentation(), only.constraints(), Set.of(MemberTrait.PAYLOAD), only.source())));
        return out;
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
        for (Location loc : Location.values()) {
            for (Member m : members) {
                if (m.location() == loc) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private Location requestLocation(ParamTable t, ParamRow r, Set<String> pathNames, boolean bodyless) {
        switch (t.captionKind()) {
            case PATH -> {
                return Location.PATH;
            }
            case QUERY -> {
                return Location.QUERY;
            }
            case HEADER -> {
                return Location.HEADER;
            }
            case BODY, RESPONSE_BODY -> {
                return Location.BODY;
            }
            default -> {
                if (pathNames.contains(r.name())) {
                    return Location.PATH;
                }
                if (r.name().matches("(?i)x-[A-Za-z0-9-]+|Content-Type|Accept|Authorization|Content-Length|Host")) {
                    return Location.HEADER;
                }
                if (!bodyless && requestKeys.contains(r.name())) {
                    return Location.BODY; // the example request sends it in the body
                }
                if (t.section() == Section.URI || bodyless) {
                    return Location.QUERY;
                }
                return Location.BODY;
            }
        }
    }

    private Member member(ParamTable table, ParamRow row, String owner, Location location) {
        boolean isAuth = location == Location.HEADER && AUTH_HEADERS.contains(row.name().toLowerCase(Locale.ROOT));
        String base = (Names.isTypeName(owner) ? owner : Names.pascal(owner)) + Names.pascal(row.name());
        TypeRef type = row.type();
        if (location != null && location != Location.BODY && type.kind() == TypeRef.Kind.OBJECT
                && resolve(table, row, type) == null) {
            diagnostics.warning("huawei.unknown-type", row.location(), "the " + location.id() + " parameter '"
                    + row.name() + "' is typed '" + type.written() + "' but no table describes it; read as string");
            type = TypeRef.scalar(ShapeType.STRING, type.written());
        }
        Typed typed = type(table, row, type, base, true);
        Member.Builder b = Member.builder(row.name(), typed.target)
                .required(row.required() && !isAuth)
                .location(location)
                .documentation(html(row.description()))
                .constraints(typed.memberConstraints)
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
            if (!p.constraint().equals("enum") && !p.constraint().equals("nullable")) {
                member = member.withProvenance(p);
            }
        }
        Constraints enumConstraints = Constraints.NONE.withEnumValues(enumValues);
        for (Provenance p : facts.provenance()) {
            if (p.constraint().equals("enum") && !enumValues.isEmpty()) {
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
                    ShapeType sent = byExamples(row, type);
                    scalar = sent != null ? sent : scalar;
                    diagnostics.warning("huawei.unknown-type", row.location(), "type '" + type.written() + "' of '"
                            + row.name() + "' is not a known type; read as " + scalar.id()
                            + (sent != null ? " (what the examples send)" : ""));
                }
                return scalar(scalar, base, enumConstraints, row);
            }
            case OBJECT -> {
                ParamTable nested = resolve(table, row, type);
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
                diagnostics.warning("huawei.unresolved-object", row.location(), "no table describes the object type '"
                        + type.written() + "' of '" + row.name() + "'; modelled as an empty object");
                String name = temp("Object");
                String pref = type.objectName() != null && Names.isTypeName(type.objectName()) ? type.objectName()
                        : Names.pascal(row.name());
                shapes.put(name, new StructureShape(name, List.of(), "", Set.of(), row.location()));
                preferred.put(name, pref.isEmpty() ? base : pref);
                unresolved.add(name);
                return name;
            }
            case ARRAY -> {
                TypeRef element = type.element();
                boolean defaulted = false;
                if (element == null) {
                    ParamTable nested = resolve(table, row, type);
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
                    guessedElements.add(name);
                }
                return name;
            }
            case MAP -> {
                TypeRef value = type.element();
                if (value == null) {
                    ParamTable nested = resolve(table, row, type);
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
            preferred.put(name, base);
            return name;
        }
        return SimpleShape.canonicalName(type);
    }

    private String displayName(String target) {
        return preferred.getOrDefault(target, target);
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
        return name;
    }

    /** The table that describes a row's object type: by link, by name, by "see Table N", by field name. */
    private ParamTable resolve(ParamTable from, ParamRow row, TypeRef type) {
        TypeRef leaf = type.leaf();
        boolean wantsTable = leaf.kind() == TypeRef.Kind.OBJECT
                || (type.kind() == TypeRef.Kind.ARRAY && type.element() == null)
                || (type.kind() == TypeRef.Kind.MAP && type.element() == null)
                || !row.typeStated();
        if (!wantsTable) {
            return null;
        }
        PageLayout home = index.pageOf(from);
        if (home == null) {
            home = page;
        }
        ParamTable elsewhere = null;
        for (TableDocument.Link link : row.links()) {
            ParamTable t = index.byLink(home, link.target());
            if (t != null && t != from) {
                if (t.doc() == from.doc()) {
                    return t;
                }
                if (elsewhere == null) {
                    elsewhere = t;
                }
            }
        }
        String objectName = leaf.kind() == TypeRef.Kind.OBJECT ? leaf.objectName() : null;
        if (objectName != null) {
            ParamTable t = byCaption(home, from, objectName);
            if (t != null) {
                return t;
            }
        }
        Matcher see = SEE_TABLE.matcher(row.descriptionText());
        while (see.find()) {
            if (linkedElsewhere(row, see.group(), from)) {
                continue; // "see Table 9" links to another page's Table 9
            }
            int number = Integer.parseInt(see.group(1));
            for (ParamTable t : home.tables()) {
                if (t.captionNumber() == number && t != from) {
                    return t;
                }
            }
        }
        ParamTable byField = null;
        for (ParamTable t : home.tables()) {
            if (t == from || t.captionName().isEmpty()) {
                continue;
            }
            boolean named = t.captionKind() == CaptionKind.FIELD
                    && (t.captionName().equals(row.name()) || t.captionName().equals(objectName))
                    || t.captionKind() == CaptionKind.NAMED && sameWord(t.captionName(), row.name());
            if (named && (t.side() == from.side() || from.side() == Side.UNKNOWN)) {
                if (t.index() > from.index()) {
                    return t;
                }
                if (byField == null) {
                    byField = t;
                }
            }
        }
        if (byField != null) {
            return byField;
        }
        // the page's own tables first, then the linked or named table on another page
        if (elsewhere != null) {
            return elsewhere;
        }
        if (objectName != null) {
            ParamTable t = index.byName(home, objectName);
            if (t != null) {
                return t;
            }
        }
        if (!row.typeStated()) {
            return null;
        }
        // objects named in prose: "For details, see PortRange."
        for (ParamTable t : home.tables()) {
            if (t != from && t.captionKind() == CaptionKind.NAMED
                    && Pattern.compile("\\b" + Pattern.quote(t.captionName()) + "\\b").matcher(row.descriptionText()).find()) {
                return t;
            }
        }
        return null;
    }

    private boolean linkedElsewhere(ParamRow row, String words, ParamTable from) {
        String number = words.replaceAll("\\D+", "");
        for (TableDocument.Link link : row.links()) {
            String target = link.target() == null ? "" : link.target();
            if (link.text().replaceAll("\\D+", "").equals(number) && !target.isEmpty() && !target.startsWith("#")) {
                ParamTable t = index.byLink(index.pageOf(from), target);
                if (t == null || t.doc() != from.doc()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameWord(String caption, String field) {
        return caption.replace("_", "").equalsIgnoreCase(field.replace("_", ""));
    }

    /** A table captioned with the name on this page: same side and status first, the next one after the row's table first. */
    private static ParamTable byCaption(PageLayout home, ParamTable from, String name) {
        ParamTable best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ParamTable t : home.tables()) {
            if (t == from || t.captionKind() != CaptionKind.NAMED || !t.captionName().equals(name)) {
                continue;
            }
            int score = 0;
            if (t.side() == from.side()) {
                score += 4;
            }
            if (java.util.Objects.equals(t.status(), from.status())) {
                score += 2;
            }
            if (t.index() > from.index()) {
                score += 1;
            }
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    /** Enumerated values, checked against what the examples send. */
    private List<EnumValue> reconcile(ParamRow row, DescriptionFacts facts) {
        Set<String> seen = exampleValues.getOrDefault(row.name(), Set.of());
        if (!facts.proseValues().isEmpty()) {
            diagnostics.warning("huawei.enum-prose", row.location(), "the values listed for '" + row.name()
                    + "' are prose, not wire values (" + String.join("; ", shortList(facts.proseValues())) + ")"
                    + (seen.isEmpty() ? "" : "; the examples send " + String.join(", ", seen))
                    + "; no enumeration is modelled");
            return List.of();
        }
        return facts.enumValues();
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

    private static List<String> shortList(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            out.add(s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
        return out;
    }

    /**
     * Reconciles the request shape with the example requests: a body the examples send as a JSON
     * array becomes one payload member (a list of the documented object); keys no table lists are
     * added as optional members typed by their JSON values.
     */
    private void fitRequest(String input, String opName) {
        if (requestBodies.isEmpty()) {
            return;
        }
        StructureShape st = (StructureShape) shapes.get(input);
        List<Member> body = st.members().stream().filter(m -> m.location() == Location.BODY).toList();
        Member payload = body.stream().filter(m -> m.has(MemberTrait.PAYLOAD)).findFirst().orElse(null);
        if (payload != null) {
            for (Object b : requestBodies) {
                fit(payload.target(), b, opName + "Request");
            }
            return;
        }
        if (!body.isEmpty() && requestBodies.stream().allMatch(b -> b instanceof List<?>)
                && body.stream().noneMatch(m -> m.has(MemberTrait.PAYLOAD))) {
            String element = temp("Item");
            shapes.put(element, new StructureShape(element, body.stream().map(m -> withLocation(m, null)).toList(),
                    "", Set.of(), body.get(0).source()));
            preferred.put(element, opName + "RequestItem");
            String list = temp("List");
            shapes.put(list, new ListShape(list, element, "", Constraints.NONE, Set.of(), body.get(0).source()));
            preferred.put(list, opName + "RequestItemList");
            List<Member> members = new ArrayList<>(st.members().stream().filter(m -> m.location() != Location.BODY).toList());
            members.add(unique(members, Member.builder("body", list).required(true).location(Location.BODY)
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
                fitMembers(input, map, opName + "Request", Location.BODY);
            }
        }
    }

    /** The response shape fitted to the example responses, or {@code null} when it stays empty. */
    private String fitResponse(String shape, List<Object> bodies, String base) {
        StructureShape st = (StructureShape) shapes.get(shape);
        if (!bodies.isEmpty() && bodies.stream().allMatch(b -> b instanceof List<?>)) {
            if (st.members().isEmpty()) {
                shapes.remove(shape);
                String list = temp("List");
                String element = inferList(bodies, base + "Item");
                shapes.put(list, new ListShape(list, element, "", Constraints.NONE, Set.of(), page.uriLocation()));
                preferred.put(list, base + "ItemList");
                return list;
            }
            String element = temp("Item");
            shapes.put(element, st.withName(element));
            preferred.put(element, base + "Item");
            shapes.remove(shape);
            String list = temp("List");
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

    private static Member withLocation(Member m, Location loc) {
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
                if (!element.equals(l.member())) {
                    diagnostics.info("huawei.example-type", l.source(), "the element type of an array is not stated; "
                            + "the examples send " + (element.contains("#") ? "objects" : element.toLowerCase(Locale.ROOT)));
                    shapes.put(target, l.withMember(element));
                    preferred.put(target, displayName(element) + "List");
                }
                return;
            }
            Set<String> allowed = enumOf(l.member());
            if (allowed != null) {
                for (Object el : list) {
                    String bad = outside(allowed, el);
                    if (bad != null) {
                        dropEnum(l.member(), bad, base, l.source());
                        shapes.put(target, l.withMember(SimpleShape.canonicalName(shapes.get(l.member()).type())));
                        return;
                    }
                }
            }
            for (Object el : list) {
                fit(l.member(), el, base);
            }
        } else if (shape instanceof MapShape m && json instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                fit(m.value(), v, base);
            }
        }
    }

    private void fitMembers(String target, Map<?, ?> json, String base, Location location) {
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
                members.add(unique(members, Member.builder(key, inferred).location(location)
                        .documentation("Not described on the page; sent in an example.").source(page.uriLocation()).build()));
                shapes.put(target, st.withMembers(members));
                diagnostics.info("huawei.example-only-field", page.uriLocation(), "'" + key + "' appears in an example "
                        + "but in no table; added as an optional member");
                continue;
            }
            if (unresolved.contains(m.target()) && !(value instanceof Map<?, ?>) && value != MiniJson.NULL
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
            Set<String> allowed = enumOf(m.target());
            String bad = allowed == null ? null : outside(allowed, value);
            if (bad != null) {
                dropEnum(m.target(), bad, key, m.source());
                String plain = SimpleShape.canonicalName(shapes.get(m.target()).type());
                List<Member> members = new ArrayList<>();
                for (Member x : st.members()) {
                    members.add(x == m ? x.withTarget(plain) : x);
                }
                shapes.put(target, st.withMembers(members));
                continue;
            }
            fit(m.target(), value, base + Names.pascal(key));
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
    private ShapeType byExamples(ParamRow row, TypeRef type) {
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
            String name = temp("Inferred");
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
            String name = temp("List");
            shapes.put(name, new ListShape(name, element, "", Constraints.NONE, Set.of(), page.uriLocation()));
            preferred.put(name, displayName(element) + "List");
            return name;
        }
        return "String";
    }

    private void scanExamples() {
        int success = successStatus();
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

    /** The operation's name: a PascalCase file or anchor name, else the English title, else method and path. */
    String operationName() {
        String path = page.doc().path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        if (Names.isTypeName(stem) && stem.chars().anyMatch(Character::isLowerCase)) {
            return stem;
        }
        String title = page.doc().title();
        if (Names.isLatin(title)) {
            String n = Names.pascal(title);
            if (!n.isEmpty()) {
                return n;
            }
        }
        StringBuilder b = new StringBuilder(Names.pascal(page.method().toLowerCase(Locale.ROOT)));
        for (String seg : page.uri().split("/")) {
            if (seg.isEmpty() || seg.startsWith("{") || seg.matches("v\\d+(\\.\\d+)?")) {
                continue;
            }
            b.append(Names.pascal(seg));
        }
        return b.toString();
    }

    private String temp(String what) {
        return prefix + "#" + (++counter) + what;
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
