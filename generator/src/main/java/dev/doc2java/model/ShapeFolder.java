package dev.doc2java.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds structurally identical shapes into one and gives every shape a readable name. Readers of
 * docs that name no shapes (boto3 pages) first make one shape per occurrence, then call this.
 *
 * <p>Two shapes are identical when they have the same kind, member names and order, required
 * flags, traits, constraints and (recursively) identical targets; documentation does not count.
 * Exceptions ({@link ShapeTrait#EXCEPTION}) are identical only when they also want the same name.
 * Recursive shapes are compared by partition refinement, so identical cycles fold too.
 *
 * <p>Some shapes are <em>vague</em>: the docs did not show their required flags (boto3 response
 * structures), or not even their union marks (a section the page did not render). A vague shape
 * that is identical to exactly one informative shape once the unknown facts are ignored is folded
 * into that shape.
 *
 * <p>Naming: every class of identical shapes takes the most frequent suggested name of its shapes
 * (ties: alphabetical), except that a list or map of plain scalars wanted under several names is
 * named after what it holds ({@code StringMap}); where two classes want one name, the one whose first shape comes first in
 * the input order keeps it and the others get {@code 2}, {@code 3}, ... Pinned shapes (operation
 * inputs and outputs, errors, canonical scalars) keep their names and are never folded. The
 * result depends only on the input order of {@code shapes}, which callers make deterministic.
 */
public final class ShapeFolder {

    /** What {@link #fold} made: the folded shapes (reachable from the pinned ones) by name. */
    public record Result(TreeMap<String, Shape> shapes, Map<String, String> names) {
    }

    private ShapeFolder() {
    }

    /** {@link #fold(LinkedHashMap, Map, Set, Set, Set)} where every union mark is known. */
    public static Result fold(LinkedHashMap<String, Shape> shapes, Map<String, String> suggestions,
            Set<String> pinned, Set<String> vague) {
        return fold(shapes, suggestions, pinned, vague, Set.of());
    }

    /**
     * @param shapes every shape by its provisional name, in a deterministic order
     * @param suggestions the readable name wanted for each provisional name
     * @param pinned names that stay as they are (and roots of reachability)
     * @param vague shapes whose required flags the docs did not show
     * @param unionUnknown vague shapes whose union marks the docs did not show either
     */
    public static Result fold(LinkedHashMap<String, Shape> shapes, Map<String, String> suggestions,
            Set<String> pinned, Set<String> vague, Set<String> unionUnknown) {
        return fold(shapes, suggestions, Map.of(), pinned, vague, unionUnknown);
    }

    /**
     * As {@link #fold(LinkedHashMap, Map, Set, Set, Set)}, with a second, qualified name per shape
     * ({@code TargetStatus} beside {@code Status}) used when several classes want the same name.
     */
    public static Result fold(LinkedHashMap<String, Shape> shapes, Map<String, String> suggestions,
            Map<String, String> qualified, Set<String> pinned, Set<String> vague, Set<String> unionUnknown) {
        List<String> order = new ArrayList<>(shapes.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int n = order.size();
        int[][] targets = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> t = targets(shapes.get(order.get(i)));
            targets[i] = new int[t.size()];
            for (int j = 0; j < t.size(); j++) {
                Integer k = index.get(t.get(j));
                if (k == null) {
                    throw new IllegalArgumentException("shape " + order.get(i) + " refers to unknown " + t.get(j));
                }
                targets[i][j] = k;
            }
        }
        String[] loose = new String[n];
        String[] unionOnly = new String[n];
        String[] strict = new String[n];
        for (int i = 0; i < n; i++) {
            String name = order.get(i);
            Shape s = shapes.get(name);
            boolean pin = pinned.contains(name);
            // Exceptions are told apart by name: two errors with the same members are still two errors.
            String error = s.traits().contains(ShapeTrait.EXCEPTION) ? "!" + suggestions.getOrDefault(name, name) : "";
            loose[i] = pin ? "#" + name : label(s, false, false) + error;
            unionOnly[i] = pin ? "#" + name : label(s, false, true) + error;
            strict[i] = pin ? "#" + name : label(s, true, true) + error;
        }
        int[] a = refine(loose, targets);
        int[] u = refine(unionOnly, targets);
        int[] b = refine(strict, targets);
        // Classes (of b) by what the docs showed about their shapes.
        Map<Integer, Boolean> informative = new HashMap<>();
        Map<Integer, Boolean> allUnionUnknown = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String name = order.get(i);
            informative.merge(b[i], !vague.contains(name), Boolean::logicalOr);
            allUnionUnknown.merge(b[i], unionUnknown.contains(name), Boolean::logicalAnd);
        }
        // Step 1: a vague class whose union marks are known joins the one informative class that
        // agrees with it on everything but required flags.
        Map<Integer, Set<Integer>> informativeByU = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (informative.get(b[i])) {
                informativeByU.computeIfAbsent(u[i], k -> new LinkedHashSet<>()).add(b[i]);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            int cls = b[i];
            if (!informative.get(cls) && !allUnionUnknown.get(cls)) {
                Set<Integer> inf = informativeByU.get(u[i]);
                if (inf != null && inf.size() == 1) {
                    cls = inf.iterator().next();
                }
            }
            parent[i] = cls;
        }
        // Step 2: a class whose union marks are unknown joins the one better-known class that agrees
        // with it on everything but required flags and union marks (informative ones first).
        Map<Integer, Set<Integer>> knownByA = new HashMap<>();
        Map<Integer, Set<Integer>> informativeByA = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!allUnionUnknown.get(b[i])) {
                knownByA.computeIfAbsent(a[i], k -> new LinkedHashSet<>()).add(parent[i]);
                if (informative.get(b[i])) {
                    informativeByA.computeIfAbsent(a[i], k -> new LinkedHashSet<>()).add(parent[i]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (allUnionUnknown.get(b[i])) {
                Set<Integer> inf = informativeByA.get(a[i]);
                Set<Integer> known = knownByA.get(a[i]);
                if (inf != null && inf.size() == 1) {
                    parent[i] = inf.iterator().next();
                } else if (inf == null && known != null && known.size() == 1) {
                    parent[i] = known.iterator().next();
                }
            }
        }
        // Representative of each final class: first informative member in order, else first.
        Map<Integer, List<Integer>> classes = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            classes.computeIfAbsent(parent[i], k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> rep = new HashMap<>();
        classes.forEach((cls, members) -> {
            int r = members.get(0);
            for (int m : members) {
                if (!vague.contains(order.get(m))) {
                    r = m;
                    break;
                }
            }
            rep.put(cls, r);
        });
        // Names.
        Map<Integer, String> finalName = new HashMap<>();
        Set<String> used = new LinkedHashSet<>(pinned);
        List<Integer> classOrder = new ArrayList<>(classes.keySet());
        Map<Integer, String> wanted = new HashMap<>();
        for (int cls : classOrder) {
            List<Integer> members = classes.get(cls);
            String pin = null;
            for (int m : members) {
                if (pinned.contains(order.get(m))) {
                    pin = order.get(m);
                }
            }
            if (pin != null) {
                finalName.put(cls, pin);
                continue;
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (int m : members) {
                counts.merge(suggestions.getOrDefault(order.get(m), order.get(m)), 1, Integer::sum);
            }
            String best = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            String neutral = counts.size() > 1 ? neutralName(shapes.get(order.get(members.get(0))), shapes, pinned) : null;
            wanted.put(cls, neutral != null ? neutral : best);
        }
        List<Integer> toName = new ArrayList<>(wanted.keySet());
        toName.sort(Comparator.comparing((Integer c) -> wanted.get(c)).thenComparing(c -> classes.get(c).get(0)));
        Map<String, Integer> demand = new HashMap<>();
        for (int cls : toName) {
            demand.merge(wanted.get(cls), 1, Integer::sum);
        }
        Map<String, Integer> qualifiedDemand = new HashMap<>();
        Map<Integer, String> second = new HashMap<>();
        for (int cls : toName) {
            if (demand.get(wanted.get(cls)) > 1 || used.contains(wanted.get(cls))) {
                String q = mostFrequent(classes.get(cls), order, qualified);
                if (q != null) {
                    second.put(cls, q);
                    qualifiedDemand.merge(q, 1, Integer::sum);
                }
            }
        }
        boolean firstOfName = true;
        String previous = null;
        for (int cls : toName) {
            String base = wanted.get(cls);
            firstOfName = !base.equals(previous);
            previous = base;
            String name = base;
            String q = second.get(cls);
            if ((!firstOfName || used.contains(base)) && q != null && qualifiedDemand.get(q) == 1 && !used.contains(q)) {
                name = q;
            }
            for (int k = 2; used.contains(name); k++) {
                name = base + k;
            }
            used.add(name);
            finalName.put(cls, name);
        }
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            names.put(order.get(i), finalName.get(parent[i]));
        }
        // Build the folded shapes from the representatives, reachable from the pinned shapes.
        TreeMap<String, Shape> out = new TreeMap<>();
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (pinned.contains(order.get(i))) {
                work.add(rep.get(parent[i]));
            }
        }
        while (!work.isEmpty()) {
            int r = work.poll();
            String name = finalName.get(parent[r]);
            if (out.containsKey(name)) {
                continue;
            }
            List<Integer> members = classes.get(parent[r]);
            Shape folded = rewrite(shapes.get(order.get(r)), name, names, members.stream().map(order::get).map(shapes::get).toList());
            out.put(name, folded);
            for (int t : targets[r]) {
                work.add(rep.get(parent[t]));
            }
        }
        markRecursive(out);
        return new Result(out, names);
    }

    /**
     * A name that says only what a list or map of plain scalars holds ({@code StringList},
     * {@code StringMap}, {@code StringIntegerMap}), or null. Used where one folded shape serves
     * members with different names, so that no one member names it for the others.
     */
    private static String neutralName(Shape s, Map<String, Shape> shapes, Set<String> pinned) {
        if (s instanceof ListShape l && plainScalar(l.member().name(), shapes, pinned)) {
            return l.member().name() + "List";
        }
        if (s instanceof MapShape m && plainScalar(m.key().name(), shapes, pinned)
                && plainScalar(m.value().name(), shapes, pinned)) {
            String key = m.key().name();
            String value = m.value().name();
            return (key.equals(value) ? key : key + value) + "Map";
        }
        return null;
    }

    private static boolean plainScalar(String name, Map<String, Shape> shapes, Set<String> pinned) {
        return pinned.contains(name) && shapes.get(name) instanceof SimpleShape s
                && name.equals(SimpleShape.canonicalName(s.type()));
    }

    private static String mostFrequent(List<Integer> members, List<String> order, Map<String, String> names) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int m : members) {
            String q = names.get(order.get(m));
            if (q != null) {
                counts.merge(q, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static List<String> targets(Shape s) {
        if (s instanceof StructureShape st) {
            return st.members().stream().map(m -> m.target().name()).toList();
        }
        if (s instanceof ListShape l) {
            return List.of(l.member().name());
        }
        if (s instanceof MapShape m) {
            return List.of(m.key().name(), m.value().name());
        }
        return List.of();
    }

    private static String label(Shape s, boolean strict, boolean withUnion) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.type().id()).append('|');
        EnumSet<ShapeTrait> traits = s.traits().isEmpty() ? EnumSet.noneOf(ShapeTrait.class) : EnumSet.copyOf(s.traits());
        traits.remove(ShapeTrait.RECURSIVE);
        if (!withUnion) {
            traits.remove(ShapeTrait.UNION);
        }
        sb.append(traits).append('|');
        constraints(sb, s.constraints());
        if (s instanceof StructureShape st) {
            for (Member m : st.members()) {
                sb.append('\u0001').append(m.name());
                if (strict && m.required()) {
                    sb.append("!");
                }
                sb.append(new java.util.TreeSet<>(m.traits())).append(m.location());
                if (!m.wireName().equals(m.name())) {
                    sb.append('=').append(m.wireName());
                }
                constraints(sb, m.constraints());
            }
        }
        return sb.toString();
    }

    private static void constraints(StringBuilder sb, Constraints c) {
        sb.append('[').append(c.min()).append(',').append(c.max()).append(',').append(c.pattern())
                .append(',').append(c.defaultValue()).append(',').append(c.enumNames()).append(']');
    }

    /** Partition refinement: the coarsest classes where equal labels and equal target classes agree. */
    private static int[] refine(String[] labels, int[][] targets) {
        int n = labels.length;
        int[] cls = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cls[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
        }
        int count = ids.size();
        while (true) {
            Map<String, Integer> next = new HashMap<>();
            int[] ncls = new int[n];
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder().append(cls[i]);
                for (int t : targets[i]) {
                    sb.append(',').append(cls[t]);
                }
                ncls[i] = next.computeIfAbsent(sb.toString(), k -> next.size());
            }
            int ncount = next.size();
            cls = ncls;
            if (ncount == count) {
                return cls;
            }
            count = ncount;
        }
    }

    private static Shape rewrite(Shape s, String name, Map<String, String> names, List<Shape> sameClass) {
        String doc = s.documentation();
        if (doc.isEmpty()) {
            for (Shape o : sameClass) {
                if (!o.documentation().isEmpty()) {
                    doc = o.documentation();
                    break;
                }
            }
        }
        if (s instanceof StructureShape st) {
            List<Member> members = new ArrayList<>();
            for (Member m : st.members()) {
                Member nm = m.withTarget(names.get(m.target().name()));
                if (nm.documentation().isEmpty()) {
                    for (Shape o : sameClass) {
                        if (o instanceof StructureShape os) {
                            var om = os.member(m.name());
                            if (om.isPresent() && !om.get().documentation().isEmpty()) {
                                nm = nm.withDocumentation(om.get().documentation());
                                break;
                            }
                        }
                    }
                }
                members.add(nm);
            }
            return new StructureShape(name, members, doc, st.traits(), st.source());
        }
        if (s instanceof ListShape l) {
            return new ListShape(name, names.get(l.member().name()), doc, l.constraints(), l.traits(), l.source());
        }
        if (s instanceof MapShape m) {
            return new MapShape(name, names.get(m.key().name()), names.get(m.value().name()), doc, m.constraints(), m.traits(), m.source());
        }
        SimpleShape x = (SimpleShape) s;
        return new SimpleShape(name, x.type(), doc, x.constraints(), x.traits(), x.source());
    }

    /** Adds {@link ShapeTrait#RECURSIVE} to every shape on a reference cycle (Tarjan's strongly connected components). */
    private static void markRecursive(TreeMap<String, Shape> shapes) {
        List<String> names = new ArrayList<>(shapes.keySet());
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            idx.put(names.get(i), i);
        }
        int n = names.size();
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = targets(shapes.get(names.get(i))).stream().filter(idx::containsKey).mapToInt(idx::get).toArray();
        }
        int[] low = new int[n];
        int[] num = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(num, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] counter = {0};
        boolean[] recursive = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (num[s] >= 0) {
                continue;
            }
            // Iterative Tarjan.
            Deque<int[]> call = new ArrayDeque<>();
            call.push(new int[] {s, 0});
            num[s] = low[s] = counter[0]++;
            stack.push(s);
            onStack[s] = true;
            while (!call.isEmpty()) {
                int[] frame = call.peek();
                int v = frame[0];
                if (frame[1] < adj[v].length) {
                    int w = adj[v][frame[1]++];
                    if (w == v) {
                        recursive[v] = true;
                    }
                    if (num[w] < 0) {
                        num[w] = low[w] = counter[0]++;
                        stack.push(w);
                        onStack[w] = true;
                        call.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], num[w]);
                    }
                } else {
                    call.pop();
                    if (!call.isEmpty()) {
                        int u = call.peek()[0];
                        low[u] = Math.min(low[u], low[v]);
                    }
                    if (low[v] == num[v]) {
                        List<Integer> comp = new ArrayList<>();
                        int w;
                        do {
                            w = stack.pop();
                            onStack[w] = false;
                            comp.add(w);
                        } while (w != v);
                        if (comp.size() > 1) {
                            for (int c : comp) {
                                recursive[c] = true;
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (recursive[i]) {
                Shape s = shapes.get(names.get(i));
                shapes.put(names.get(i), withTrait(s, ShapeTrait.RECURSIVE));
            }
        }
    }

    private static Shape withTrait(Shape s, ShapeTrait t) {
        EnumSet<ShapeTrait> traits = s.traits().isEmpty() ? EnumSet.noneOf(ShapeTrait.class) : EnumSet.copyOf(s.traits());
        traits.add(t);
        if (s instanceof StructureShape st) {
            return new StructureShape(st.name(), st.members(), st.documentation(), traits, st.source());
        }
        if (s instanceof ListShape l) {
            return new ListShape(l.name(), l.member(), l.documentation(), l.constraints(), traits, l.source());
        }
        if (s instanceof MapShape m) {
            return new MapShape(m.name(), m.key(), m.value(), m.documentation(), m.constraints(), traits, m.source());
        }
        SimpleShape x = (SimpleShape) s;
        return new SimpleShape(x.name(), x.type(), x.documentation(), x.constraints(), traits, x.source());
    }
}
