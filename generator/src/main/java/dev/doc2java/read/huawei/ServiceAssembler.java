package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Flavor;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.Operation;
import dev.doc2java.model.OperationResponse;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Puts the pages of one service together: unique operation names, request/response shapes named
 * after their operation, and one folding pass that turns structurally identical shapes (same
 * members, types, required flags and constraints; documentation aside) into one, named by the
 * docs' own name. Shapes that share a name but differ keep apart under distinct names. The result
 * depends on the pages' content, not on the order they were read in.
 */
final class ServiceAssembler {

    private ServiceAssembler() {
    }

    static ServiceModel assemble(String id, String title, List<OperationBuilder.Result> results) {
        List<OperationBuilder.Result> sorted = new ArrayList<>(results);
        // of two operations with one name, the one whose page states the name keeps it
        sorted.sort(Comparator.comparing((OperationBuilder.Result r) -> r.operation().name())
                .thenComparingInt(OperationBuilder.Result::nameEvidence)
                .thenComparing(r -> r.operation().http().method())
                .thenComparing(r -> r.operation().http().uri())
                .thenComparing(r -> r.operation().source()));
        Map<String, Shape> all = new TreeMap<>();
        Map<String, String> preferred = new HashMap<>();
        Map<String, String> finalNames = new HashMap<>();
        Set<String> requiredUnstated = new TreeSet<>();
        Set<String> taken = new HashSet<>();
        List<Operation> ops = new ArrayList<>();
        for (OperationBuilder.Result r : sorted) {
            String name = unique(r.operation().name(), taken);
            all.putAll(r.shapes());
            preferred.putAll(r.preferred());
            requiredUnstated.addAll(r.requiredUnstated());
            ops.add(r.operation().toBuilder().name(name).build());
            for (Map.Entry<String, String> pin : r.pinned().entrySet()) {
                finalNames.put(pin.getKey(), unique(name + pin.getValue(), taken));
            }
        }
        alignTwins(all, preferred, requiredUnstated);
        Map<String, Integer> classes = fold(all, finalNames.keySet());
        // one representative per class: the one the docs state first (by source location)
        Map<Integer, List<String>> members = new TreeMap<>();
        for (String s : all.keySet()) {
            members.computeIfAbsent(classes.get(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> rename = new HashMap<>();
        List<Integer> order = new ArrayList<>(members.keySet());
        // two different objects under one name: the one the docs state first keeps it
        order.sort(Comparator.comparing((Integer c) -> groupName(members.get(c), preferred))
                .thenComparing(c -> members.get(c).stream().map(n -> all.get(n).source()).min(Comparator.naturalOrder())
                        .orElse(SourceLocation.UNKNOWN))
                .thenComparing(c -> signature(all.get(members.get(c).get(0)), classes)));
        Set<String> requestSide = reachable(all, ops.stream().map(Operation::input).filter(java.util.Objects::nonNull).map(ShapeId::name).toList());
        for (Integer c : order) {
            List<String> group = members.get(c);
            String pinnedName = null;
            for (String s : group) {
                if (finalNames.containsKey(s)) {
                    pinnedName = finalNames.get(s);
                }
            }
            String wanted = groupName(group, preferred);
            if (pinnedName == null && taken.contains(wanted) && group.stream().noneMatch(requestSide::contains)
                    && !wanted.endsWith("Response")) {
                wanted = wanted + "Response"; // a response object that shares its name with another object
            }
            String name = pinnedName != null ? pinnedName : unique(wanted, taken);
            for (String s : group) {
                rename.put(s, name);
            }
        }
        UnaryOperator<String> to = n -> rename.getOrDefault(n, n);
        TreeMap<String, Shape> out = new TreeMap<>();
        for (Integer c : order) {
            List<String> group = new ArrayList<>(members.get(c));
            group.sort(Comparator.comparing((String s) -> all.get(s).source()));
            Shape rep = all.get(group.get(0));
            Shape renamed = retarget(rep, to).withName(to.apply(rep.name()));
            out.put(renamed.name(), renamed);
        }
        addCanonical(out);
        List<Operation> finalOps = new ArrayList<>();
        for (Operation op : ops) {
            Operation.Builder b = Operation.builder(op.name()).http(op.http())
                    .input(op.input() == null ? null : to.apply(op.input().name()))
                    .output(op.output() == null ? null : to.apply(op.output().name()))
                    .deprecated(op.deprecated()).documentation(op.documentation()).source(op.source());
            for (OperationResponse r : op.responses()) {
                b.response(new OperationResponse(r.status(), r.shape() == null ? null : to.apply(r.shape().name()),
                        r.documentation()));
            }
            op.errors().forEach(b::error);
            op.authentication().forEach(b::authentication);
            op.examples().forEach(b::example);
            finalOps.add(b.build());
        }
        SourceLocation source = finalOps.isEmpty() ? SourceLocation.UNKNOWN : finalOps.stream()
                .map(Operation::source).sorted().findFirst().orElse(SourceLocation.UNKNOWN);
        return new ServiceModel(id, title, Flavor.HUAWEI, "", finalOps, out, source);
    }

    /**
     * The request and response tables of one object differ only in their required flags: response
     * tables have no Mandatory column. A structure from a table without a Mandatory column takes the
     * required flags of the structure with the same preferred name and the same members (names, wire names,
     * locations, member types by name) that does mark some, when all such structures agree; the
     * fold then makes them one shape, with the request side's flags.
     */
    private static void alignTwins(Map<String, Shape> all, Map<String, String> preferred, Set<String> unstated) {
        Map<String, Set<String>> flagsByKey = new TreeMap<>();
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, Shape> e : all.entrySet()) {
            if (e.getValue() instanceof StructureShape st && !st.members().isEmpty()) {
                String key = preferred.getOrDefault(e.getKey(), "") + "|" + looseMembers(st, preferred);
                keys.put(e.getKey(), key);
                if (st.members().stream().anyMatch(Member::required)) {
                    flagsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(requiredFlags(st));
                }
            }
        }
        for (Map.Entry<String, String> e : keys.entrySet()) {
            StructureShape st = (StructureShape) all.get(e.getKey());
            Set<String> flags = flagsByKey.get(e.getValue());
            if (flags == null || flags.size() != 1 || !unstated.contains(e.getKey())) {
                continue;
            }
            String f = flags.iterator().next();
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < st.members().size(); i++) {
                members.add(st.members().get(i).withRequired(f.charAt(i) == '1'));
            }
            all.put(e.getKey(), st.withMembers(members));
        }
    }

    private static String looseMembers(StructureShape st, Map<String, String> preferred) {
        StringBuilder b = new StringBuilder();
        for (Member m : st.members()) {
            b.append(m.name()).append(',').append(m.wireName()).append(',').append(m.location()).append(',')
                    .append(preferred.getOrDefault(m.target().name(), m.target().name())).append(';');
        }
        return b.toString();
    }

    private static String requiredFlags(StructureShape st) {
        StringBuilder b = new StringBuilder();
        for (Member m : st.members()) {
            b.append(m.required() ? '1' : '0');
        }
        return b.toString();
    }

    /** The shapes reachable from the roots. */
    private static Set<String> reachable(Map<String, Shape> all, List<String> roots) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            String n = todo.remove(todo.size() - 1);
            Shape s = all.get(n);
            if (s == null || !seen.add(n)) {
                continue;
            }
            if (s instanceof StructureShape st) {
                st.members().forEach(m -> todo.add(m.target().name()));
            } else if (s instanceof ListShape l) {
                todo.add(l.member().name());
            } else if (s instanceof MapShape m) {
                todo.add(m.key().name());
                todo.add(m.value().name());
            }
        }
        return seen;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        int i = 2;
        while (taken.contains(n) || isCanonical(n)) {
            n = name + i++;
        }
        taken.add(n);
        return n;
    }

    private static boolean isCanonical(String n) {
        for (ShapeType t : ShapeType.values()) {
            if (t.isSimple() && SimpleShape.canonicalName(t).equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** The name most shapes of a group prefer; ties go to the alphabetically first. */
    private static String groupName(List<String> group, Map<String, String> preferred) {
        Map<String, Integer> votes = new TreeMap<>();
        for (String s : group) {
            String p = preferred.get(s);
            if (p != null && !p.isEmpty()) {
                votes.merge(p, 1, Integer::sum);
            }
        }
        String best = "Shape";
        int count = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    /**
     * Partition refinement: shapes start in one class per kind and split until members that refer to
     * shapes of different classes tell them apart. Pinned shapes (operation roots) stay alone.
     */
    static Map<String, Integer> fold(Map<String, Shape> shapes, Set<String> pinned) {
        Map<String, Integer> classes = new HashMap<>();
        for (String s : shapes.keySet()) {
            classes.put(s, 0);
        }
        int count = -1;
        for (int round = 0; round < 64; round++) {
            Map<String, String> sig = new HashMap<>();
            for (Map.Entry<String, Shape> e : shapes.entrySet()) {
                String s = signature(e.getValue(), classes);
                sig.put(e.getKey(), pinned.contains(e.getKey()) ? "pinned:" + e.getKey() : s);
            }
            List<String> distinct = new ArrayList<>(new TreeSet<>(sig.values()));
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                ids.put(distinct.get(i), i);
            }
            Map<String, Integer> next = new HashMap<>();
            sig.forEach((k, v) -> next.put(k, ids.get(v)));
            classes = next;
            if (distinct.size() == count) {
                break;
            }
            count = distinct.size();
        }
        return classes;
    }

    private static String ref(String target, Map<String, Integer> classes) {
        Integer c = classes.get(target);
        return c == null ? target : "#" + c;
    }

    static String signature(Shape shape, Map<String, Integer> classes) {
        StringBuilder b = new StringBuilder(shape.type().id());
        b.append('|').append(constraints(shape.constraints()));
        if (shape instanceof StructureShape st) {
            b.append("|traits=").append(new TreeSet<>(st.traits()));
            for (Member m : st.members()) {
                b.append("|m:").append(m.name()).append(',').append(m.wireName()).append(',')
                        .append(ref(m.target().name(), classes)).append(',').append(m.required()).append(',')
                        .append(m.location()).append(',').append(new TreeSet<>(m.traits())).append(',')
                        .append(constraints(m.constraints()));
            }
        } else if (shape instanceof ListShape l) {
            b.append("|of:").append(ref(l.member().name(), classes));
        } else if (shape instanceof MapShape m) {
            b.append("|k:").append(ref(m.key().name(), classes)).append("|v:").append(ref(m.value().name(), classes));
        }
        return b.toString();
    }

    private static String constraints(dev.doc2java.model.Constraints c) {
        return c.min() + "," + c.max() + "," + c.pattern() + "," + c.defaultValue() + "," + c.enumNames();
    }

    private static Shape retarget(Shape shape, UnaryOperator<String> to) {
        if (shape instanceof StructureShape st) {
            List<Member> members = new ArrayList<>();
            for (Member m : st.members()) {
                members.add(m.withTarget(to.apply(m.target().name())));
            }
            return st.withMembers(members);
        }
        if (shape instanceof ListShape l) {
            return l.withMember(to.apply(l.member().name()));
        }
        if (shape instanceof MapShape m) {
            return m.withTargets(to.apply(m.key().name()), to.apply(m.value().name()));
        }
        return shape;
    }

    /** The canonical simple shapes ({@code String}, {@code Integer}, ...) that members refer to. */
    private static void addCanonical(TreeMap<String, Shape> shapes) {
        Set<String> referenced = new TreeSet<>();
        for (Shape s : shapes.values()) {
            if (s instanceof StructureShape st) {
                st.members().forEach(m -> referenced.add(m.target().name()));
            } else if (s instanceof ListShape l) {
                referenced.add(l.member().name());
            } else if (s instanceof MapShape m) {
                referenced.add(m.key().name());
                referenced.add(m.value().name());
            }
        }
        for (ShapeType t : ShapeType.values()) {
            if (t.isSimple() && referenced.contains(SimpleShape.canonicalName(t))
                    && !shapes.containsKey(SimpleShape.canonicalName(t))) {
                shapes.put(SimpleShape.canonicalName(t), SimpleShape.canonical(t));
            }
        }
    }
}
