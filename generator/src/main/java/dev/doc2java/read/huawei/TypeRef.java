package dev.doc2java.read.huawei;

import dev.doc2java.model.ShapeType;

/**
 * What a Type cell says, before nested tables are looked up.
 *
 * @param kind scalar, object, array or map
 * @param scalar the simple type for {@link Kind#SCALAR}, else {@code null}
 * @param objectName the object's name as written ({@code PortRange} in {@code Array of PortRange objects}),
 *     or {@code null} for a plain {@code Object}
 * @param element the element type of an array or the value type of a map; {@code null} when the cell
 *     does not say ({@code Array}, {@code List})
 * @param guessed whether the cell was not understood exactly (a misspelling, two types at once)
 * @param written the cell as written
 */
record TypeRef(Kind kind, ShapeType scalar, String objectName, TypeRef element, boolean guessed, String written) {

    enum Kind { SCALAR, OBJECT, ARRAY, MAP }

    static TypeRef scalar(ShapeType type, String written) {
        return new TypeRef(Kind.SCALAR, type, null, null, false, written);
    }

    static TypeRef object(String name, String written) {
        return new TypeRef(Kind.OBJECT, null, name, null, false, written);
    }

    static TypeRef array(TypeRef element, String written) {
        return new TypeRef(Kind.ARRAY, null, null, element, element != null && element.guessed, written);
    }

    static TypeRef map(TypeRef value, String written) {
        return new TypeRef(Kind.MAP, null, null, value, value != null && value.guessed, written);
    }

    TypeRef asGuess() {
        return new TypeRef(kind, scalar, objectName, element, true, written);
    }

    /** The innermost non-array, non-map type (the type itself for scalars and objects). */
    TypeRef leaf() {
        TypeRef t = this;
        while ((t.kind == Kind.ARRAY || t.kind == Kind.MAP) && t.element != null) {
            t = t.element;
        }
        return t;
    }

    boolean isScalar(ShapeType type) {
        return kind == Kind.SCALAR && scalar == type;
    }
}
