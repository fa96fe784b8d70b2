package dev.doc2java.emit;

import static dev.doc2java.emit.EmitContext.DOCUMENT;
import static dev.doc2java.emit.EmitContext.JSON_DESERIALIZE;
import static dev.doc2java.emit.EmitContext.JSON_VALUE;
import static dev.doc2java.emit.EmitContext.MAP;
import static dev.doc2java.emit.EmitContext.OBJECTS;
import static dev.doc2java.emit.EmitContext.UNION_DESERIALIZER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A tagged union (or the events of an event stream) becomes a sealed interface with one record per
 * member, each written as {@code {"member": value}}, plus {@code Unknown}, which keeps a member name
 * the docs did not list and its raw JSON. Reading goes through the runtime's {@code UnionDeserializer}
 * with the table of known member names.
 */
final class UnionEmitter {

    private UnionEmitter() {
    }

    static JavaFile emit(EmitContext ctx, StructureShape shape) {
        ClassName self = ctx.names().shapeClass(shape.name());
        boolean events = shape.has(ShapeTrait.EVENT_STREAM);
        ClassName deserializer = self.nestedClass("Deserializer");
        ClassName unknown = self.nestedClass("Unknown");
        String doc = Docs.shape(ctx, shape) + "\n\n<p>"
                + (events ? "The events of an event stream: exactly one kind per event."
                          : "A tagged union: exactly one member is set.")
                + " {@link Unknown} keeps a member this version does not know.";
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("$L\n", doc)
                .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
                        .addMember("using", "$T.class", deserializer).build());
        if (shape.has(ShapeTrait.DEPRECATED)) {
            type.addAnnotation(EmitContext.deprecated());
        }
        Map<Member, String> variants = ctx.names().variantNames(shape);
        Map<Member, String> factories = ctx.names().variantFactoryNames(shape);
        List<CodeBlock> table = new ArrayList<>();
        boolean suppress = false;
        for (Member m : shape.members()) {
            ClassName variant = self.nestedClass(variants.get(m));
            TypeName valueType = ctx.typeOf(m.target());
            suppress |= ctx.referencesDeprecated(m.target());
            MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addParameter(ParameterSpec.builder(valueType, "value")
                            .addAnnotation(EmitContext.jsonProperty(m.wireName())).build());
            CodeBlock copy = CollectionCopies.normalize(ctx, m.target(), "value");
            constructor.addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value");
            if (copy != null) {
                constructor.addStatement("value = $L", copy);
            }
            TypeSpec.Builder record = TypeSpec.recordBuilder(variant)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addSuperinterface(self)
                    .addAnnotation(EmitContext.plainDeserialization())
                    .addJavadoc("$L\n\n@param value the value of $L\n",
                            Docs.member(ctx, m), JavadocSanitizer.code(m.wireName()))
                    .recordConstructor(constructor.build());
            if (m.has(MemberTrait.DEPRECATED)) {
                record.addAnnotation(EmitContext.deprecated());
            }
            type.addType(record.build());
            type.addPermittedSubclass(variant);
            MethodSpec.Builder factory = MethodSpec.methodBuilder(factories.get(m))
                    .addJavadoc("A {@code $L} holding {@code value}.\n", variant.simpleName())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                    .addParameter(valueType, "value")
                    .addStatement("return new $T(value)", variant);
            if (m.has(MemberTrait.DEPRECATED)) {
                factory.addAnnotation(EmitContext.deprecated());
            }
            type.addMethod(factory.build());
            table.add(CodeBlock.of("$T.entry($S, $T.class)", MAP, m.wireName(), variant));
        }
        if (suppress) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        type.addType(unknownType(self, unknown));
        type.addPermittedSubclass(unknown);
        type.addType(deserializerType(self, deserializer, unknown, table));
        return ctx.file(type.build(), ctx.sourceOf(shape));
    }

    private static TypeSpec unknownType(ClassName self, ClassName unknown) {
        TypeName json = ParameterizedTypeName.get(MAP, ClassName.get(String.class), DOCUMENT);
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addAnnotation(EmitContext.plainDeserialization())
                .addJavadoc("A member this version does not know, kept as sent.\n\n"
                        + "@param key the member name\n@param value the member's JSON value\n")
                .recordConstructor(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "key")
                        .addParameter(DOCUMENT, "value")
                        .addStatement("$T.requireNonNull(key, $S)", OBJECTS, "key")
                        .addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toJson")
                        .addJavadoc("The JSON form: the one member as it was received.\n")
                        .addAnnotation(JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC).returns(json)
                        .addStatement("return $T.of(key, value)", MAP).build())
                .build();
    }

    private static TypeSpec deserializerType(ClassName self, ClassName deserializer, ClassName unknown,
            List<CodeBlock> table) {
        return TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(UNION_DESERIALIZER, self))
                .addJavadoc("Reads the one member that is set; an unlisted member becomes {@link $T}.\n", unknown)
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addStatement(table.isEmpty() ? "super($T.class, $T.of(), $T::new)"
                                : "super($T.class, $T.ofEntries(\n$L), $T::new)",
                                table.isEmpty() ? new Object[] {self, MAP, unknown}
                                        : new Object[] {self, MAP, CodeBlock.join(table, ",\n"), unknown})
                        .build())
                .build();
    }
}
