package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Python-like placeholders of a boto3 <b>Request Syntax</b>
 * ({@code response = client.op(a='string', ...)}) or <b>Response Syntax</b> ({@code {...}}) block.
 * Problems become diagnostics; the result is then {@code null}.
 */
public final class SyntaxParser {

    private enum T { STR, BYTES, NUM, FLOAT, IDENT, PUNCT, ELLIPSIS, EOF }

    private record Token(T type, String text, int line, int column) {
    }

    private static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SyntaxParser() {
    }

    /** The arguments of a request syntax call as a DICT, or {@code null} after reporting a problem. */
    public static SyntaxValue parseRequest(RstBlock literal, Page page, Diagnostics diagnostics) {
        return run(literal, page, diagnostics, true);
    }

    /** The value of a response syntax block, or {@code null} after reporting a problem. */
    public static SyntaxValue parseResponse(RstBlock literal, Page page, Diagnostics diagnostics) {
        return run(literal, page, diagnostics, false);
    }

    private static SyntaxValue run(RstBlock literal, Page page, Diagnostics diagnostics, boolean request) {
        SyntaxParser p = new SyntaxParser();
        try {
            p.tokenize(literal.lines(), literal.line(), literal.column());
            SyntaxValue v = request ? p.call() : p.value();
            Token rest = p.peek();
            if (rest.type != T.EOF) {
                throw new SyntaxError("unexpected '" + rest.text + "' after the end of the syntax block", rest.line, rest.column);
            }
            return v;
        } catch (SyntaxError e) {
            diagnostics.error("boto3.syntax", page.at(e.line, e.column),
                    (request ? "Request" : "Response") + " Syntax: " + e.getMessage());
            return null;
        }
    }

    private void tokenize(List<String> lines, int firstLine, int firstColumn) throws SyntaxError {
        for (int li = 0; li < lines.size(); li++) {
            String l = lines.get(li);
            int line = firstLine + li;
            int i = 0;
            while (i < l.length()) {
                char c = l.charAt(i);
                int col = firstColumn + i;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#') {
                    break;
                } else if (c == '\'' || c == '"' || ((c == 'b') && i + 1 < l.length()
                        && (l.charAt(i + 1) == '\'' || l.charAt(i + 1) == '"'))) {
                    boolean bytes = c == 'b';
                    int q = bytes ? i + 1 : i;
                    char quote = l.charAt(q);
                    StringBuilder sb = new StringBuilder();
                    int j = q + 1;
                    while (j < l.length() && l.charAt(j) != quote) {
                        if (l.charAt(j) == '\\' && j + 1 < l.length()) {
                            j++;
                        }
                        sb.append(l.charAt(j));
                        j++;
                    }
                    if (j >= l.length()) {
                        throw new SyntaxError("unclosed string literal", line, col);
                    }
                    tokens.add(new Token(bytes ? T.BYTES : T.STR, sb.toString(), line, col));
                    i = j + 1;
                } else if (l.startsWith("...", i)) {
                    tokens.add(new Token(T.ELLIPSIS, "...", line, col));
                    i += 3;
                } else if (Character.isDigit(c) || (c == '-' && i + 1 < l.length() && Character.isDigit(l.charAt(i + 1)))) {
                    int j = i + 1;
                    boolean dot = false;
                    while (j < l.length() && (Character.isDigit(l.charAt(j)) || (l.charAt(j) == '.' && !dot
                            && j + 1 < l.length() && Character.isDigit(l.charAt(j + 1))))) {
                        dot |= l.charAt(j) == '.';
                        j++;
                    }
                    tokens.add(new Token(dot ? T.FLOAT : T.NUM, l.substring(i, j), line, col));
                    i = j;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i + 1;
                    while (j < l.length() && Character.isJavaIdentifierPart(l.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(T.IDENT, l.substring(i, j), line, col));
                    i = j;
                } else if ("{}[]():,=|.*".indexOf(c) >= 0) {
                    tokens.add(new Token(T.PUNCT, String.valueOf(c), line, col));
                    i++;
                } else {
                    throw new SyntaxError("unexpected character '" + c + "'", line, col);
                }
            }
        }
        int endLine = firstLine + Math.max(0, lines.size() - 1);
        tokens.add(new Token(T.EOF, "end of block", endLine, firstColumn + lines.get(lines.size() - 1).length()));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.type != T.EOF) {
            pos++;
        }
        return t;
    }

    private boolean at(String punct) {
        Token t = peek();
        return t.type == T.PUNCT && t.text.equals(punct);
    }

    private Token expect(String punct) throws SyntaxError {
        Token t = next();
        if (t.type != T.PUNCT || !t.text.equals(punct)) {
            throw new SyntaxError("expected '" + punct + "' but found '" + t.text + "'", t.line, t.column);
        }
        return t;
    }

    /** {@code [response =] client.name( key=value, ... )}. */
    private SyntaxValue call() throws SyntaxError {
        Token first = peek();
        if (first.type == T.IDENT && tokens.get(pos + 1).type == T.PUNCT && tokens.get(pos + 1).text.equals("=")) {
            pos += 2;
        }
        Token name = next();
        if (name.type != T.IDENT) {
            throw new SyntaxError("expected a call like client.operation(...) but found '" + name.text + "'", name.line, name.column);
        }
        while (at(".")) {
            next();
            Token part = next();
            if (part.type != T.IDENT) {
                throw new SyntaxError("expected a name after '.' but found '" + part.text + "'", part.line, part.column);
            }
        }
        Token open = expect("(");
        List<SyntaxValue.Entry> entries = new ArrayList<>();
        while (!at(")")) {
            Token key = next();
            if (key.type != T.IDENT) {
                throw new SyntaxError("expected a parameter name but found '" + key.text + "'", key.line, key.column);
            }
            expect("=");
            SyntaxValue v = value();
            entries.add(new SyntaxValue.Entry(null, key.text, v, key.line, key.column));
            if (!at(")")) {
                expect(",");
            }
        }
        expect(")");
        return new SyntaxValue(SyntaxValue.Kind.DICT, entries, null, List.of(), open.line, open.column);
    }

    /** One value: alternatives separated by {@code |}. */
    private SyntaxValue value() throws SyntaxError {
        Token start = peek();
        List<SyntaxValue> alternatives = new ArrayList<>();
        alternatives.add(alternative());
        while (at("|") || (peek().type == T.IDENT && peek().text.equals("or"))) {
            next();
            alternatives.add(alternative());
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        boolean allStrings = true;
        boolean document = false;
        boolean bytesAndFile = false;
        boolean booleans = true;
        for (int i = 0; i < alternatives.size(); i++) {
            SyntaxValue a = alternatives.get(i);
            allStrings &= a.kind() == SyntaxValue.Kind.STRING || a.kind() == SyntaxValue.Kind.ENUM;
            document |= a.kind() == SyntaxValue.Kind.NONE || a.kind() == SyntaxValue.Kind.DOCUMENT;
            bytesAndFile |= a.kind() == SyntaxValue.Kind.BLOB;
            booleans &= a.kind() == SyntaxValue.Kind.BOOLEAN;
        }
        if (allStrings) {
            List<String> values = new ArrayList<>();
            for (SyntaxValue a : alternatives) {
                values.addAll(a.enumValues());
            }
            return new SyntaxValue(SyntaxValue.Kind.ENUM, List.of(), null, values, start.line, start.column);
        }
        if (booleans) {
            return SyntaxValue.of(SyntaxValue.Kind.BOOLEAN, start.line, start.column);
        }
        if (document) {
            return SyntaxValue.of(SyntaxValue.Kind.DOCUMENT, start.line, start.column);
        }
        if (bytesAndFile) {
            return SyntaxValue.of(SyntaxValue.Kind.STREAMING_INPUT, start.line, start.column);
        }
        // Other mixtures ('string' or {'Bucket': ...}): the first form is the one on the wire.
        return alternatives.get(0);
    }

    private SyntaxValue alternative() throws SyntaxError {
        Token t = next();
        switch (t.type) {
            case STR -> {
                return new SyntaxValue(t.text.equals("string")
                        ? SyntaxValue.Kind.STRING : SyntaxValue.Kind.ENUM, List.of(), null,
                        List.of(t.text), t.line, t.column);
            }
            case BYTES -> {
                return SyntaxValue.of(SyntaxValue.Kind.BLOB, t.line, t.column);
            }
            case NUM -> {
                return SyntaxValue.of(SyntaxValue.Kind.INTEGER, t.line, t.column);
            }
            case FLOAT -> {
                return SyntaxValue.of(SyntaxValue.Kind.FLOAT, t.line, t.column);
            }
            case ELLIPSIS -> {
                return SyntaxValue.of(SyntaxValue.Kind.UNKNOWN, t.line, t.column);
            }
            case IDENT -> {
                return identifier(t);
            }
            case PUNCT -> {
                if (t.text.equals("{")) {
                    return dict(t);
                }
                if (t.text.equals("[")) {
                    return list(t);
                }
                throw new SyntaxError("unexpected '" + t.text + "'", t.line, t.column);
            }
            default -> throw new SyntaxError("unexpected " + t.text, t.line, t.column);
        }
    }

    private SyntaxValue identifier(Token t) throws SyntaxError {
        switch (t.text) {
            case "True", "False" -> {
                return SyntaxValue.of(SyntaxValue.Kind.BOOLEAN, t.line, t.column);
            }
            case "None" -> {
                return SyntaxValue.of(SyntaxValue.Kind.NONE, t.line, t.column);
            }
            case "file" -> {
                return SyntaxValue.of(SyntaxValue.Kind.BLOB, t.line, t.column);
            }
            default -> {
            }
        }
        if (!at("(")) {
            throw new SyntaxError("unknown placeholder '" + t.text + "'", t.line, t.column);
        }
        next();
        switch (t.text) {
            case "datetime" -> {
                while (!at(")")) {
                    Token a = next();
                    if (a.type == T.EOF) {
                        throw new SyntaxError("unclosed 'datetime('", t.line, t.column);
                    }
                }
                next();
                return SyntaxValue.of(SyntaxValue.Kind.TIMESTAMP, t.line, t.column);
            }
            case "StreamingBody" -> {
                expect(")");
                return SyntaxValue.of(SyntaxValue.Kind.STREAMING_BODY, t.line, t.column);
            }
            case "EventStream" -> {
                SyntaxValue inner = value();
                expect(")");
                return new SyntaxValue(SyntaxValue.Kind.EVENT_STREAM, inner.entries(), null, List.of(), t.line, t.column);
            }
            default -> throw new SyntaxError("unknown placeholder '" + t.text + "('", t.line, t.column);
        }
    }

    private SyntaxValue dict(Token open) throws SyntaxError {
        if (peek().type == T.ELLIPSIS) {
            next();
            expect("}");
            return SyntaxValue.of(SyntaxValue.Kind.DOCUMENT, open.line, open.column);
        }
        Token first = peek();
        if (first.type == T.STR && tokens.get(pos + 1).type == T.PUNCT && tokens.get(pos + 1).text.equals("}")
                && first.text.contains("recursive")) {
            pos += 2;
            return SyntaxValue.of(SyntaxValue.Kind.RECURSIVE, open.line, open.column);
        }
        List<SyntaxValue.Entry> entries = new ArrayList<>();
        while (!at("}")) {
            Token keyStart = peek();
            if (keyStart.type == T.EOF) {
                throw new SyntaxError("unclosed '{'", open.line, open.column);
            }
            if (at(")") || at("]")) {
                throw new SyntaxError("found '" + keyStart.text + "' but the '{' opened at " + open.line + ":"
                        + open.column + " is not closed", keyStart.line, keyStart.column);
            }
            SyntaxValue key = value();
            if (key.kind() != SyntaxValue.Kind.STRING && key.kind() != SyntaxValue.Kind.ENUM) {
                throw new SyntaxError("expected a quoted key but found '" + keyStart.text + "'", keyStart.line, keyStart.column);
            }
            expect(":");
            SyntaxValue v = value();
            entries.add(new SyntaxValue.Entry(key, keyStart.text, v, keyStart.line, keyStart.column));
            if (!at("}")) {
                Token comma = peek();
                if (comma.type == T.EOF) {
                    throw new SyntaxError("unclosed '{'", open.line, open.column);
                }
                expect(",");
            }
        }
        expect("}");
        return new SyntaxValue(SyntaxValue.Kind.DICT, entries, null, List.of(), open.line, open.column);
    }

    private SyntaxValue list(Token open) throws SyntaxError {
        // [...] and [ ..., ]: a list whose elements the block does not show (botocore prints [...] for
        // "some list"; inside a document's alternatives {...}|[...]|123|...|None the whole is a document).
        SyntaxValue element = null;
        if (!at("]")) {
            if (peek().type == T.EOF) {
                throw new SyntaxError("unclosed '['", open.line, open.column);
            }
            element = value();
            if (at(",")) {
                next();
            }
        }
        Token close = peek();
        if (close.type == T.EOF) {
            throw new SyntaxError("unclosed '['", open.line, open.column);
        }
        if (at(")") || at("}")) {
            throw new SyntaxError("found '" + close.text + "' but the '[' opened at " + open.line + ":"
                    + open.column + " is not closed", close.line, close.column);
        }
        expect("]");
        return new SyntaxValue(SyntaxValue.Kind.LIST, List.of(), element, List.of(), open.line, open.column);
    }
}
