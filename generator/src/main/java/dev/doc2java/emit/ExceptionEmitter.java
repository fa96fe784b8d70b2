package dev.doc2java.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.StructureShape;
import dev.doc2java.emit.StructureEmitter.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * A documented error becomes an unchecked exception extending the runtime's
 * {@code ServiceException}, with {@code ERROR_CODE} (the error's name), a constructor taking the
 * message and the other members, and an accessor per member. A {@code message} member is the
 * exception's message. Jackson reads an error body into it through the constructor; error bodies
 * carry envelope keys ({@code __type}, {@code code}), so unknown keys are ignored here, unlike records.
 */
final class ExceptionEmitter {

    private ExceptionEmitter() {
    }

    static JavaFile emit(EmitContext ctx, StructureShape shape) {
        ClassName self = ctx.names().shapeClass(shape.name());
        List<Component> components = StructureEmitter.components(ctx, shape, true);
        StringBuilder params = new StringBuilder("\n@param message the error message, or {@code null}");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(EmitContext.JSON_IGNORE_PROPERTIES)
                        .addMember("ignoreUnknown", "true").build())
                .superclass(EmitContext.SERVICE_EXCEPTION)
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(FieldSpec.builder(String.class, "ERROR_CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The error's name as documented.\n")
                        .initializer("$S", shape.name()).build());
        if (shape.has(ShapeTrait.DEPRECATED)) {
            type.addAnnotation(EmitContext.deprecated());
        }
        StructureEmitter.addDeprecationSuppression(ctx, type, components);
        String messageWireName = components.stream().filter(c -> isMessage(ctx, c))
                .map(c -> c.member().wireName()).findFirst()
                .orElseGet(() -> freeMessageKey(components));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addAnnotation(EmitContext.JSON_CREATOR)
                .addParameter(ParameterSpec.builder(String.class, "message")
                        .addAnnotation(EmitContext.jsonProperty(messageWireName)).build())
                .addStatement("super(ERROR_CODE, message)");
        List<MethodSpec> accessors = new ArrayList<>();
        for (Component c : components) {
            if (isMessage(ctx, c)) {
                continue;
            }
            String doc = Docs.member(ctx, c.member());
            String param = Docs.param(ctx, c.member());
            if (!param.isEmpty()) {
                params.append("\n@param ").append(c.name()).append(' ').append(param);
            }
            type.addField(FieldSpec.builder(c.type(), c.name(), Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addParameter(ParameterSpec.builder(c.type(), c.name())
                    .addAnnotation(EmitContext.jsonProperty(c.member().wireName())).build());
            CodeBlock copy = CollectionCopies.normalize(ctx, c.member().target(), c.name());
            constructor.addStatement("this.$N = $L", c.name(), copy != null ? copy : CodeBlock.of("$N", c.name()));
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(c.name())
                    .addJavadoc("$L\n\n@return the $L member\n", doc, JavadocSanitizer.code(c.member().wireName()))
                    .addModifiers(Modifier.PUBLIC).returns(c.type())
                    .addStatement("return $N", c.name());
            if (c.member().has(MemberTrait.DEPRECATED)) {
                accessor.addJavadoc("@deprecated $L\n", StructureEmitter.DEPRECATED_MEMBER)
                        .addAnnotation(EmitContext.deprecated());
            }
            accessors.add(accessor.build());
        }
        type.addJavadoc("$L\n", Docs.shape(ctx, shape));
        if (shape.has(ShapeTrait.DEPRECATED)) {
            type.addJavadoc("\n$L\n", Docs.DEPRECATED_TYPE);
        }
        type.addMethod(constructor.addJavadoc("$L\n", params.toString().strip()).build());
        type.addMethods(accessors);
        return ctx.file(type.build(), ctx.sourceOf(shape));
    }

    /** The JSON key of the message when no member holds it: {@code message}, unless a member already uses it. */
    private static String freeMessageKey(List<Component> components) {
        for (String key : List.of("message", "Message", "errorMessage", "error_msg")) {
            if (components.stream().noneMatch(c -> c.member().wireName().equals(key))) {
                return key;
            }
        }
        return "doc2java.message";
    }

    /** A member called {@code message} (any case) holding a string is the exception message. */
    private static boolean isMessage(EmitContext ctx, Component c) {
        var target = ctx.shape(c.member().target());
        return c.member().name().toLowerCase(Locale.ROOT).equals("message")
                && target.type() == ShapeType.STRING
                && c.type().equals(ClassName.get(String.class));
    }
}
