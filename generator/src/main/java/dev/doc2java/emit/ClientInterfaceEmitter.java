package dev.doc2java.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.model.ErrorRef;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The service's client interface, {@code <Title>Client}: one method per operation, request record
 * in, response record out ({@code void} or no parameter where the docs show none). Implementations
 * come later and sit on a pluggable {@code dev.doc2java.runtime.Transport}.
 */
final class ClientInterfaceEmitter {

    private ClientInterfaceEmitter() {
    }

    static JavaFile emit(EmitContext ctx) {
        var model = ctx.model();
        String doc = JavadocSanitizer.html(model.documentation());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(ctx.names().clientClass())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", (doc.isEmpty() ? "" : doc + "\n\n")
                        + (doc.isEmpty() ? "" : "<p>") + "The operations of " + JavadocSanitizer.code(model.title())
                        + ". An implementation sends them through a {@code dev.doc2java.runtime.Transport}.");
        boolean suppress = false;
        for (Operation op : model.operations()) {
            type.addMethod(method(ctx, op));
            suppress |= !op.deprecated() && (deprecatedShape(ctx, op.input()) || deprecatedShape(ctx, op.output())
                    || op.errors().stream().anyMatch(e -> e.isShape() && deprecatedShape(ctx, e.shapeId())));
        }
        if (suppress) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        return ctx.file(type.build(), ctx.serviceSource());
    }

    private static MethodSpec method(EmitContext ctx, Operation op) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(ctx.names().operationMethod(op))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
        List<String> tags = new ArrayList<>();
        StringBuilder doc = new StringBuilder(JavadocSanitizer.html(op.documentation()));
        if (op.http() != null) {
            doc.append(doc.length() == 0 ? "" : "\n\n").append("<p>HTTP: <code>")
                    .append(JavadocSanitizer.text(op.http().method() + " " + op.http().uri())).append("</code>");
        }
        if (doc.length() == 0) {
            doc.append("The ").append(JavadocSanitizer.code(op.name())).append(" operation.");
        }
        if (op.input() != null) {
            method.addParameter(ctx.typeOf(op.input()), "request");
            tags.add("@param request the request");
        }
        if (op.output() != null) {
            method.returns(ctx.typeOf(op.output()));
            tags.add("@return the response");
        } else {
            method.returns(TypeName.VOID);
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<ClassName> thrown = new LinkedHashSet<>();
        for (ErrorRef error : op.errors()) {
            if (error.isShape() && ctx.shape(error.shapeId()) instanceof StructureShape s && s.has(ShapeTrait.EXCEPTION)) {
                ClassName exception = ctx.names().shapeClass(s.name());
                if (thrown.add(exception)) {
                    tags.add("@throws " + exception.simpleName() + " " + throwsText(ctx, s));
                }
            } else {
                codes.add(error.name());
            }
        }
        if (!codes.isEmpty()) {
            tags.add("@throws dev.doc2java.runtime.ServiceException with a documented error code: "
                    + String.join(", ", codes.stream().map(JavadocSanitizer::code).toList()));
        }
        if (op.deprecated()) {
            method.addAnnotation(Deprecated.class);
            tags.add("@deprecated the documentation marks this operation deprecated");
        }
        method.addJavadoc("$L\n", Docs.withParams(doc.toString(), String.join("\n", tags)));
        for (ClassName exception : thrown) {
            method.addException(exception);
        }
        return method.build();
    }


    /**
     * The first sentence of the error's documentation, else of the member that holds it (an event
     * stream's error event), else a plain statement.
     */
    private static String throwsText(EmitContext ctx, StructureShape error) {
        String first = JavadocSanitizer.firstSentence(JavadocSanitizer.html(error.documentation()));
        EmitContext.Use use = ctx.firstUse(error.name());
        if (first.isEmpty() && use != null && use.how() == null) {
            first = JavadocSanitizer.firstSentence(JavadocSanitizer.html(use.member().documentation()));
        }
        return first.isEmpty() ? "if the service answers with this error" : first;
    }

    private static boolean deprecatedShape(EmitContext ctx, ShapeId shapeName) {
        return shapeName != null && ctx.referencesDeprecated(shapeName);
    }
}
