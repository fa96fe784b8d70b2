package dev.doc2java.emit;

import static dev.doc2java.emit.EmitContext.HTTP_PARAM;
import static dev.doc2java.emit.EmitContext.JSON_IGNORE;
import static dev.doc2java.emit.EmitContext.JSON_INCLUDE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.model.Location;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A structure becomes a record: one component per member (wire names in {@code @JsonProperty}),
 * collections never null and immutable, a {@code Builder}, {@code builder()} and {@code toBuilder()}.
 * Members bound to the path, query or headers, and a payload member (the whole HTTP body), are
 * {@code @JsonIgnore}d and carry {@code @HttpParam}; the record's JSON is the rest of the body.
 * Authentication members are left to the transport.
 */
final class StructureEmitter {

    private StructureEmitter() {
    }

    /** One component of the record. */
    record Component(Member member, String name, TypeName type) {
    }

    static JavaFile emit(EmitContext ctx, StructureShape shape) {
        ClassName self = ctx.names().shapeClass(shape.name());
        List<Component> components = components(ctx, shape, false);

        StringBuilder params = new StringBuilder();
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Component c : components) {
            constructor.addParameter(ParameterSpec.builder(c.type(), c.name())
                    .addAnnotations(annotations(ctx, c.member())).build());
            CodeBlock copy = CollectionCopies.normalize(ctx, c.member().target(), c.name());
            if (copy != null) {
                constructor.addStatement("$L = $L", c.name(), copy);
            }
            params.append("\n@param ").append(c.name()).append(' ').append(Docs.member(ctx, c.member()));
        }

        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", Docs.withParams(Docs.shape(ctx, shape), params.toString()))
                .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.NON_NULL", JSON_INCLUDE.nestedClass("Include")).build())
                .recordConstructor(constructor.build());
        if (shape.has(ShapeTrait.DEPRECATED)) {
            record.addAnnotation(EmitContext.deprecated());
        }
        addDeprecationSuppression(ctx, record, components);
        ClassName builder = self.nestedClass("Builder");
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with every member unset.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addStatement("return new $T()", builder).build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this record's values.\n")
                .addModifiers(Modifier.PUBLIC).returns(builder)
                .addStatement("return new $T(this)", builder).build());
        record.addType(builderType(self, builder, components));
        return ctx.file(record.build(), ctx.sourceOf(shape));
    }

    /** The members that become components (authentication members are the transport's business). */
    static List<Component> components(EmitContext ctx, StructureShape shape, boolean exception) {
        Map<Member, String> names = ctx.names().memberNames(shape, exception);
        List<Component> out = new ArrayList<>();
        for (Member m : shape.members()) {
            if (!m.has(MemberTrait.AUTH)) {
                out.add(new Component(m, names.get(m), ctx.typeOf(m.target())));
            }
        }
        return out;
    }

    /** Jackson and binding annotations of one component. */
    static List<AnnotationSpec> annotations(EmitContext ctx, Member m) {
        List<AnnotationSpec> out = new ArrayList<>();
        Location location = m.location();
        boolean outsideBody = location == Location.PATH || location == Location.QUERY || location == Location.HEADER;
        if (outsideBody) {
            out.add(httpParam(location.name(), m.wireName()));
        } else if (m.has(MemberTrait.PAYLOAD)) {
            out.add(httpParam("PAYLOAD", m.wireName()));
        }
        if (outsideBody || m.has(MemberTrait.PAYLOAD) || ctx.isStream(m.target())) {
            out.add(AnnotationSpec.builder(JSON_IGNORE).build());
        } else {
            out.add(EmitContext.jsonProperty(m.wireName()));
            if (ctx.isList(m.target()) || ctx.isMap(m.target())) {
                out.add(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.NON_EMPTY", JSON_INCLUDE.nestedClass("Include")).build());
            }
        }
        if (m.has(MemberTrait.DEPRECATED)) {
            out.add(EmitContext.deprecated());
        }
        return out;
    }

    private static AnnotationSpec httpParam(String location, String wireName) {
        return AnnotationSpec.builder(HTTP_PARAM)
                .addMember("location", "$T.$L", HTTP_PARAM.nestedClass("Location"), location)
                .addMember("name", "$S", wireName)
                .build();
    }

    /** Uses of deprecated shapes inside a type that is not itself deprecated would warn. */
    static void addDeprecationSuppression(EmitContext ctx, TypeSpec.Builder type, List<Component> components) {
        for (Component c : components) {
            if (ctx.referencesDeprecated(c.member().target())) {
                type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "deprecation").build());
                return;
            }
        }
    }

    private static TypeSpec builderType(ClassName self, ClassName builder, List<Component> components) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T} values; unset members are {@code null} (collections: empty).\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        List<CodeBlock> args = new ArrayList<>();
        for (Component c : components) {
            type.addField(FieldSpec.builder(c.type(), c.name(), Modifier.PRIVATE).build());
            copy.addStatement("this.$N = source.$N()", c.name(), c.name());
            type.addMethod(MethodSpec.methodBuilder(c.name())
                    .addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(c.type(), c.name())
                    .addStatement("this.$N = $N", c.name(), c.name())
                    .addStatement("return this").build());
            args.add(CodeBlock.of("$N", c.name()));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copy.build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC).returns(self)
                .addStatement("return new $T($L)", self, CodeBlock.join(args, ", ")).build());
        return type.build();
    }
}
