package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Flavor;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeFolder;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the operation drafts of one service into a {@link ServiceModel}: links recursion markers
 * to the shape they return to, makes one provisional shape per occurrence, then folds identical
 * shapes and names them with {@link ShapeFolder}.
 */
final class Boto3ModelBuilder {

    private final Diagnostics diagnostics;
    private final LinkedHashMap<String, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, String> suggestions = new LinkedHashMap<>();
    private final Map<String, String> qualified = new LinkedHashMap<>();
    private final Set<String> pinned = new LinkedHashSet<>();
    private final Set<String> vague = new HashSet<>();
    private final Set<String> unionUnknown = new HashSet<>();
    private final IdentityHashMap<TypeNode, String> names = new IdentityHashMap<>();
    /** Event-stream members that are error events: their structures are exceptions. */
    private final IdentityHashMap<TypeNode, Boolean> errorEvents = new IdentityHashMap<>();
    /** Every error the service documents ({@code Client.exceptions.X}). */
    private final Set<String> serviceErrors = new LinkedHashSet<>();
    /** Documented errors whose members an error event has shown. */
    private final Set<String> filledErrors = new HashSet<>();
    private String operationName = "";
    private int counter;

    private Boto3ModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static ServiceModel build(String id, String title, String documentation, List<OperationDraft> drafts,
            Diagnostics diagnostics) {
        return new Boto3ModelBuilder(diagnostics).run(id, title, documentation, drafts);
    }

    private ServiceModel run(String id, String title, String documentation, List<OperationDraft> drafts) {
        List<OperationDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(java.util.Comparator.comparing((OperationDraft d) -> d.name).thenComparing(d -> d.pythonName));
        // Names of roots and errors are fixed first.
        Map<String, SourceLocation> errors = new TreeMap<>();
        for (OperationDraft d : sorted) {
            for (int i = 0; i < d.errors.size(); i++) {
                errors.putIfAbsent(d.errors.get(i), d.errorSources.get(i));
            }
        }
        serviceErrors.addAll(errors.keySet());
        errors.forEach((name, at) -> {
            shapes.put(name, new StructureShape(name, List.of(), "", EnumSet.of(ShapeTrait.EXCEPTION), at));
            pinned.add(name);
        });
        List<TypeNode> roots = new ArrayList<>();
        for (OperationDraft d : sorted) {
            if (d.input != null) {
                roots.add(d.input);
            }
            if (d.output != null) {
                roots.add(d.output);
            }
        }
        new RecursionResolver(diagnostics).resolve(roots);
        List<Operation> operations = new ArrayList<>();
        for (OperationDraft d : sorted) {
            String input = null;
            String output = null;
            operationName = d.name;
            if (d.input != null) {
                input = root(d.input, d.name + "Request");
            }
            if (d.output != null) {
                output = root(d.output, d.name + "Response");
            }
            Operation.Builder op = Operation.builder(d.name).pythonName(d.pythonName).input(input).output(output)
                    .deprecated(d.deprecated).documentation(d.documentation).source(d.source);
            d.errors.forEach(op::errorShape);
            operations.add(op.build());
        }
        ShapeFolder.Result folded = ShapeFolder.fold(shapes, suggestions, qualified, pinned, vague, unionUnknown);
        SourceLocation source = sorted.isEmpty() ? SourceLocation.UNKNOWN : sorted.get(0).source;
        return new ServiceModel(id, title, Flavor.AWS_BOTO3, documentation, operations, folded.shapes(), source);
    }

    private String root(TypeNode node, String wanted) {
        String name = wanted;
        for (int k = 2; pinned.contains(name); k++) {
            name = wanted + k;
        }
        pinned.add(name);
        shape(node, name, name, stripSuffix(stripSuffix(name, "Request"), "Response"));
        return name;
    }

    // ---------------------------------------------------------------- shapes

    /** The provisional shape name of a node; {@code fixed} pins a root's name. */
    private String shape(TypeNode n, String suggestion, String fixed, String context) {
        if (n.kind == TypeNode.Kind.RECURSIVE) {
            if (n.recursionTarget == null || !names.containsKey(n.recursionTarget)) {
                return canonical(ShapeType.DOCUMENT);
            }
            return names.get(n.recursionTarget);
        }
        String plain = plainScalar(n);
        if (plain != null) {
            return plain;
        }
        String name = fixed != null ? fixed : "$" + (++counter);
        names.put(n, name);
        suggestions.put(name, suggestion);
        if (n.eventStream && fixed == null) {
            qualified.put(name, operationName + "EventStream");
        } else if (context != null && !suggestion.startsWith(context)) {
            qualified.put(name, context + suggestion);
        }
        String inner = n.kind == TypeNode.Kind.STRUCTURE && fixed == null ? suggestion : context;
        if (!n.requiredKnown || !n.unionKnown) {
            vague.add(name);
        }
        if (!n.unionKnown) {
            unionUnknown.add(name);
        }
        shapes.put(name, SimpleShape.canonical(ShapeType.STRING).withName(name)); // placeholder keeps the order
        Shape s;
        switch (n.kind) {
            case STRUCTURE -> {
                List<Member> members = new ArrayList<>();
                for (TypeNode.MemberNode m : n.members) {
                    String target = n.eventStream ? event(m, inner) : null;
                    if (target == null) {
                        target = shape(m.type, suggest(m.type, memberBase(m.name, inner)), null, inner);
                    }
                    Member.Builder b = Member.builder(m.name, target).required(m.required)
                            .documentation(m.documentation).constraints(m.constraints).source(m.source);
                    if (m.idempotencyToken) {
                        b.trait(MemberTrait.IDEMPOTENCY_TOKEN);
                    }
                    if (m.payload || m.type.payload || m.type.streaming || m.type.eventStream) {
                        b.trait(MemberTrait.PAYLOAD);
                    }
                    if (m.jsonValue) {
                        b.trait(MemberTrait.JSON_VALUE);
                    }
                    members.add(b.build());
                }
                EnumSet<ShapeTrait> traits = EnumSet.noneOf(ShapeTrait.class);
                if (n.union) {
                    traits.add(ShapeTrait.UNION);
                }
                if (n.eventStream) {
                    traits.add(ShapeTrait.EVENT_STREAM);
                }
                if (errorEvents.containsKey(n)) {
                    traits.add(ShapeTrait.EXCEPTION);
                }
                s = new StructureShape(name, members, n.documentation, traits, n.source);
            }
            case LIST -> {
                String base = singular(stripSuffix(suggestion, "List"));
                // A list of lists: the inner list is an item list (FooItemList), not FooList again.
                String element = shape(n.element, suggest(n.element, n.element.kind == TypeNode.Kind.LIST ? base + "Item" : base),
                        null, inner);
                s = new ListShape(name, element, n.documentation, Constraints.NONE, EnumSet.noneOf(ShapeTrait.class), n.source);
            }
            case MAP -> {
                String base = singular(stripSuffix(suggestion, "Map"));
                String key = shape(n.key, base + "Key", null, inner);
                // Values beside FooKey: a structure is a Foo; a string, list or map is a FooValue
                // (TagKey/TagValue; a map of maps does not name its inner map FooMap again).
                boolean entity = n.value.kind == TypeNode.Kind.STRUCTURE || n.value.kind == TypeNode.Kind.RECURSIVE;
                String value = shape(n.value, suggest(n.value, entity ? base : base + "Value"), null, inner);
                s = new MapShape(name, key, value, n.documentation, Constraints.NONE, EnumSet.noneOf(ShapeTrait.class), n.source);
            }
            default -> {
                ShapeType type = simpleType(n.kind);
                Constraints c = n.constraints;
                if (!n.enumValues.isEmpty()) {
                    c = c.withEnumValues(n.enumValues.stream().map(EnumValue::of).toList());
                }
                EnumSet<ShapeTrait> traits = EnumSet.noneOf(ShapeTrait.class);
                if (n.streaming) {
                    traits.add(ShapeTrait.STREAMING);
                }
                s = new SimpleShape(name, type, n.documentation, c, traits, n.source);
            }
        }
        shapes.put(name, s);
        return name;
    }

    /**
     * The shape of one event of an event stream when it is an error event, else null. An event
     * named like a documented error ({@code validationException} beside
     * {@code Client.exceptions.ValidationException} on any page of the service) is that error: the event's structure becomes the error's members. Other events
     * whose name ends in {@code Exception} keep their own name and are marked as exceptions.
     */
    private String event(TypeNode.MemberNode m, String context) {
        if (m.type.kind != TypeNode.Kind.STRUCTURE) {
            return null;
        }
        String error = pascal(m.name);
        if (serviceErrors.contains(error)) {
            if (filledErrors.add(error)) {
                errorEvents.put(m.type, Boolean.TRUE);
                shape(m.type, error, error, context);
                StructureShape s = (StructureShape) shapes.get(error);
                if (s.documentation().isEmpty() && !m.documentation.isEmpty()) {
                    // The page describes the event at its member; that is the error's description.
                    shapes.put(error, new StructureShape(error, s.members(), m.documentation, s.traits(), s.source()));
                }
            }
            return error;
        }
        if (error.endsWith("Exception")) {
            errorEvents.put(m.type, Boolean.TRUE);
        }
        return null;
    }

    /** The canonical shape for an unconstrained scalar, or null. */
    private String plainScalar(TypeNode n) {
        return switch (n.kind) {
            case STRUCTURE, LIST, MAP, RECURSIVE -> null;
            case STRING -> n.enumValues.isEmpty() && n.constraints.isEmpty() ? canonical(ShapeType.STRING) : null;
            case BLOB -> n.streaming ? null : canonical(ShapeType.BLOB);
            default -> canonical(simpleType(n.kind));
        };
    }

    private String canonical(ShapeType type) {
        SimpleShape s = SimpleShape.canonical(type);
        if (!shapes.containsKey(s.name())) {
            shapes.put(s.name(), s);
            pinned.add(s.name());
        }
        return s.name();
    }

    /**
     * The model type of a scalar. A boto3 page writes {@code integer} and {@code 123} for botocore's
     * 32-bit {@code integer} and 64-bit {@code long} alike, so the page cannot tell which one a value
     * is: it is read as a {@code long}, which holds every value the service accepts (a 64-bit id in
     * an {@code Integer} would fail to deserialize).
     */
    private static ShapeType simpleType(TypeNode.Kind kind) {
        return switch (kind) {
            case INTEGER -> ShapeType.LONG;
            case DOUBLE -> ShapeType.DOUBLE;
            case BOOLEAN -> ShapeType.BOOLEAN;
            case TIMESTAMP -> ShapeType.TIMESTAMP;
            case BLOB -> ShapeType.BLOB;
            case DOCUMENT -> ShapeType.DOCUMENT;
            default -> ShapeType.STRING;
        };
    }

    // ---------------------------------------------------------------- names

    /**
     * Member names that say what kind of thing a value is, not what it is about: a shape named
     * after one ({@code state}, {@code type}, {@code contentType}) takes its owner's name in front
     * ({@code IntentState}, {@code DialogActionType}, {@code MessageContentType}).
     */
    private static final Set<String> GENERIC_WORDS = Set.of("Code", "Content", "Data", "Detail", "Details", "Format",
            "Id", "Info", "Key", "Kind", "Level", "Mode", "Name", "Result", "Shape", "Source", "State", "Status", "Style",
            "Type", "Value", "Values", "Version");

    /** The name base of a member's value: the PascalCase member name, qualified by its owner when generic. */
    private static String memberBase(String member, String owner) {
        String base = pascal(member);
        if (owner == null || owner.isEmpty() || base.startsWith(owner) || owner.endsWith(base)) {
            return base; // AccessPolicyStatus.status: no AccessPolicyStatusStatus
        }
        for (String word : base.split("(?<=[a-z0-9])(?=[A-Z])")) {
            if (!GENERIC_WORDS.contains(word)) {
                return base;
            }
        }
        return owner + base;
    }

    /**
     * The wanted name of a node from its member name: {@code fooList}, {@code fooMap}; an event
     * stream is named after the member ({@code body} -> {@code BodyStream}) unless the member name
     * says no more than "stream" ({@code stream}, {@code EventStream}): then after the operation
     * ({@code ConverseStreamEventStream}).
     */
    private String suggest(TypeNode n, String base) {
        if (n.eventStream) {
            if (base.equals("Stream") || base.equals("EventStream")) {
                return operationName + "EventStream";
            }
            return base.endsWith("Stream") ? base : base + "Stream";
        }
        return switch (n.kind) {
            case LIST -> singular(base) + "List";
            case MAP -> singular(base) + "Map";
            default -> base;
        };
    }

    static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "Shape");
        }
        return sb.toString();
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : s;
    }

    static String singular(String s) {
        if (s.length() > 4 && s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.length() > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            return s.substring(0, s.length() - 2);
        }
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
