package dev.doc2java.emit;

import static dev.doc2java.emit.EmitContext.JSON_CREATOR;
import static dev.doc2java.emit.EmitContext.JSON_VALUE;
import static dev.doc2java.emit.EmitContext.LIST;
import static dev.doc2java.emit.EmitContext.MAP;
import static dev.doc2java.emit.EmitContext.OBJECTS;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * An enumeration becomes an open value class, not a Java {@code enum}: a constant per documented
 * value, and {@code of(value)} that also accepts values the docs did not list (a newer service may
 * send them) and keeps them, like AWS SDK v2's {@code UNKNOWN_TO_SDK_VERSION} and smithy-java's
 * {@code $Unknown} but without losing the value. String and integer enumerations look alike.
 */
final class EnumEmitter {

    private static final List<String> INTERNAL = List.of("KNOWN_VALUES", "BY_VALUE", "value");

    private EnumEmitter() {
    }

    static JavaFile emit(EmitContext ctx, SimpleShape shape) {
        ClassName self = ctx.names().shapeClass(shape.name());
        boolean string = shape.type() == ShapeType.STRING;
        TypeName raw = string ? ClassName.get(String.class) : shape.type() == ShapeType.LONG ? TypeName.LONG : TypeName.INT;
        TypeName boxed = raw.box();
        Map<String, String> constants = ctx.names().enumConstants(shape, INTERNAL);
        Map<String, String> docs = new LinkedHashMap<>();
        for (EnumValue v : shape.constraints().enumValues()) {
            docs.putIfAbsent(v.value(), v.documentation());
        }

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", Docs.shape(ctx, shape) + "\n\n<p>Values the documentation does not list are kept: "
                        + "{@link #of} returns a value with {@link #isKnown()} {@code false}.");
        if (shape.has(ShapeTrait.DEPRECATED)) {
            type.addJavadoc("\n$L\n", Docs.DEPRECATED_TYPE);
            type.addAnnotation(EmitContext.deprecated());
        }
        List<CodeBlock> all = new ArrayList<>();
        Set<String> literals = new HashSet<>();
        for (Map.Entry<String, String> e : constants.entrySet()) {
            CodeBlock literal = literal(e.getKey(), string, raw);
            if (literal == null || !literals.add(literal.toString())) {
                continue; // not an integer, or the same number written twice: the Javadoc lists it
            }
            FieldSpec.Builder field = FieldSpec.builder(self, e.getValue(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($Z$L)", self, literal);
            String doc = JavadocSanitizer.html(docs.get(e.getKey()));
            field.addJavadoc("$L\n", doc.isEmpty() ? JavadocSanitizer.code(e.getKey()) : doc);
            type.addField(field.build());
            all.add(CodeBlock.of("$N", e.getValue()));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, self), "KNOWN_VALUES",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", LIST, CodeBlock.join(all, ",$W")).build());
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(MAP, boxed, self), "BY_VALUE",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("KNOWN_VALUES.stream()$Z.collect($T.toUnmodifiableMap($T::value, $T.identity()))",
                        Collectors.class, self, Function.class).build());
        type.addField(raw, "value", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(raw, "value")
                .addCode(string ? CodeBlock.of("this.value = $T.requireNonNull(value, $S);\n", OBJECTS, "value")
                        : CodeBlock.of("this.value = value;\n"))
                .build());
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for {@code value}, or a new unknown value that keeps it.\n")
                .addAnnotation(AnnotationSpec.builder(JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(raw, "value");
        if (string) {
            of.addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value");
        }
        type.addMethod(of.addStatement("$T known = BY_VALUE.get(value)", self)
                .addStatement("return known != null ? known : new $T(value)", self).build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The value as sent on the wire.\n")
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC).returns(raw)
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether the documentation lists this value.\n")
                .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addStatement("return BY_VALUE.containsKey(value)").build());
        type.addMethod(MethodSpec.methodBuilder("knownValues")
                .addJavadoc("Every documented value, in documentation order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(ParameterizedTypeName.get(LIST, self))
                .addStatement("return KNOWN_VALUES").build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addStatement(string ? "return other instanceof $T o && value.equals(o.value)"
                        : "return other instanceof $T o && value == o.value", self).build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addCode(string ? CodeBlock.of("return value.hashCode();\n") : CodeBlock.of("return $T.hashCode(value);\n", boxed)).build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addCode(string ? CodeBlock.of("return value;\n") : CodeBlock.of("return $T.toString(value);\n", boxed)).build());
        return ctx.file(type.build(), ctx.sourceOf(shape));
    }

    /** The Java literal of one enum value, or null when an integer enum lists a non-integer. */
    private static CodeBlock literal(String value, boolean string, TypeName raw) {
        if (string) {
            return CodeBlock.of("$S", value);
        }
        try {
            if (raw == TypeName.LONG) {
                return CodeBlock.of("$LL", Long.parseLong(value.strip()));
            }
            return CodeBlock.of("$L", Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
