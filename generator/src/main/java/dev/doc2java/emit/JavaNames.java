package dev.doc2java.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Member;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that turns model names into Java identifiers: casing, invalid characters, leading
 * digits, keywords, names that would shadow {@code java.lang} types, and collisions (JavaPoet's
 * {@link NameAllocator}). Every other emitter asks here; none builds identifiers from strings.
 *
 * <p>An instance is built once per service and is immutable afterwards. Names depend only on the
 * model, never on the order of calls.
 */
public final class JavaNames {

    /**
     * Simple names a generated top-level type must not take: {@code java.lang} types (a class in the
     * package would shadow them), the names of nested types the emitters declare, and runtime types.
     */
    static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
            "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
            "Character", "CharSequence", "Class", "ClassCastException", "ClassLoader", "ClassValue", "Cloneable",
            "Comparable", "Compiler", "Deprecated", "Double", "Enum", "Error", "Exception", "Float",
            "FunctionalInterface", "IllegalAccessException", "IllegalArgumentException", "IllegalStateException",
            "IndexOutOfBoundsException", "InheritableThreadLocal", "Integer", "InternalError", "InterruptedException",
            "Iterable", "Long", "Math", "MatchException", "Module", "ModuleLayer", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder",
            "ProcessHandle", "Readable", "Record", "Runnable", "Runtime", "RuntimeException", "SafeVarargs",
            "SecurityException", "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker",
            "StrictMath", "String", "StringBuffer", "StringBuilder", "SuppressWarnings", "System", "Thread",
            "ThreadGroup", "ThreadLocal", "Throwable", "UnsupportedOperationException", "Void",
            // nested types the emitters declare, and runtime types generated code refers to
            "Builder", "Unknown", "Deserializer", "Visitor", "R", "AutoConstruct", "Blob", "Document", "EventStream", "HttpParam", "Json",
            "ServiceException", "StreamingBody", "Transport", "UnionDeserializer");

    /** Methods every object has; no accessor, builder method or client method may take these names. */
    private static final List<String> OBJECT_METHODS = List.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /** Members of {@code Throwable} and {@code ServiceException} a generated exception must not hide. */
    private static final List<String> EXCEPTION_METHODS = List.of(
            "addSuppressed", "errorCode", "fillInStackTrace", "getCause", "getLocalizedMessage", "getMessage",
            "getStackTrace", "getSuppressed", "initCause", "printStackTrace", "setStackTrace", "statusCode",
            "serialVersionUID", "ERROR_CODE");

    private final String packageName;
    private final Map<String, ClassName> shapeClasses;
    private final ClassName client;
    private final List<Operation> operations;
    private final List<String> operationMethods;

    public JavaNames(ServiceModel model, String packageName) {
        this.packageName = packageName;
        NameAllocator types = new NameAllocator();
        for (String reserved : RESERVED_TYPE_NAMES.stream().sorted().toList()) {
            types.newName(reserved, "reserved:" + reserved);
        }
        Set<String> files = new HashSet<>(); // lower-cased: Foo.java and FOO.java clash on some file systems
        String clientName = allocateFileName(types, files,
                pascal(model.title().isBlank() ? model.id() : model.title()) + "Client", "client");
        this.client = ClassName.get(packageName, clientName);
        Map<String, ClassName> classes = new LinkedHashMap<>();
        for (Shape shape : model.shapes().values()) { // sorted by name
            String wanted = pascal(shape.name());
            if (RESERVED_TYPE_NAMES.contains(wanted) || wanted.equals(clientName)) {
                wanted = wanted + "Type";
            }
            classes.put(shape.name(), ClassName.get(packageName, allocateFileName(types, files, wanted, "shape:" + shape.name())));
        }
        this.shapeClasses = Map.copyOf(classes);
        NameAllocator methods = reservedAllocator(OBJECT_METHODS);
        List<String> ops = new ArrayList<>();
        for (Operation op : model.operations()) { // sorted by name; a name may repeat (Huawei tag pages)
            ops.add(allocate(methods, camel(op.name()), ops.size()));
        }
        this.operations = model.operations();
        this.operationMethods = List.copyOf(ops);
    }

    /** {@code <basePackage>.<service>} for one of several generated services ({@code com.acme.vpclattice}). */
    public static String packageName(String basePackage, String serviceId) {
        String segment = words(serviceId).stream().map(w -> w.toLowerCase(Locale.ROOT)).reduce("", String::concat);
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            segment = "service" + segment;
        }
        if (javax.lang.model.SourceVersion.isKeyword(segment)) {
            segment = segment + "_";
        }
        return basePackage == null || basePackage.isBlank() ? segment : basePackage + "." + segment;
    }

    public String packageName() {
        return packageName;
    }

    /** The class generated for a shape (record, enum class, union, exception). */
    public ClassName shapeClass(String shapeName) {
        ClassName name = shapeClasses.get(shapeName);
        if (name == null) {
            throw new IllegalArgumentException("no shape " + shapeName);
        }
        return name;
    }

    public ClassName clientClass() {
        return client;
    }

    /** The client method of one of the model's operations. */
    public String operationMethod(Operation op) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) == op) {
                return operationMethods.get(i);
            }
        }
        throw new IllegalArgumentException("not an operation of this model: " + op.name());
    }

    /** Component and accessor names for a structure's members, in member order. */
    public Map<Member, String> memberNames(StructureShape shape, boolean exception) {
        List<String> reserved = new ArrayList<>(OBJECT_METHODS);
        reserved.add("builder");
        reserved.add("toBuilder");
        if (exception) {
            reserved.addAll(EXCEPTION_METHODS);
        }
        NameAllocator allocator = reservedAllocator(reserved);
        Map<Member, String> names = new LinkedHashMap<>();
        for (Member m : shape.members()) {
            names.put(m, allocate(allocator, camel(m.name()), m));
        }
        return names;
    }

    /**
     * Names of the variant records nested in a union (or event stream) interface: always the member
     * name with {@code Member} after it ({@code card} -> {@code CardMember}), as smithy-java names its
     * union variants. The suffix is applied to every variant, not only on a clash, so names are
     * predictable; none of them equals a top-level type of the package, so no variant shadows one.
     */
    public Map<Member, String> variantNames(StructureShape union) {
        List<String> reserved = new ArrayList<>(List.of("Unknown", "Deserializer", "Builder", "Visitor"));
        shapeClasses.values().stream().map(ClassName::simpleName).sorted().forEach(reserved::add);
        reserved.add(client.simpleName());
        NameAllocator allocator = reservedAllocator(reserved);
        Set<String> files = new HashSet<>(List.of("unknown", "deserializer", "visitor"));
        Map<Member, String> names = new LinkedHashMap<>();
        for (Member m : union.members()) {
            names.put(m, allocateFileName(allocator, files, pascal(m.name()) + "Member", m));
        }
        return names;
    }

    /** Names of the static factories on a union interface, one per member ({@code card(...)}). */
    public Map<Member, String> variantFactoryNames(StructureShape union) {
        List<String> reserved = new ArrayList<>(OBJECT_METHODS);
        reserved.add("accept");
        NameAllocator allocator = reservedAllocator(reserved);
        Map<Member, String> names = new LinkedHashMap<>();
        for (Member m : union.members()) {
            names.put(m, allocate(allocator, camel(m.name()), m));
        }
        return names;
    }

    /**
     * Names of the methods of a union's {@code Visitor}, one per member ({@code visitCard}); the
     * visitor's own {@code visitUnknown} is never taken.
     */
    public Map<Member, String> visitorMethodNames(StructureShape union) {
        List<String> reserved = new ArrayList<>(OBJECT_METHODS);
        reserved.add("visitUnknown");
        NameAllocator allocator = reservedAllocator(reserved);
        Map<Member, String> names = new LinkedHashMap<>();
        for (Member m : union.members()) {
            names.put(m, allocate(allocator, "visit" + pascal(m.name()), m));
        }
        return names;
    }

    /** Constant names for the values of an enum, keyed by wire value, in document order. */
    public Map<String, String> enumConstants(SimpleShape shape, Collection<String> internalNames) {
        NameAllocator allocator = reservedAllocator(internalNames);
        Map<String, String> names = new LinkedHashMap<>();
        for (EnumValue v : shape.constraints().enumValues()) {
            if (!names.containsKey(v.value())) {
                String constant = String.join("_", words(v.value())).toUpperCase(Locale.ROOT);
                if (v.value().isEmpty()) {
                    constant = "EMPTY";
                } else if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0))) {
                    constant = "VALUE_" + constant;
                }
                names.put(v.value(), allocate(allocator, constant, v.value()));
            }
        }
        return names;
    }

    /**
     * {@code OS-EXT-STS:vm_state} -> {@code OsExtStsVmState}; a name that is already an identifier keeps
     * its acronyms ({@code VPCLattice}); a leading digit gets a {@code T} in front.
     */
    static String pascal(String name) {
        boolean identifierLike = name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            String w = !identifierLike && isAllUpper(word) ? word.toLowerCase(Locale.ROOT) : word;
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        String result = out.toString();
        if (result.isEmpty()) {
            return "Unnamed";
        }
        return Character.isJavaIdentifierStart(result.charAt(0)) ? result : "T" + result;
    }

    /** {@code X-Auth-Token} -> {@code xAuthToken}, {@code CreateListener} -> {@code createListener}. */
    static String camel(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "value";
        }
        StringBuilder out = new StringBuilder(lowerFirstWord(words.get(0)));
        for (String word : words.subList(1, words.size())) {
            String w = isAllUpper(word) ? word.toLowerCase(Locale.ROOT) : word;
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /**
     * Splits a name into ASCII-alphanumeric words at separators and at lower-to-upper case changes
     * ({@code vm_state}, {@code X-Auth-Token}, {@code InService}, {@code DBInstance} -> DB, Instance).
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(c)) {
                char prev = current.charAt(current.length() - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, current);
                }
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isAllUpper(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    /** {@code DBInstance}'s first word {@code DB} -> {@code db}; {@code Create} -> {@code create}. */
    private static String lowerFirstWord(String word) {
        if (isAllUpper(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static NameAllocator reservedAllocator(Collection<String> reserved) {
        NameAllocator allocator = new NameAllocator();
        for (String name : reserved) {
            allocator.newName(name, "reserved:" + name);
        }
        return allocator;
    }

    /** A type name whose class file cannot clash with another one's on a case-insensitive file system. */
    private static String allocateFileName(NameAllocator allocator, Set<String> lowerCaseTaken, String wanted, Object tag) {
        String candidate = wanted;
        for (int n = 2; lowerCaseTaken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = wanted + n;
        }
        String name = allocate(allocator, candidate, tag);
        lowerCaseTaken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Keyword escaping, invalid characters and collisions via {@link NameAllocator}. */
    private static String allocate(NameAllocator allocator, String wanted, Object tag) {
        String name = wanted;
        if (!name.isEmpty() && !Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return allocator.newName(name, tag);
    }
}
