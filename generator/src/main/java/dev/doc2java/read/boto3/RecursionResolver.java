package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links every {@code {'... recursive ...'}} marker of a service to the enclosing shape it returns
 * to. A marker does not say which one; most have several candidates. The decision is made once
 * per position (structure and member), from what the pages prove first: the same member expanded
 * elsewhere, the kind the description gives, the union note's member list, identical
 * descriptions; then from names (a member repeating itself, a singular reference named like the
 * structure it means, a plural one meaning a collection); positions that stay ambiguous are
 * reported.
 */
final class RecursionResolver {

    private final Diagnostics diagnostics;

    RecursionResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** How sure a recursion decision is. */
    private enum Certainty { NEAREST, NAME, PROVEN }

    private record Decision(TypeNode target, int depth, Certainty certainty, int candidates) {
    }

    /**
     * Links every recursion marker of the service. A marker does not say which enclosing shape it
     * returns to; the decision is made once per position (structure and member), from the best
     * evidence any marker at that position has, and applied to all of them.
     */
    void resolve(List<TypeNode> roots) {
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
        TypeWord word = marker.recursionTypeWord;
        if (word != null) {
            List<TypeNode> kind = c.stream().filter(a -> word.first() == TypeWord.Word.LIST ? a.kind == TypeNode.Kind.LIST
                    : word.first() == TypeWord.Word.DICT ? a.isDictLike() : true).toList();
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
        boolean direct = marker.memberName != null;
        for (TypeNode a : c) {
            if (direct && name.equals(a.memberName)) {
                return new Decision(a, depth(marker, a), Certainty.NAME, c.size()); // a member that repeats itself
            }
        }
        boolean plural = direct && !Boto3ModelBuilder.singular(name).equals(name);
        if (name != null && !plural) {
            // A singular reference ("ScopeDownStatement", an element of "Statements") names its type
            // the way the enclosing member of that type is named ("Statement").
            String base = (direct ? name : Boto3ModelBuilder.singular(name)).toLowerCase(Locale.ROOT);
            for (TypeNode a : c) {
                String candidate = a.memberName == null ? null : a.memberName.toLowerCase(Locale.ROOT);
                if (candidate != null && candidate.length() >= 3 && a.kind == TypeNode.Kind.STRUCTURE
                        && (base.equals(candidate) || base.endsWith(candidate))) {
                    return new Decision(a, depth(marker, a), Certainty.NAME, c.size());
                }
            }
        }
        if (direct) {
            // A member holding the marker directly: a plural name ("subSlots") names a collection,
            // a singular one a structure.
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
}
