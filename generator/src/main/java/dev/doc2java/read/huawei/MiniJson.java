package dev.doc2java.read.huawei;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for the example bodies on pages (the generator's main code has no
 * JSON library): objects become {@link LinkedHashMap}s in key order, arrays {@link List}s, numbers
 * {@link BigDecimal}s, plus {@link String}, {@link Boolean} and {@link #NULL}. It accepts what pages
 * get wrong but a reader can still follow: raw line breaks inside strings and trailing commas.
 * Anything else that is not JSON gives {@code null}.
 */
final class MiniJson {

    /** The JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    /** The value of the text, or {@code null} when it is not JSON. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        MiniJson p = new MiniJson(text);
        try {
            Object v = p.value(0);
            p.ws();
            return p.i == p.s.length() ? v : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > 200) {
            throw new IllegalArgumentException("too deep");
        }
        ws();
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                i++;
                Map<String, Object> map = new LinkedHashMap<>();
                ws();
                while (s.charAt(i) != '}') {
                    String key = string();
                    ws();
                    expect(':');
                    map.put(key, value(depth + 1));
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        ws();
                    } else if (s.charAt(i) != '}') {
                        throw new IllegalArgumentException("expected , or }");
                    }
                }
                i++;
                return map;
            }
            case '[' -> {
                i++;
                List<Object> list = new ArrayList<>();
                ws();
                while (s.charAt(i) != ']') {
                    list.add(value(depth + 1));
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        ws();
                    } else if (s.charAt(i) != ']') {
                        throw new IllegalArgumentException("expected , or ]");
                    }
                }
                i++;
                return list;
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (s.startsWith("true", i)) {
                    i += 4;
                    return Boolean.TRUE;
                }
                if (s.startsWith("false", i)) {
                    i += 5;
                    return Boolean.FALSE;
                }
                if (s.startsWith("null", i)) {
                    i += 4;
                    return NULL;
                }
                int start = i;
                while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("unexpected " + c);
                }
                return new BigDecimal(s.substring(start, i));
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
