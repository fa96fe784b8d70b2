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
import com.palantir.javapoet.TypeVariableName;
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
 * the docs did not list and its raw JSON. A nested {@code Visitor<R>} with one {@code visitX} method
 * per member and {@code visitUnknown}, and {@code accept(Visitor)} on every variant, give an exhaustive
 * dispatch that compiles on Java 17 (a pattern {@code switch} over a sealed type needs Java 21). Reading goes through the runtime's {@code UnionDeserializer}
 * with the table of known member names.
 *
 * <p>Naming: a variant record is always the member name followed by {@code Member}
 * ({@code card} -> {@code Payment.CardMember}, {@code internalServerException} ->
 * {@code Body.InternalServerExceptionMember}), the convention of smithy-java's unions. It is applied to
 * every variant, not only where a name would clash, so a variant never shadows a top-level type of the
 * package (a union member {@code forward} holding the top-level {@code Forward} record) and its name can
 * be predicted from the documentation alone. {@link JavaNames#variantNames} allocates the names.
 */
final class UnionEmitter {

    private UnionEmitter() {
    }

    static JavaFile emit(EmitContext ctx, StructureShape shape) {
        ClassName self = ctx.names().shapeClass(shape.name());
        boolean events = shape.has(ShapeTrait.EVENT_STREAM);
        ClassName deserializer = self.nestedClass("Deserializer");
        ClassName unknown = self.nestedClass("Unknown");
        ClassName visitorName = self.nestedClass("Visitor");
        TypeVariableName r = TypeVariableName.get("R");
        TypeName visitor = ParameterizedTypeName.get(visitorName, r);
        String doc = Docs.shape(ctx, shape) + "\n\n<p>"
                + (events ? "The events of an event stream: exactly one kind per event."
                          : "A tagged union: exactly one member is set.")
                + " {@link Unknown} keeps a member this version does not know. {@link #accept(Visitor)} dispatches"
                + " on the variant, with one method per member and one for an unknown member: the compiler checks"
                + " that every case is handled (on Java 17 too, where a {@code switch} over the variants cannot).";
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("$L\n", doc)
                .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
                        .addMember("using", "$T.class", deserializer).build());
        if (shape.has(ShapeTrait.DEPRECATED)) {
            type.addJavadoc("\n$L\n", Docs.DEPRECATED_TYPE);
            type.addAnnotation(EmitContext.deprecated());
        }
        Map<Member, String> variants = ctx.names().variantNames(shape);
        Map<Member, String> factories = ctx.names().variantFactoryNames(shape);
        Map<Member, String> visits = ctx.names().visitorMethodNames(shape);
        TypeSpec.Builder visitorType = TypeSpec.interfaceBuilder(visitorName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(r)
                .addJavadoc("What to do with each variant of {@link $T}, for {@link $T#accept(Visitor)}.\n\n"
                        + "@param <R> what the visit returns ({@link Void} for nothing)\n", self, self);
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
                    .addJavadoc("$L\n\n@param value the value of $L\n$L",
                            variantDoc(ctx, m, events), JavadocSanitizer.code(m.wireName()), deprecatedTag(m))
                    .recordConstructor(constructor.build())
                    .addMethod(accept(r, visitor, CodeBlock.of("return visitor.$N(value)", visits.get(m))));
            if (m.has(MemberTrait.DEPRECATED)) {
                record.addAnnotation(EmitContext.deprecated());
            }
            visitorType.addMethod(MethodSpec.methodBuilder(visits.get(m))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("Visits {@link $T}.\n\n@param value its value\n@return what the visit gives\n", variant)
                    .returns(r)
                    .addParameter(valueType, "value")
                    .build());
            type.addType(record.build());
            MethodSpec.Builder factory = MethodSpec.methodBuilder(factories.get(m))
                    .addJavadoc("$L {@code $L} holding {@code value}.\n$L", Docs.article(variant.simpleName()),
                            variant.simpleName(),
                            m.has(MemberTrait.DEPRECATED) ? "\n" + deprecatedTag(m) : "")
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
        // No permits clause: the permitted records are the nested ones, which javac infers from this
        // file (JLS 8.1.6), and a long list would not wrap.
        visitorType.addMethod(MethodSpec.methodBuilder("visitUnknown")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Visits a member this version does not know.\n\n@param unknown its name and JSON value\n"
                        + "@return what the visit gives\n")
                .returns(r)
                .addParameter(unknown, "unknown")
                .build());
        type.addMethod(MethodSpec.methodBuilder("accept")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(r)
                .addJavadoc("Calls the method of {@code visitor} for this variant.\n\n@param visitor what to do with each"
                        + " variant\n@param <R> what the visit returns\n@return what the visit gave\n")
                .returns(r)
                .addParameter(visitor, "visitor")
                .build());
        type.addType(visitorType.build());
        type.addType(unknownType(self, unknown, accept(r, visitor, CodeBlock.of("return visitor.visitUnknown(this)"))));
        type.addType(deserializerType(self, deserializer, unknown, table));
        return ctx.file(type.build(), ctx.sourceOf(shape));
    }

    /** The member's documentation, else "The {@code card} member." / "The {@code arrived} event." */
    private static String variantDoc(EmitContext ctx, Member m, boolean events) {
        String doc = Docs.param(ctx, m);
        return !doc.isEmpty() ? doc
                : "The " + JavadocSanitizer.code(m.wireName()) + (events ? " event." : " member.");
    }

    private static String deprecatedTag(Member m) {
        return m.has(MemberTrait.DEPRECATED) ? "@deprecated " + StructureEmitter.DEPRECATED_MEMBER + "\n" : "";
    }

    /** A variant's {@code accept}: {@code body} calls the visitor's method for it. */
    private static MethodSpec accept(TypeVariableName r, TypeName visitor, CodeBlock body) {
        return MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(visitor, "visitor")
                .addStatement(body)
                .build();
    }

    private static TypeSpec unknownType(ClassName self, ClassName unknown, MethodSpec accept) {
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
                .addMethod(accept)
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
