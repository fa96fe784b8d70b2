package dev.doc2java.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.doc2java.model.ShapeId;

/**
 * The expressions that make a list or map component immutable and never null. An unset collection
 * becomes the runtime's auto-constructed empty one, which the JSON leaves out; a collection set to
 * empty stays a different object and is sent as {@code []} or {@code {}} (AWS SDK v2's
 * {@code SdkAutoConstructList} behaviour).
 */
final class CollectionCopies {

    static final ClassName AUTO_CONSTRUCT = ClassName.get(EmitContext.RUNTIME, "AutoConstruct");

    private CollectionCopies() {
    }

    /** {@code null} when the shape is not a collection. Maps keep their order (no {@code Map.copyOf}). */
    static CodeBlock normalize(EmitContext ctx, ShapeId shapeName, String variable) {
        if (ctx.isList(shapeName)) {
            return CodeBlock.of("$T.list($N)", AUTO_CONSTRUCT, variable);
        }
        if (ctx.isMap(shapeName)) {
            return CodeBlock.of("$T.map($N)", AUTO_CONSTRUCT, variable);
        }
        return null;
    }
}
