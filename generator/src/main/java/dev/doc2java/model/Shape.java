package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.Set;

/**
 * A named type in the model. Names are unique within a {@link ServiceModel} and read well in Java
 * (PascalCase); where the docs name no shape, the reader chooses one deterministically.
 */
public sealed interface Shape permits StructureShape, ListShape, MapShape, SimpleShape {

    String name();

    /** How other shapes refer to this one. */
    default ShapeId id() {
        return ShapeId.of(name());
    }

    ShapeType type();

    /** HTML fragment, see {@link Member#documentation()}. */
    String documentation();

    Constraints constraints();

    Set<ShapeTrait> traits();

    SourceLocation source();

    default boolean has(ShapeTrait trait) {
        return traits().contains(trait);
    }

    /** The same shape under another name. */
    Shape withName(String newName);
}
