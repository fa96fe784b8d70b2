package dev.doc2java.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/** The expressions that make a list or map component immutable and never null. */
final class CollectionCopies {

    private static final ClassName JAVA_COLLECTIONS = ClassName.get("java.util", "Collections");
    private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

    private CollectionCopies() {
    }

    /** {@code null} when the shape is not a collection. Maps keep their order (no {@code Map.copyOf}). */
    static CodeBlock normalize(EmitContext ctx, String shapeName, String variable) {
        if (ctx.isList(shapeName)) {
            return CodeBlock.of("$N == null ? $T.of()$W: $T.copyOf($N)",
                    variable, EmitContext.LIST, EmitContext.LIST, variable);
        }
        if (ctx.isMap(shapeName)) {
            return CodeBlock.of("$N == null ? $T.of()$W: $T.unmodifiableMap(new $T<>($N))",
                    variable, EmitContext.MAP, JAVA_COLLECTIONS, LINKED_HASH_MAP, variable);
        }
        return null;
    }
}
