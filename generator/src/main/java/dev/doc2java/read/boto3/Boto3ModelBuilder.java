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
import java.util.Locale;
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
    private int counter;

    private Boto3ModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static ServiceModel build(String id, String title, List<OperationDraft> drafts, Diagnostics diagnostics) {
        return new Boto3ModelBuilder(diagnostics).run(id, title, drafts);
    }

    private ServiceModel run(String id, String title, List<OperationDraft> drafts) {
        List<OperationDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(java.util.Comparator.comparing((OperationDraft d) -> d.name).thenComparing(d -> d.pythonName));
        // Names of roots and errors are fixed first.
        Map<String, SourceLocation> errors = new TreeMap<>();
        for (OperationDraft d : sorted) {
            for (int i = 0; i < d.errors.size(); i++) {
                errors.putIfAbsent(d.errors.get(i), d.errorSources.get(i));
            }
        }
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
        resolveRecursion(roots);
        List<Operation> operations = new ArrayList<>();
        for (OperationDraft d : sorted) {
            String input = null;
            String output = null;
            if (d.input != null) {
                input = root(d.input, d.name + "Request");
            }
            if (d.output != null) {
                output = root(d.output, d.name + "Response");
            }
            Operation.Builder op = Operation.builder(d.name).pythonName(d.pythonName).input(input).output(output)
                    .deprecated(d.deprecated).documentation(d.documentation).source(d.source);
            d.errors.forEach(op::error);
            operations.add(op.build());
        }
        ShapeFolder.Result folded = ShapeFolder.fold(shapes, suggestions, qualified, pinned, vague, unionUnknown);
        SourceLocation source = sorted.isEmpty() ? SourceLocation.UNKNOWN : sorted.get(0).source;
        return new ServiceModel(id, title, Flavor.AWS_BOTO3, "", operations, folded.shapes(), source);
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

    // ---------------------------------------------------------------- recursion

    /** How sure a recursion decision is. */
    private enum Certainty { NEAREST, NAME, PROVEN }

    private record Decision(TypeNode target, int depth, Certainty certainty, int candidates) {
    }

    /**
     * Links every recursion marker of the service. A marker does not say which enclosing shape it
     * returns to; the decision is made once per position (structure and member), from the best
     * evidence any marker at that position has, and applied to all of them.
     */
    private void resolveRecursion(List<TypeNode> roots) {
        List<TypeNode> markers = new ArrayList<>();
        Map<String, String> expanded = new java.util.HashMap<>();
        IdentityHashMap<TypeNode, Boolean> seen = new IdentityHashMap<>();
        for (TypeNode root : roots) {
            collect(root, markers, expanded, seen);
        }
        Map<String, List<TypeNode>> byPosition = new LinkedHashMap<>();
        for (TypeNode marker : markers) {
            byPosition.computeIfAbsent(position(marker), k -> new ArrayList<>()).add(marker);
        }
        byPosition.forEach((pos, group) -> {
            List<Decision> decisions = new ArrayList<>();
            Decision best = null;
            for (TypeNode marker : group) {
                Decision d = decide(marker, expanded.get(pos));
                decisions.add(d);
                if (d != null && (best == null || d.certainty().compareTo(best.certainty()) > 0)) {
                    best = d;
                }
            }
            for (int i = 0; i < group.size(); i++) {
                TypeNode marker = group.get(i);
                Decision own = decisions.get(i);
                TypeNode target = own == null ? null : own.target();
                if (best != null && own != null && best.certainty().compareTo(own.certainty()) > 0) {
                    TypeNode at = ancestor(marker, best.depth());
                    if (at != null && at.kind == best.target().kind) {
                        target = at;
                    }
                }
                marker.recursionTarget = target;
            }
            if (best != null && best.certainty() == Certainty.NEAREST && best.candidates() > 1) {
                TypeNode first = group.get(0);
                String name = markerName(first);
                diagnostics.info("boto3.recursion-ambiguous", first.source, "the recursion marker"
                        + (name == null ? "" : " at '" + name + "'") + " may return to any of " + best.candidates()
                        + " enclosing shapes and nothing on the page tells which; the nearest is taken");
            }
        });
    }

    private static void collect(TypeNode n, List<TypeNode> markers, Map<String, String> expanded,
            IdentityHashMap<TypeNode, Boolean> seen) {
        if (n == null || seen.put(n, Boolean.TRUE) != null) {
            return;
        }
        if (n.kind == TypeNode.Kind.RECURSIVE) {
            markers.add(n);
        } else if (n.parent != null) {
            expanded.putIfAbsent(position(n), signature(n));
        }
        for (TypeNode.MemberNode m : n.members) {
            if (m.type != null) {
                m.type.parent = n;
                collect(m.type, markers, expanded, seen);
            }
        }
        for (TypeNode c : new TypeNode[] {n.element, n.key, n.value}) {
            if (c != null) {
                c.parent = n;
                collect(c, markers, expanded, seen);
            }
        }
    }

    /** The place of a node: the member names of the nearest enclosing structure, the member, and list/map steps. */
    private static String position(TypeNode n) {
        StringBuilder steps = new StringBuilder();
        TypeNode x = n;
        while (x.parent != null && x.parent.kind != TypeNode.Kind.STRUCTURE) {
            steps.insert(0, x == x.parent.element ? "[]" : x == x.parent.key ? "{key}" : "{}");
            x = x.parent;
        }
        if (x.parent == null) {
            return "#root" + steps;
        }
        return new java.util.TreeSet<>(memberNames(x.parent)) + "." + x.memberName + steps;
    }

    /** What an expanded occurrence shows of its shape: kind and member names. */
    private static String signature(TypeNode n) {
        return n.kind + (n.kind == TypeNode.Kind.STRUCTURE ? memberNames(n).toString() : "");
    }

    private static TypeNode ancestor(TypeNode n, int depth) {
        TypeNode x = n;
        for (int i = 0; i < depth && x != null; i++) {
            x = x.parent;
        }
        return x;
    }

    /** Which enclosing shape one marker returns to, from the evidence at hand, and how sure that is. */
    private Decision decide(TypeNode marker, String expandedSignature) {
        List<TypeNode> all = new ArrayList<>();
        TypeNode wrapper = marker.memberName == null ? marker.parent : null;
        for (TypeNode a = marker.parent; a != null; a = a.parent) {
            if (a == wrapper && (a.kind == TypeNode.Kind.LIST || a.kind == TypeNode.Kind.MAP)) {
                continue;
            }
            if (a.parent != null && (a.kind == TypeNode.Kind.STRUCTURE || a.kind == TypeNode.Kind.LIST
                    || a.kind == TypeNode.Kind.MAP)) {
                all.add(a);
            }
        }
        if (all.isEmpty()) {
            diagnostics.warning("boto3.recursion-unresolved", marker.source,
                    "a '... recursive ...' marker has no enclosing shape to return to; it is read as a document");
            return null;
        }
        List<TypeNode> c = all;
        if (expandedSignature != null) {
            // The same member is expanded elsewhere: it returns to a shape that looks like that.
            List<TypeNode> same = c.stream().filter(a -> signature(a).equals(expandedSignature)).toList();
            c = same.isEmpty() ? c : same;
        }
        String word = marker.recursionTypeWord;
        if (word != null) {
            List<TypeNode> kind = c.stream().filter(a -> word.equals("list") ? a.kind == TypeNode.Kind.LIST
                    : word.equals("dict") ? a.isDictLike() : true).toList();
            c = kind.isEmpty() ? c : kind;
            List<TypeNode> union;
            if (marker.recursionUnionNoteSeen) {
                Set<String> wanted = new LinkedHashSet<>(marker.recursionUnionMembers);
                union = c.stream().filter(a -> a.kind == TypeNode.Kind.STRUCTURE && a.union
                        && (wanted.isEmpty() || memberNames(a).equals(wanted))).toList();
            } else {
                union = c.stream().filter(a -> !(a.kind == TypeNode.Kind.STRUCTURE && a.union && a.unionKnown)).toList();
            }
            c = union.isEmpty() ? c : union;
            if (marker.recursionDescription != null && !marker.recursionDescription.isEmpty() && c.size() > 1) {
                List<TypeNode> same = c.stream().filter(a -> marker.recursionDescription.equals(description(a))).toList();
                c = same.isEmpty() ? c : same;
            }
        }
        if (c.size() == 1) {
            return new Decision(c.get(0), all.indexOf(c.get(0)) < 0 ? 0 : depth(marker, c.get(0)), Certainty.PROVEN, 1);
        }
        String name = markerName(marker);
        for (TypeNode a : c) {
            if (name != null && name.equals(a.memberName)) {
                return new Decision(a, depth(marker, a), Certainty.NAME, c.size()); // a member that repeats itself
            }
        }
        if (marker.memberName != null && name != null) {
            // A member holding the marker directly: a plural name ("subSlots") names a collection,
            // a singular one a structure. List elements and map values have no name of their own.
            boolean plural = !singular(name).equals(name);
            for (TypeNode a : c) {
                boolean collection = a.kind == TypeNode.Kind.LIST || a.kind == TypeNode.Kind.MAP;
                if (collection == plural) {
                    return new Decision(a, depth(marker, a), Certainty.NAME, c.size());
                }
            }
        }
        return new Decision(c.get(0), depth(marker, c.get(0)), Certainty.NEAREST, c.size());
    }

    private static int depth(TypeNode from, TypeNode ancestor) {
        int d = 0;
        for (TypeNode x = from; x != null; x = x.parent, d++) {
            if (x == ancestor) {
                return d;
            }
        }
        return -1;
    }

    private static String description(TypeNode a) {
        String doc = RstHtml.plain(a.documentation);
        if (!doc.isEmpty()) {
            return doc;
        }
        if (a.parent != null && a.memberName != null) {
            TypeNode.MemberNode m = a.parent.member(a.memberName);
            if (m != null) {
                return RstHtml.plain(m.documentation);
            }
        }
        return "";
    }

    private static Set<String> memberNames(TypeNode a) {
        Set<String> s = new LinkedHashSet<>();
        a.members.forEach(m -> s.add(m.name));
        return s;
    }

    private static String markerName(TypeNode marker) {
        for (TypeNode n = marker; n != null; n = n.parent) {
            if (n.memberName != null) {
                return n.memberName;
            }
        }
        return null;
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
        if (context != null && !suggestion.startsWith(context)) {
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
                    String target = shape(m.type, suggest(m.type, pascal(m.name)), null, inner);
                    Member.Builder b = Member.builder(m.name, target).required(m.required)
                            .documentation(m.documentation).constraints(m.constraints).source(m.source);
                    if (m.idempotencyToken) {
                        b.trait(MemberTrait.IDEMPOTENCY_TOKEN);
                    }
                    if (m.payload || m.type.streaming || m.type.eventStream) {
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
                s = new StructureShape(name, members, n.documentation, traits, n.source);
            }
            case LIST -> {
                String base = singular(stripSuffix(suggestion, "List"));
                String element = shape(n.element, suggest(n.element, base), null, inner);
                s = new ListShape(name, element, n.documentation, Constraints.NONE, EnumSet.noneOf(ShapeTrait.class), n.source);
            }
            case MAP -> {
                String base = singular(stripSuffix(suggestion, "Map"));
                String key = shape(n.key, base + "Key", null, inner);
                String value = shape(n.value, suggest(n.value, base), null, inner);
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

    private static ShapeType simpleType(TypeNode.Kind kind) {
        return switch (kind) {
            case INTEGER -> ShapeType.INTEGER;
            case DOUBLE -> ShapeType.DOUBLE;
            case BOOLEAN -> ShapeType.BOOLEAN;
            case TIMESTAMP -> ShapeType.TIMESTAMP;
            case BLOB -> ShapeType.BLOB;
            case DOCUMENT -> ShapeType.DOCUMENT;
            default -> ShapeType.STRING;
        };
    }

    // ---------------------------------------------------------------- names

    private static String suggest(TypeNode n, String base) {
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
