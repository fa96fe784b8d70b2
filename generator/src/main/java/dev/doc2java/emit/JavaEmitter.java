package dev.doc2java.emit;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.model.ServiceModel;
import java.util.List;

/** Runs every emitter over one service: model in, Java files out (sorted by qualified name). No I/O. */
public final class JavaEmitter {

    private JavaEmitter() {
    }

    public static List<JavaFile> emit(ServiceModel model, EmitOptions options) {
        return List.of(); // TODO(issue 2): records, enums, unions, exceptions, client interface
    }
}
