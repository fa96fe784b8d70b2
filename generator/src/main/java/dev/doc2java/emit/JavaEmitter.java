package dev.doc2java.emit;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every emitter over one service: model in, Java files out (sorted by qualified name). No I/O. */
public final class JavaEmitter {

    private JavaEmitter() {
    }

    public static List<JavaFile> emit(ServiceModel model, EmitOptions options) {
        EmitContext ctx = new EmitContext(model, new JavaNames(model, options.packageName()));
        List<JavaFile> files = new ArrayList<>();
        for (Shape shape : model.shapes().values()) {
            if (shape instanceof StructureShape s) {
                if (s.has(ShapeTrait.EXCEPTION)) {
                    files.add(ExceptionEmitter.emit(ctx, s));
                } else if (s.isUnion() || s.has(ShapeTrait.EVENT_STREAM)) {
                    files.add(UnionEmitter.emit(ctx, s));
                } else {
                    files.add(StructureEmitter.emit(ctx, s));
                }
            } else if (shape instanceof SimpleShape s && EmitContext.hasOwnType(s)) {
                files.add(EnumEmitter.emit(ctx, s));
            }
        }
        files.add(ClientInterfaceEmitter.emit(ctx));
        files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
        return List.copyOf(files);
    }
}
