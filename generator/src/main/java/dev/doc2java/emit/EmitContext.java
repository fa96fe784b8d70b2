package dev.doc2java.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.ErrorRef;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.ModelValidator;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.List;

/**
 * What every emitter shares for one service: the model, the names, and the mapping from shapes to
 * Java types. Immutable.
 */
final class EmitContext {

    static final String RUNTIME = "dev.doc2java.runtime";
    static final ClassName BLOB = ClassName.get(RUNTIME, "Blob");
    static final ClassName DOCUMENT = ClassName.get(RUNTIME, "Document");
    static final ClassName STREAMING_BODY = ClassName.get(RUNTIME, "StreamingBody");
    static final ClassName EVENT_STREAM = ClassName.get(RUNTIME, "EventStream");
    static final ClassName SERVICE_EXCEPTION = ClassName.get(RUNTIME, "ServiceException");
    static final ClassName HTTP_PARAM = ClassName.get(RUNTIME, "HttpParam");
    static final ClassName UNION_DESERIALIZER = ClassName.get(RUNTIME, "UnionDeserializer");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_IGNORE = ClassName.get(JACKSON, "JsonIgnore");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");

    private final ServiceModel model;
    private final JavaNames names;

    EmitContext(ServiceModel model, JavaNames names) {
        this.model = model;
        this.names = names;
    }

    ServiceModel model() {
        return model;
    }

    JavaNames names() {
        return names;
    }

    /** The shape referred to; the model is validated, so it exists (else a bug: {@link IllegalStateException}). */
    Shape shape(ShapeId id) {
        return model.require(id);
    }

    /** Whether a shape gets a generated type of its own (and so a class name). */
    static boolean hasOwnType(Shape shape) {
        if (shape instanceof StructureShape) {
            return true;
        }
        return shape instanceof SimpleShape s && s.isEnum()
                && (s.type() == ShapeType.STRING || s.type() == ShapeType.INTEGER || s.type() == ShapeType.LONG);
    }

    /**
     * The Java type of a value of the shape. Never a guess: a validated model has no dangling reference
     * and no list or map nesting deeper than {@link ModelValidator#MAX_NESTING}, so either is a bug in
     * doc2java ({@link IllegalStateException}).
     */
    TypeName typeOf(ShapeId id) {
        return typeOf(id, 0);
    }

    private TypeName typeOf(ShapeId id, int depth) {
        if (depth > ModelValidator.MAX_NESTING) {
            throw new IllegalStateException("lists and maps nested deeper than " + ModelValidator.MAX_NESTING
                    + " at " + id + " in " + model.id() + ": the model was not validated");
        }
        Shape shape = shape(id);
        if (shape instanceof StructureShape s) {
            ClassName c = names.shapeClass(s.name());
            return s.has(ShapeTrait.EVENT_STREAM) ? ParameterizedTypeName.get(EVENT_STREAM, c) : c;
        }
        if (shape instanceof ListShape l) {
            return ParameterizedTypeName.get(LIST, typeOf(l.member(), depth + 1));
        }
        if (shape instanceof MapShape m) {
            TypeName key = typeOf(m.key(), depth + 1);
            if (!(key.equals(TypeName.INT.box()) || key.equals(TypeName.LONG.box()))) {
                key = ClassName.get(String.class);
            }
            return ParameterizedTypeName.get(MAP, key, typeOf(m.value(), depth + 1));
        }
        SimpleShape simple = (SimpleShape) shape;
        if (hasOwnType(simple)) {
            return names.shapeClass(simple.name());
        }
        return switch (simple.type()) {
            case STRING -> ClassName.get(String.class);
            case INTEGER -> TypeName.INT.box();
            case LONG -> TypeName.LONG.box();
            case FLOAT -> TypeName.FLOAT.box();
            case DOUBLE -> TypeName.DOUBLE.box();
            case BOOLEAN -> TypeName.BOOLEAN.box();
            case TIMESTAMP -> INSTANT;
            case BLOB -> simple.has(ShapeTrait.STREAMING) ? STREAMING_BODY : BLOB;
            case DOCUMENT -> DOCUMENT;
            case STRUCTURE, LIST, MAP -> throw new IllegalStateException(simple.type() + " is not simple");
        };
    }

    /** Values Jackson cannot put in a JSON body: streaming payloads and event streams. */
    boolean isStream(ShapeId id) {
        Shape shape = shape(id);
        return shape.has(ShapeTrait.STREAMING) || shape.has(ShapeTrait.EVENT_STREAM);
    }

    boolean isList(ShapeId id) {
        return shape(id) instanceof ListShape;
    }

    boolean isMap(ShapeId id) {
        return shape(id) instanceof MapShape;
    }

    /**
     * What a shape without documentation is for, as safe Javadoc: the request or response of a client
     * method; else the documentation of the first member (in document order) that holds it, or what
     * that member is; else the operations that throw it.
     */
    String role(String shapeName) {
        String client = names.clientClass().simpleName();
        for (Operation op : model.operations()) {
            String what = isShape(op.input(), shapeName) ? "request" : isShape(op.output(), shapeName) ? "response" : null;
            if (what != null) {
                return "The " + what + " of {@link " + client + "#" + names.operationMethod(op) + "}.";
            }
        }
        Use use = firstUse(shapeName);
        if (use != null) {
            String doc = JavadocSanitizer.html(use.member().documentation());
            if (use.how() == null && !doc.isEmpty()) {
                return doc;
            }
            String owner = "{@link " + names.shapeClass(use.owner().name()).simpleName() + "}";
            String member = JavadocSanitizer.code(use.member().wireName());
            return use.how() == null ? "The " + member + " member of " + owner + "."
                    : "An " + use.how() + " of the " + member + " member of " + owner + ".";
        }
        List<String> throwers = new ArrayList<>();
        for (Operation op : model.operations()) {
            if (op.errors().contains(ErrorRef.shape(shapeName))) {
                throwers.add("{@link " + client + "#" + names.operationMethod(op) + "}");
            }
        }
        if (!throwers.isEmpty()) {
            int shown = Math.min(throwers.size(), 4);
            List<String> named = throwers.subList(0, shown);
            String list = throwers.size() > shown
                    ? String.join(", ", named) + " and " + (throwers.size() - shown) + " more operations"
                    : named.size() == 1 ? named.get(0)
                    : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
            return "The " + JavadocSanitizer.code(shapeName) + " error, thrown by " + list + ".";
        }
        return "The " + JavadocSanitizer.code(shapeName) + " shape.";
    }

    /** A member holding a shape: directly ({@code how == null}), as a list {@code element} or a map {@code value}. */
    record Use(StructureShape owner, Member member, String how) {
    }

    /**
     * The first member, in document order (source location, then shape name), whose value is the named
     * shape or a list or map of it; {@code null} when no member uses it.
     */
    Use firstUse(String shapeName) {
        Use best = null;
        for (Shape shape : model.shapes().values()) {
            if (!(shape instanceof StructureShape s) || s.name().equals(shapeName)) {
                continue;
            }
            for (Member m : s.members()) {
                String how = null;
                Shape target = shape(m.target());
                if (m.target().is(shapeName)) {
                    how = "";
                } else if (target instanceof ListShape l && l.member().is(shapeName)) {
                    how = "element";
                } else if (target instanceof MapShape mp && mp.value().is(shapeName)) {
                    how = "value";
                }
                if (how != null && (best == null || before(m.source(), best.member().source()))) {
                    best = new Use(s, m, how.isEmpty() ? null : how);
                }
            }
        }
        return best;
    }

    /** Known locations first, in file/line/column order; ties keep the earlier (sorted) shape. */
    private static boolean before(SourceLocation a, SourceLocation b) {
        if (known(a) != known(b)) {
            return known(a);
        }
        return known(a) && a.compareTo(b) < 0;
    }

    /** Whether a value of this shape mentions a deprecated generated type (through lists and maps). */
    boolean referencesDeprecated(ShapeId id) {
        return referencesDeprecated(id, 0);
    }

    private boolean referencesDeprecated(ShapeId id, int depth) {
        if (depth > ModelValidator.MAX_NESTING) {
            throw new IllegalStateException("lists and maps nested deeper than " + ModelValidator.MAX_NESTING
                    + " at " + id + " in " + model.id() + ": the model was not validated");
        }
        Shape shape = shape(id);
        if (shape instanceof ListShape l) {
            return referencesDeprecated(l.member(), depth + 1);
        }
        if (shape instanceof MapShape m) {
            return referencesDeprecated(m.value(), depth + 1);
        }
        return hasOwnType(shape) && shape.has(ShapeTrait.DEPRECATED);
    }

    /**
     * Where a shape was read, for the file header: its own source, else its first member's, else the
     * first operation that uses it, else the service's.
     */
    SourceLocation sourceOf(Shape shape) {
        if (known(shape.source())) {
            return shape.source();
        }
        if (shape instanceof StructureShape s) {
            for (Member m : s.members()) {
                if (known(m.source())) {
                    return m.source();
                }
            }
        }
        for (Operation op : model.operations()) {
            if ((isShape(op.input(), shape.name()) || isShape(op.output(), shape.name())) && known(op.source())) {
                return op.source();
            }
        }
        return serviceSource();
    }

    /** The service's own source, else its first operation's. */
    SourceLocation serviceSource() {
        if (known(model.source())) {
            return model.source();
        }
        return model.operations().stream().map(Operation::source)
                .filter(EmitContext::known).findFirst().orElse(SourceLocation.UNKNOWN);
    }

    private static boolean isShape(ShapeId ref, String shapeName) {
        return ref != null && ref.is(shapeName);
    }

    private static boolean known(SourceLocation source) {
        return source != null && !source.equals(SourceLocation.UNKNOWN) && !source.file().isBlank()
                && !source.file().equals(SourceLocation.UNKNOWN.file());
    }

    /** One file per top-level type, starting with the header that names the source page. */
    JavaFile file(TypeSpec type, SourceLocation source) {
        JavaFile.Builder file = JavaFile.builder(names.packageName(), type).skipJavaLangImports(true).indent("    ");
        if (!known(source)) {
            file.addFileComment("Generated by doc2java. Do not edit.");
        } else {
            file.addFileComment("Generated by doc2java from $L:$L. Do not edit.",
                    JavadocSanitizer.headerPath(source.file()), source.line());
        }
        return file.build();
    }

    static AnnotationSpec jsonProperty(String wireName) {
        return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wireName).build();
    }

    static AnnotationSpec deprecated() {
        return AnnotationSpec.builder(Deprecated.class).build();
    }

    /** {@code @JsonDeserialize(using = JsonDeserializer.None.class)}: stops an interface's deserializer being inherited. */
    static AnnotationSpec plainDeserialization() {
        return AnnotationSpec.builder(JSON_DESERIALIZE)
                .addMember("using", "$T.class", JSON_DESERIALIZER.nestedClass("None"))
                .build();
    }
}
