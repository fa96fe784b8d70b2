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
import dev.doc2java.model.HttpLocation;
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
            String param = Docs.param(ctx, c.member());
            if (!param.isEmpty()) {
                params.append("\n@param ").append(c.name()).append(' ').append(param);
            }
        }

        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", Docs.withParams(Docs.shape(ctx, shape), params.toString()))
                .addAnnotation(inclusion(hasCollections(ctx, components)))
                .recordConstructor(constructor.build());
        if (shape.has(ShapeTrait.DEPRECATED)) {
            record.addJavadoc(components.isEmpty() ? "\n$L\n" : "$L\n", Docs.DEPRECATED_TYPE);
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
        for (Component c : components) {
            if (c.member().has(MemberTrait.DEPRECATED)) {
                record.addMethod(deprecatedAccessor(ctx, c));
            }
        }
        record.addType(builderType(self, builder, components, hasCollections(ctx, components)));
        return ctx.file(record.build(), ctx.sourceOf(shape));
    }

    /**
     * Which members the JSON leaves out: {@code null} ones, and where there are lists or maps also the
     * collections never set ({@code AutoConstruct.Unset}); a collection set to empty is sent.
     */
    private static AnnotationSpec inclusion(boolean collections) {
        ClassName include = JSON_INCLUDE.nestedClass("Include");
        if (!collections) {
            return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.NON_NULL", include).build();
        }
        return AnnotationSpec.builder(JSON_INCLUDE)
                .addMember("value", "$T.CUSTOM", include)
                .addMember("valueFilter", "$T.class", CollectionCopies.AUTO_CONSTRUCT.nestedClass("Unset"))
                .build();
    }

    private static boolean hasCollections(EmitContext ctx, List<Component> components) {
        return components.stream().anyMatch(c -> ctx.isList(c.member().target()) || ctx.isMap(c.member().target()));
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
        HttpLocation location = m.location();
        boolean outsideBody = location == HttpLocation.PATH || location == HttpLocation.QUERY || location == HttpLocation.HEADER;
        if (outsideBody) {
            out.add(httpParam(location.name(), m.wireName()));
        } else if (m.has(MemberTrait.PAYLOAD)) {
            out.add(httpParam("PAYLOAD", m.wireName()));
        }
        if (outsideBody || m.has(MemberTrait.PAYLOAD) || ctx.isStream(m.target())) {
            out.add(AnnotationSpec.builder(JSON_IGNORE).build());
        } else {
            out.add(EmitContext.jsonProperty(m.wireName()));
            if (Docs.sendsNull(m)) {
                out.add(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.ALWAYS", JSON_INCLUDE.nestedClass("Include")).build());
            }
        }
        return out;
    }

    /**
     * A deprecated member gets an explicit accessor carrying {@code @Deprecated}: javac ignores (and
     * warns about) {@code @Deprecated} on a record component's constructor parameter, while uses inside
     * the record and its builder (same outermost class) never warn. Callers get the warning.
     */
    private static MethodSpec deprecatedAccessor(EmitContext ctx, Component c) {
        return MethodSpec.methodBuilder(c.name())
                .addJavadoc("$L\n\n@return the $L member\n@deprecated $L\n", Docs.member(ctx, c.member()),
                        JavadocSanitizer.code(c.member().wireName()), DEPRECATED_MEMBER)
                .addAnnotation(EmitContext.deprecated())
                .addModifiers(Modifier.PUBLIC).returns(c.type())
                .addStatement("return $N", c.name())
                .build();
    }

    /** The {@code @deprecated} text of a member the documentation marks deprecated. */
    static final String DEPRECATED_MEMBER = "the documentation marks this member deprecated";

    private static AnnotationSpec httpParam(String location, String wireName) {
        return AnnotationSpec.builder(HTTP_PARAM)
                .addMember("in", "$T.$L", HTTP_PARAM.nestedClass("In"), location)
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

    /**
     * {@code return new Foo(a, b)} on one line while it fits in {@value #ONE_LINE} characters, else one
     * argument per line.
     */
    static CodeBlock newInstance(ClassName type, List<CodeBlock> args) {
        CodeBlock oneLine = CodeBlock.of("return new $T($L)", type, CodeBlock.join(args, ", "));
        if (oneLine.toString().length() <= ONE_LINE) {
            return oneLine;
        }
        return CodeBlock.of("return new $T(\n$L)", type, CodeBlock.join(args, ",\n"));
    }

    /** Room for a statement in a builder method (indentation 12, at most 120 columns in all). */
    private static final int ONE_LINE = 100;

    private static TypeSpec builderType(ClassName self, ClassName builder, List<Component> components,
            boolean collections) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(collections
                        ? "Builds {@link $T} values. A member left unset is not sent; a list or map set to empty is sent\n"
                                + "empty.\n"
                        : "Builds {@link $T} values. A member left unset is not sent.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        List<CodeBlock> args = new ArrayList<>();
        for (Component c : components) {
            type.addField(FieldSpec.builder(c.type(), c.name(), Modifier.PRIVATE).build());
            copy.addStatement("this.$N = source.$N()", c.name(), c.name());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(c.name())
                    .addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(c.type(), c.name())
                    .addStatement("this.$N = $N", c.name(), c.name())
                    .addStatement("return this");
            if (c.member().has(MemberTrait.DEPRECATED)) {
                setter.addJavadoc("Sets {@code $L}.\n\n@param $L the new value\n@return this builder\n@deprecated $L\n",
                        c.name(), c.name(), DEPRECATED_MEMBER).addAnnotation(EmitContext.deprecated());
            }
            type.addMethod(setter.build());
            args.add(CodeBlock.of("$N", c.name()));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copy.build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC).returns(self)
                .addStatement(newInstance(self, args)).build());
        return type.build();
    }
}
