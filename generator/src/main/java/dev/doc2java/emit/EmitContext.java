package dev.doc2java.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;

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

    Shape shape(String name) {
        return model.shapes().get(name);
    }

    /** Whether a shape gets a generated type of its own (and so a class name). */
    static boolean hasOwnType(Shape shape) {
        if (shape instanceof StructureShape) {
            return true;
        }
        return shape instanceof SimpleShape s && s.isEnum()
                && (s.type() == ShapeType.STRING || s.type() == ShapeType.INTEGER || s.type() == ShapeType.LONG);
    }

    /** The Java type of a value of the named shape; a dangling reference reads as a {@link #DOCUMENT}. */
    TypeName typeOf(String shapeName) {
        return typeOf(shapeName, 0);
    }

    private TypeName typeOf(String shapeName, int depth) {
        Shape shape = shape(shapeName);
        if (shape == null || depth > 32) {
            return DOCUMENT;
        }
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
        switch (simple.type()) {
            case STRING:
                return ClassName.get(String.class);
            case INTEGER:
                return TypeName.INT.box();
            case LONG:
                return TypeName.LONG.box();
            case FLOAT:
                return TypeName.FLOAT.box();
            case DOUBLE:
                return TypeName.DOUBLE.box();
            case BOOLEAN:
                return TypeName.BOOLEAN.box();
            case TIMESTAMP:
                return INSTANT;
            case BLOB:
                return simple.has(ShapeTrait.STREAMING) ? STREAMING_BODY : BLOB;
            default:
                return DOCUMENT;
        }
    }

    /** Values Jackson cannot put in a JSON body: streaming payloads and event streams. */
    boolean isStream(String shapeName) {
        Shape shape = shape(shapeName);
        return shape != null && (shape.has(ShapeTrait.STREAMING) || shape.has(ShapeTrait.EVENT_STREAM));
    }

    boolean isList(String shapeName) {
        return shape(shapeName) instanceof ListShape;
    }

    boolean isMap(String shapeName) {
        return shape(shapeName) instanceof MapShape;
    }

    /**
     * What a shape without documentation is for, from the operations that use it: "The input of the
     * {@code CreateListener} operation." Safe Javadoc.
     */
    String role(String shapeName) {
        for (Operation op : model.operations()) {
            String what = shapeName.equals(op.input()) ? "input" : shapeName.equals(op.output()) ? "output" : null;
            if (what != null) {
                return "The " + what + " of the " + JavadocSanitizer.code(op.name()) + " operation.";
            }
        }
        return "The " + JavadocSanitizer.code(shapeName) + " shape.";
    }

    /** Whether a value of this shape mentions a deprecated generated type (through lists and maps). */
    boolean referencesDeprecated(String shapeName) {
        return referencesDeprecated(shapeName, 0);
    }

    private boolean referencesDeprecated(String shapeName, int depth) {
        Shape shape = shape(shapeName);
        if (shape == null || depth > 32) {
            return false;
        }
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
            if ((shape.name().equals(op.input()) || shape.name().equals(op.output())) && known(op.source())) {
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
