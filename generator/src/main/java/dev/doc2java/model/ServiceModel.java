package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything doc2java understood about one service: the only thing readers and emitters share.
 * Operations are kept sorted by name and shapes by name, so the model is deterministic whatever
 * order the pages were read in.
 *
 * @param id boto3 client name ({@code vpc-lattice}) or Huawei service id ({@code elb})
 * @param title the service's name as the pages give it ({@code VPCLattice})
 */
public record ServiceModel(
        String id,
        String title,
        Flavor flavor,
        String documentation,
        List<Operation> operations,
        SortedMap<String, Shape> shapes,
        SourceLocation source) {

    public ServiceModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(flavor, "flavor");
        documentation = documentation == null ? "" : documentation;
        operations = operations.stream().sorted(Comparator.comparing(Operation::name)).toList();
        TreeMap<String, Shape> copy = new TreeMap<>();
        for (Map.Entry<String, Shape> e : shapes.entrySet()) {
            if (!e.getKey().equals(e.getValue().name())) {
                throw new IllegalArgumentException("shape key " + e.getKey() + " != name " + e.getValue().name());
            }
            copy.put(e.getKey(), e.getValue());
        }
        shapes = Collections.unmodifiableSortedMap(copy);
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    public Optional<Shape> shape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }

    public Optional<Shape> shape(ShapeId id) {
        return shape(id.name());
    }

    /**
     * The shape referred to. A model that passed {@link ModelValidator} has no dangling reference, so
     * this failing is a bug in doc2java, never a problem of a page.
     */
    public Shape require(ShapeId id) {
        return require(id.name());
    }

    /** The shape with this name; fails loudly when a reader left a dangling reference. */
    public Shape require(String name) {
        Shape s = shapes.get(name);
        if (s == null) {
            throw new IllegalStateException("model of " + id + " has no shape " + name);
        }
        return s;
    }

    public ServiceModel withShapes(Map<String, Shape> newShapes) {
        return new ServiceModel(id, title, flavor, documentation, operations, new TreeMap<>(newShapes), source);
    }

    public ServiceModel withOperations(List<Operation> newOperations) {
        return new ServiceModel(id, title, flavor, documentation, newOperations, shapes, source);
    }
}
