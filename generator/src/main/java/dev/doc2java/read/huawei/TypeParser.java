package dev.doc2java.read.huawei;

import dev.doc2java.model.ShapeType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Type cell: {@code String}, {@code Integer}, {@code Array of strings}, {@code Array of X objects},
 * {@code X object}, {@code Array<Array<X>>}, {@code Map<String,X>}, Chinese type names, and odd ones
 * ({@code Bool}, {@code int}, {@code Integer/Boolean}). A type it does not know becomes a best guess
 * with {@link TypeRef#guessed()} set, so the caller can warn.
 */
final class TypeParser {

    /** Type words, in the order {@link #nearest} tries them; built once, never changed. */
    private static final Map<String, ShapeType> SCALARS;

    static {
        Map<String, ShapeType> scalars = new LinkedHashMap<>();
        for (String s : new String[] {"string", "str", "text", "char", "uuid", "字符串", "字符", "字符串类型"}) {
            scalars.put(s, ShapeType.STRING);
        }
        for (String s : new String[] {"integer", "int", "int32", "short", "byte", "整数", "整型", "整形", "int类型"}) {
            scalars.put(s, ShapeType.INTEGER);
        }
        for (String s : new String[] {"long", "int64", "bigint", "长整型", "long integer"}) {
            scalars.put(s, ShapeType.LONG);
        }
        for (String s : new String[] {"float", "单精度"}) {
            scalars.put(s, ShapeType.FLOAT);
        }
        for (String s : new String[] {"double", "number", "numeric", "decimal", "bigdecimal", "数值", "浮点数", "浮点型"}) {
            scalars.put(s, ShapeType.DOUBLE);
        }
        for (String s : new String[] {"boolean", "bool", "布尔", "布尔型", "布尔值", "布尔类型"}) {
            scalars.put(s, ShapeType.BOOLEAN);
        }
        for (String s : new String[] {"date", "datetime", "date-time", "timestamp", "time", "日期", "时间"}) {
            scalars.put(s, ShapeType.TIMESTAMP);
        }
        for (String s : new String[] {"file", "binary", "blob", "byte[]", "stream", "文件"}) {
            scalars.put(s, ShapeType.BLOB);
        }
        SCALARS = java.util.Collections.unmodifiableMap(scalars);
    }

    private static final Pattern GENERIC = Pattern.compile("(?i)^(array|list|set|arraylist)\\s*<\\s*(.+?)\\s*>$");
    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*\\[\\s*]$");
    private static final Pattern ARRAY_OF = Pattern.compile("(?i)^(array|list|set)\\s+of\\s+(.+)$");
    private static final Pattern MAP = Pattern.compile("(?i)^(map|dict|hashmap)\\s*<\\s*(.+?)\\s*,\\s*(.+?)\\s*>$");
    private static final Pattern NAMED_OBJECT = Pattern.compile("(?i)^(.+?)\\s+objects?$");
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*(?:/|\\||,|\\bor\\b|或)\\s*");

    private TypeParser() {
    }

    /** The type a cell states; never {@code null}. */
    static TypeRef parse(String cell) {
        String written = cell == null ? "" : cell.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        TypeRef t = parseInner(written.replaceAll("[.。]$", ""), written);
        return t;
    }

    private static TypeRef parseInner(String s, String written) {
        if (s.isEmpty()) {
            return TypeRef.scalar(ShapeType.STRING, written).asGuess();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        ShapeType scalar = SCALARS.get(lower);
        if (scalar != null) {
            return TypeRef.scalar(scalar, written);
        }
        switch (lower) {
            case "object", "obj", "对象", "json", "jsonobject", "json object", "struct", "结构体" -> {
                return TypeRef.object(null, written);
            }
            case "map", "dict", "dictionary", "hashmap", "字典" -> {
                return TypeRef.map(null, written);
            }
            case "array", "list", "set", "数组", "列表", "arraylist", "jsonarray" -> {
                return TypeRef.array(null, written);
            }
            default -> {
                // fall through to the structured forms
            }
        }
        Matcher m = GENERIC.matcher(s);
        if (m.matches()) {
            return TypeRef.array(parseInner(m.group(2), m.group(2)), written);
        }
        m = BRACKETS.matcher(s);
        if (m.matches() && !lower.equals("byte[]")) {
            return TypeRef.array(parseInner(m.group(1), m.group(1)), written);
        }
        m = MAP.matcher(s);
        if (m.matches()) {
            return TypeRef.map(parseInner(m.group(3), m.group(3)), written);
        }
        m = ARRAY_OF.matcher(s);
        if (m.matches()) {
            return TypeRef.array(element(m.group(2)), written);
        }
        m = NAMED_OBJECT.matcher(s);
        if (m.matches()) {
            String name = m.group(1).trim();
            if (SCALARS.containsKey(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("json")) {
                return TypeRef.object(null, written);
            }
            return TypeRef.object(name, written);
        }
        String[] alternatives = ALTERNATIVES.split(s);
        if (alternatives.length > 1) {
            for (String alt : alternatives) {
                ShapeType t = SCALARS.get(alt.toLowerCase(Locale.ROOT));
                if (t != null) {
                    return TypeRef.scalar(t, written).asGuess();
                }
            }
        }
        if (IDENTIFIER.matcher(s).matches()) {
            if (Character.isUpperCase(s.charAt(0))) {
                // a model name, or a misspelt scalar (Sting): the interpreter decides once it knows the tables
                return TypeRef.object(s, written);
            }
            ShapeType near = nearest(lower);
            if (near != null) {
                return TypeRef.scalar(near, written).asGuess();
            }
        }
        return TypeRef.scalar(ShapeType.STRING, written).asGuess();
    }

    /** The element of {@code Array of ...}: {@code strings}, {@code X objects}, {@code objects}, {@code integers}. */
    private static TypeRef element(String s) {
        String e = s.trim();
        String lower = e.toLowerCase(Locale.ROOT);
        if (lower.equals("objects") || lower.equals("object")) {
            return TypeRef.object(null, e);
        }
        Matcher m = NAMED_OBJECT.matcher(e);
        if (m.matches()) {
            return parseInner(e, e);
        }
        if (SCALARS.containsKey(lower)) {
            return TypeRef.scalar(SCALARS.get(lower), e);
        }
        if (lower.endsWith("s") && SCALARS.containsKey(lower.substring(0, lower.length() - 1))) {
            return TypeRef.scalar(SCALARS.get(lower.substring(0, lower.length() - 1)), e);
        }
        return parseInner(e, e);
    }

    /** A known scalar name within edit distance 1 (2 for long names) of a misspelt one ({@code Sting}). */
    static ShapeType nearest(String lower) {
        if (lower.length() < 3) {
            return null;
        }
        for (Map.Entry<String, ShapeType> e : SCALARS.entrySet()) {
            String k = e.getKey();
            if (k.length() < 4 || !k.chars().allMatch(c -> c < 128)) {
                continue;
            }
            int limit = k.length() >= 7 ? 2 : 1;
            if (distance(lower, k) <= limit) {
                return e.getValue();
            }
        }
        return null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
