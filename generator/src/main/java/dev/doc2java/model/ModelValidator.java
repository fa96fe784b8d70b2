package dev.doc2java.model;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check every reading ends with (in the spirit of Smithy's {@code ValidatedResult}): what a
 * reader hands over is a model the emitters, and the validators and clients to come, can trust
 * without guessing. Every broken promise is an error diagnostic at the page location of the shape,
 * member or operation concerned:
 *
 * <ul>
 *   <li>{@code model.dangling-reference}: a member, list element, map key or value, operation input,
 *       output, response or error shape names no shape of the model;
 *   <li>{@code model.wrong-kind}: an input or error that is not a structure, an output that is not a
 *       structure, list or map, an error shape without {@link ShapeTrait#EXCEPTION}, a map key that
 *       is not a string or an integer;
 *   <li>{@code model.bounds}: a {@code min} greater than its {@code max};
 *   <li>{@code model.enum-type}: enumerated values on something else than a string or an integer;
 *   <li>{@code model.duplicate-wire-name}: two members of one structure with one name in one part
 *       of the request (body, path, query or header);
 *   <li>{@code model.recursion}: a cycle of lists and maps with no structure on it, which no Java
 *       type can spell, and lists and maps nested deeper than {@link #MAX_NESTING}.
 * </ul>
 *
 * <p>The checks know only the model: they hold for every reader and cite no page format.
 */
public final class ModelValidator {

    /** How deep lists and maps may nest in one member's type (a {@code List<Map<String, List<...>>>}). */
    public static final int MAX_NESTING = 32;

    private final ServiceModel model;
    private final Diagnostics out = new Diagnostics();

    private ModelValidator(ServiceModel model) {
        this.model = model;
    }

    /** Every broken promise of {@code model}, sorted; empty for a model the emitters can trust. */
    public static List<Diagnostic> validate(ServiceModel model) {
        ModelValidator v = new ModelValidator(model);
        v.operations();
        model.shapes().values().forEach(v::shape);
        v.nesting();
        return v.out.sorted();
    }

    /** Whether {@code model} passes every check. */
    public static boolean isValid(ServiceModel model) {
        return validate(model).stream().noneMatch(Diagnostic::isError);
    }

    private void operations() {
        for (Operation op : model.operations()) {
            String what = "operation " + op.name();
            structure(op.input(), op.source(), what + " input");
            body(op.output(), op.source(), what + " output");
            for (OperationResponse r : op.responses()) {
                if (r.shape() != null) {
                    reference(r.shape(), op.source(), what + " response " + r.status());
                }
            }
            for (ErrorRef e : op.errors()) {
                if (!e.isShape()) {
                    continue;
                }
                Shape s = reference(e.shapeId(), op.source(), what + " error");
                if (s != null && !(s instanceof StructureShape && s.has(ShapeTrait.EXCEPTION))) {
                    error("model.wrong-kind", op.source(), what + " error " + e.name()
                            + " is a " + kind(s) + ", not an exception structure");
                }
            }
        }
    }

    private void structure(ShapeId id, SourceLocation at, String what) {
        if (id == null) {
            return;
        }
        Shape s = reference(id, at, what);
        if (s != null && !(s instanceof StructureShape)) {
            error("model.wrong-kind", at, what + " " + id + " is a " + kind(s) + ", not a structure");
        }
    }

    /** A response body: a structure, or a JSON array or object (Huawei responses that are a bare list). */
    private void body(ShapeId id, SourceLocation at, String what) {
        if (id == null) {
            return;
        }
        Shape s = reference(id, at, what);
        if (s != null && s.type().isSimple()) {
            error("model.wrong-kind", at, what + " " + id + " is a " + kind(s) + ", not a structure, list or map");
        }
    }

    private void shape(Shape shape) {
        SourceLocation at = where(shape.source(), null);
        String what = "shape " + shape.name();
        if (shape instanceof StructureShape s) {
            Map<String, String> seen = new HashMap<>();
            for (Member m : s.members()) {
                SourceLocation mat = where(m.source(), shape.source());
                String mwhat = "member " + m.name() + " of " + shape.name();
                Shape target = reference(m.target(), mat, mwhat);
                constraints(m.constraints(), target == null ? null : target.type(), mat, mwhat);
                String part = m.location() == null ? HttpLocation.BODY.id() : m.location().id();
                String key = part + " " + (m.location() == HttpLocation.HEADER
                        ? m.wireName().toLowerCase(java.util.Locale.ROOT) : m.wireName());
                String before = seen.putIfAbsent(key, m.name());
                if (before != null) {
                    error("model.duplicate-wire-name", mat, mwhat + " has the " + part + " name '" + m.wireName()
                            + "' of member " + before);
                }
            }
        } else if (shape instanceof ListShape l) {
            reference(l.member(), at, "element of " + what);
            constraints(l.constraints(), shape.type(), at, what);
        } else if (shape instanceof MapShape m) {
            Shape key = reference(m.key(), at, "key of " + what);
            if (key != null && !(key.type() == ShapeType.STRING || key.type() == ShapeType.INTEGER
                    || key.type() == ShapeType.LONG)) {
                error("model.wrong-kind", at, "key of " + what + " is a " + kind(key)
                        + ", not a string or an integer");
            }
            reference(m.value(), at, "value of " + what);
            constraints(m.constraints(), shape.type(), at, what);
        } else {
            constraints(shape.constraints(), shape.type(), at, what);
        }
    }

    /** Bounds in order; enumerated values only on strings and integers ({@code type} null: unknown). */
    private void constraints(Constraints c, ShapeType type, SourceLocation at, String what) {
        if (c.min() != null && c.max() != null && c.min().compareTo(c.max()) > 0) {
            error("model.bounds", at, what + " has min " + plain(c.min()) + " greater than max " + plain(c.max()));
        }
        if (c.hasEnum() && type != null
                && !(type == ShapeType.STRING || type == ShapeType.INTEGER || type == ShapeType.LONG)) {
            error("model.enum-type", at, what + " lists values " + c.enumNames().subList(0, Math.min(3, c.enumNames().size()))
                    + " but is a " + type.id() + ", not a string or an integer");
        }
    }

    /**
     * Lists and maps only: a cycle among them (no structure to name it in Java) or a chain longer than
     * {@link #MAX_NESTING}. Depth of a collection: 1 + the depth of what it holds.
     */
    private void nesting() {
        Map<String, Integer> depth = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Shape s : model.shapes().values()) {
            collectionDepth(s, depth, new LinkedHashMap<>(), reported);
        }
    }

    private int collectionDepth(Shape s, Map<String, Integer> depth, LinkedHashMap<String, Boolean> path,
            Set<String> reported) {
        if (!(s instanceof ListShape || s instanceof MapShape)) {
            return 0;
        }
        Integer known = depth.get(s.name());
        if (known != null) {
            return known;
        }
        if (path.containsKey(s.name())) {
            List<String> cycle = new ArrayList<>(path.keySet());
            cycle = cycle.subList(cycle.indexOf(s.name()), cycle.size());
            if (reported.add(s.name())) {
                error("model.recursion", where(s.source(), null), "shape " + s.name()
                        + " contains itself through lists and maps only (" + String.join(" -> ", cycle) + " -> "
                        + s.name() + "); a structure must be on every cycle");
            }
            return MAX_NESTING + 1;
        }
        path.put(s.name(), true);
        int inner = 0;
        if (s instanceof ListShape l) {
            inner = model.shape(l.member()).map(t -> collectionDepth(t, depth, path, reported)).orElse(0);
        } else if (s instanceof MapShape m) {
            inner = Math.max(model.shape(m.key()).map(t -> collectionDepth(t, depth, path, reported)).orElse(0),
                    model.shape(m.value()).map(t -> collectionDepth(t, depth, path, reported)).orElse(0));
        }
        path.remove(s.name());
        int d = Math.min(inner, MAX_NESTING + 1) + 1;
        if (d > MAX_NESTING && inner <= MAX_NESTING && reported.add(s.name())) {
            error("model.recursion", where(s.source(), null), "shape " + s.name() + " nests lists and maps "
                    + d + " deep; at most " + MAX_NESTING + " are supported");
        }
        depth.put(s.name(), d);
        return d;
    }

    /** The shape referred to, or null after reporting a dangling reference. */
    private Shape reference(ShapeId id, SourceLocation at, String what) {
        Shape s = model.shapes().get(id.name());
        if (s == null) {
            error("model.dangling-reference", at, what + " refers to " + id + ", which is no shape of service "
                    + model.id());
        }
        return s;
    }

    private SourceLocation where(SourceLocation own, SourceLocation fallback) {
        if (!own.equals(SourceLocation.UNKNOWN)) {
            return own;
        }
        if (fallback != null && !fallback.equals(SourceLocation.UNKNOWN)) {
            return fallback;
        }
        return model.source();
    }

    private void error(String code, SourceLocation at, String message) {
        out.error(code, at.equals(SourceLocation.UNKNOWN) ? model.source() : at, message);
    }

    private static String kind(Shape s) {
        return s instanceof StructureShape st && st.isUnion() ? "union" : s.type().id();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
