package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a page says about one request or response: the description tree
 * ({@code :type}/{@code :param} fields and typed bullets {@code - **name** *(type) --*}) and the
 * node tree of the Request/Response Syntax block, and merges them into {@link TypeNode}s,
 * reporting where the two disagree.
 */
final class TypeMerger {

    private static final Pattern CODE = Pattern.compile("``([^`]+)``");
    private static final String UNION_NOTE = "This is a Tagged Union structure";
    private static final Pattern TYPED_BULLET = Pattern.compile(
            "(?:\\*\\*([^*]+)\\*\\*\\s+)?(?:\\*\\(([^)]*)\\)\\s*--\\*|\\((:[\\w:]+:`[^`]*`|[\\w ]+)\\)\\s*--)\\s*(.*)");

    private final Page page;
    private final Diagnostics diagnostics;

    TypeMerger(Page page, Diagnostics diagnostics) {
        this.page = page;
        this.diagnostics = diagnostics;
    }

    // ---------------------------------------------------------------- the described (bullet) tree

    /** What a {@code :param:} entry or a typed bullet says about one value. */
    record Described(String name, TypeWord type, boolean required, List<RstBlock> docBlocks,
            List<String> unionMembers, boolean idempotencyToken, List<Described> children, SourceLocation source,
            boolean childrenShown) {
    }

    List<Described> params(List<RstBlock> body) {
        List<Described> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < body.size(); i++) {
            RstBlock b = body.get(i);
            if (!b.is(RstBlock.Kind.FIELD) || !b.name().startsWith("param ")) {
                continue;
            }
            String name = b.name().substring("param ".length()).strip();
            String typeWord = "";
            for (RstBlock t : body) {
                if (t.is(RstBlock.Kind.FIELD) && t.name().equals("type " + name)) {
                    typeWord = t.text().strip();
                    break;
                }
            }
            if (!seen.add(name)) {
                diagnostics.warning("boto3.duplicate-param", page.at(b.line(), b.column()), "parameter '" + name + "' is documented twice");
                continue;
            }
            out.add(describe(name, TypeWord.parse(typeWord), b.text(), b.children(), page.at(b.line(), b.column()), true));
        }
        return out;
    }

    Described described(RstBlock bullet, boolean request) {
        Matcher m = TYPED_BULLET.matcher(bullet.text());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1) == null ? null : m.group(1).strip();
        String typeWord = m.group(2) != null ? m.group(2).strip() : m.group(3).strip();
        return describe(name, TypeWord.parse(typeWord), m.group(4), bullet.children(), page.at(bullet.line(), bullet.column()), request);
    }

    private Described describe(String name, TypeWord type, String rest, List<RstBlock> body, SourceLocation at, boolean request) {
        boolean required = rest.contains("**[REQUIRED]**");
        List<RstBlock> docs = new ArrayList<>();
        List<Described> children = new ArrayList<>();
        List<String> unionMembers = null;
        boolean idempotency = false;
        for (RstBlock c : body) {
            if (c.is(RstBlock.Kind.BULLET)) {
                Described d = described(c, request);
                if (d != null) {
                    children.add(d);
                    continue;
                }
            }
            int union = c.text().indexOf(UNION_NOTE);
            if (union >= 0 && (c.isDirective("note") || c.is(RstBlock.Kind.PARAGRAPH))) {
                unionMembers = new ArrayList<>();
                Matcher code = CODE.matcher(c.text().substring(union));
                while (code.find()) {
                    if (!code.group(1).equals("SDK_UNKNOWN_MEMBER")) {
                        unionMembers.add(code.group(1));
                    }
                }
                if (c.is(RstBlock.Kind.PARAGRAPH)) {
                    // The note run into a paragraph: keep the text before it as documentation.
                    String before = c.text().substring(0, union);
                    int directive = before.lastIndexOf(".. note::");
                    before = (directive >= 0 ? before.substring(0, directive) : before).strip();
                    if (!before.isEmpty()) {
                        docs.add(new RstBlock(RstBlock.Kind.PARAGRAPH, c.line(), c.column(), "", before, List.of()));
                    }
                }
                continue;
            }
            if (c.is(RstBlock.Kind.LITERAL) && c.text().contains("SDK_UNKNOWN_MEMBER")) {
                continue; // the tail of a union note that ran into a paragraph
            }
            if (c.is(RstBlock.Kind.PARAGRAPH) && c.text().contains("This field is autopopulated if not provided")) {
                idempotency = true;
                continue;
            }
            docs.add(c);
        }
        return new Described(name, type, required, docs, unionMembers, idempotency, children, at, !children.isEmpty());
    }

    // ---------------------------------------------------------------- syntax -> nodes, merged with the described tree

    /** The node tree a syntax block shows, before the description is merged in. */
    TypeNode fromSyntax(SyntaxValue v, boolean request) {
        return fromSyntax(v, null, null, request);
    }

    private TypeNode fromSyntax(SyntaxValue v, TypeNode parent, String memberName, boolean request) {
        TypeNode n;
        switch (v.kind()) {
            case DICT -> {
                if (v.looksLikeMap()) {
                    n = new TypeNode(TypeNode.Kind.MAP);
                    SyntaxValue.Entry e = v.entries().get(0);
                    n.key = fromSyntax(e.key(), n, null, request);
                    n.value = fromSyntax(e.value(), n, null, request);
                } else {
                    n = new TypeNode(TypeNode.Kind.STRUCTURE);
                    for (SyntaxValue.Entry e : v.entries()) {
                        if (n.member(e.name()) != null) {
                            diagnostics.warning("boto3.duplicate-key", page.at(e.line(), e.column()), "key '" + e.name() + "' appears twice");
                            continue;
                        }
                        TypeNode.MemberNode m = new TypeNode.MemberNode(e.name(), fromSyntax(e.value(), null, e.name(), request));
                        m.source = page.at(e.line(), e.column());
                        n.members.add(m);
                    }
                }
            }
            case EVENT_STREAM -> {
                n = new TypeNode(TypeNode.Kind.STRUCTURE);
                n.eventStream = true;
                for (SyntaxValue.Entry e : v.entries()) {
                    if (n.member(e.name()) == null) {
                        TypeNode.MemberNode m = new TypeNode.MemberNode(e.name(), fromSyntax(e.value(), null, e.name(), request));
                        m.source = page.at(e.line(), e.column());
                        n.members.add(m);
                    }
                }
            }
            case LIST -> {
                n = new TypeNode(TypeNode.Kind.LIST);
                n.element = v.element() == null ? new TypeNode(TypeNode.Kind.STRING) : fromSyntax(v.element(), n, null, request);
            }
            case STRING -> n = new TypeNode(TypeNode.Kind.STRING);
            case ENUM -> {
                n = new TypeNode(TypeNode.Kind.STRING);
                n.enumValues = List.copyOf(new LinkedHashSet<>(v.enumValues()));
            }
            case INTEGER -> n = new TypeNode(TypeNode.Kind.INTEGER);
            case FLOAT -> n = new TypeNode(TypeNode.Kind.DOUBLE);
            case BOOLEAN -> n = new TypeNode(TypeNode.Kind.BOOLEAN);
            case TIMESTAMP -> n = new TypeNode(TypeNode.Kind.TIMESTAMP);
            case BLOB -> n = new TypeNode(TypeNode.Kind.BLOB);
            case STREAMING_INPUT -> {
                n = new TypeNode(TypeNode.Kind.BLOB);
                n.payload = true;
            }
            case STREAMING_BODY -> {
                n = new TypeNode(TypeNode.Kind.BLOB);
                n.streaming = true;
            }
            case RECURSIVE -> n = new TypeNode(TypeNode.Kind.RECURSIVE);
            case UNKNOWN -> {
                n = new TypeNode(TypeNode.Kind.DOUBLE);
                n.placeholderOnly = true;
            }
            default -> n = new TypeNode(TypeNode.Kind.DOCUMENT);
        }
        n.source = page.at(v.line(), v.column());
        return n;
    }

    /**
     * Joins what the syntax block ({@code node}, may be null) and the described tree ({@code d}, may
     * be null) say about one value; reports where they disagree.
     */
    TypeNode merge(TypeNode node, Described d, TypeNode parent, String memberName, boolean request,
            boolean syntaxShown, boolean describedShown, String where) {
        TypeNode n = node;
        if (n != null && d != null && n.kind == TypeNode.Kind.STRUCTURE && !n.eventStream && n.members.size() == 1
                && !d.children().isEmpty() && d.children().stream().allMatch(c -> c.name() == null)) {
            // {'KEY': value} with a single key the description shows as an unnamed key: a map whose
            // key placeholder is a single enum value.
            TypeNode map = new TypeNode(TypeNode.Kind.MAP);
            map.source = n.source;
            TypeNode.MemberNode only = n.members.get(0);
            map.key = new TypeNode(TypeNode.Kind.STRING);
            map.key.enumValues = List.of(only.name);
            map.key.source = only.source;
            map.value = only.type;
            n = map;
        }
        boolean elementUnknown = n != null && n.placeholderOnly && parent != null && parent.kind == TypeNode.Kind.LIST;
        if (elementUnknown) {
            // [ ..., ]: the syntax block does not show what the list holds.
            diagnostics.warning("boto3.list-element-unknown", n.source, where + ": the syntax block shows only '...' for"
                    + " the elements of this list; " + (d == null ? "nothing describes them, so they are read as documents"
                    : "their type is taken from the description ('" + d.type().text() + "')"));
        }
        boolean shownBySyntax = syntaxShown && n != null && !n.placeholderOnly;
        if (n == null || (n.placeholderOnly && d != null)) {
            n = fromWord(d, request);
        } else if (elementUnknown) {
            n = new TypeNode(TypeNode.Kind.DOCUMENT);
            n.source = node.source;
        } else if (d != null) {
            checkKind(n, d, where);
        }
        if (d != null && d.type().has(TypeWord.Word.JSON_VALUE) && n.kind != TypeNode.Kind.STRING) {
            n = new TypeNode(TypeNode.Kind.STRING); // a JSON value sent as a string (botocore "jsonvalue")
            n.source = d.source();
        }
        n.parent = parent;
        n.memberName = memberName;
        n.contextName = memberName != null ? memberName : parent == null ? null : parent.contextName;
        n.requiredKnown = request;
        if (d != null) {
            if (d.unionMembers() != null && n.kind == TypeNode.Kind.STRUCTURE) {
                n.union = true;
            }
            if (memberName == null) {
                n.documentation = RstHtml.blocks(d.docBlocks());
                if (n.kind == TypeNode.Kind.STRING && n.enumValues.isEmpty()) {
                    n.constraints = ProseConstraints.of(Boto3Interpreter.rawText(d.docBlocks()), null, d.source());
                    String what = parent == null ? "the value"
                            : parent.kind == TypeNode.Kind.LIST ? "a list element" : "a key or value of a map";
                    reportBounds(n.constraints, where + ": " + what, d.source());
                }
            }
            if (d.source() != null && memberName == null && parent != null && n.kind != TypeNode.Kind.RECURSIVE) {
                n.source = d.source();
            }
            if (d.type().has(TypeWord.Word.STREAMING_BODY)) {
                n.streaming = n.kind == TypeNode.Kind.BLOB || n.streaming;
            }
            if (d.type().has(TypeWord.Word.SEEKABLE_FILE)) {
                n.payload = n.kind == TypeNode.Kind.BLOB || n.payload;
            }
            if (d.type().has(TypeWord.Word.EVENT_STREAM) && n.kind == TypeNode.Kind.STRUCTURE) {
                n.eventStream = true;
            }
        }
        switch (n.kind) {
            case STRUCTURE -> mergeStructure(n, d, request, shownBySyntax, describedShown, where);
            case LIST -> {
                Described ed = d == null ? null : single(d, where);
                n.element = merge(n.element, ed, n, null, request, shownBySyntax, describedShown, where);
            }
            case MAP -> {
                Described kd = d == null ? null : single(d, where);
                Described vd = kd == null ? null : single(kd, where);
                n.key = merge(n.key, kd, n, null, request, shownBySyntax, describedShown, where);
                n.value = merge(n.value, vd, n, null, request, shownBySyntax, describedShown, where);
            }
            case RECURSIVE -> {
                if (d != null) {
                    n.recursionTypeWord = d.type();
                    n.recursionUnionNoteSeen = d.unionMembers() != null;
                    n.recursionUnionMembers = d.unionMembers();
                    n.recursionDescription = RstHtml.plain(RstHtml.blocks(d.docBlocks()));
                }
            }
            default -> {
            }
        }
        return n;
    }

    private void mergeStructure(TypeNode n, Described d, boolean request, boolean syntaxShown, boolean describedShown, String where) {
        List<Described> children = d == null ? List.of() : d.children();
        if (d != null && d.unionMembers() != null && !d.unionMembers().isEmpty()) {
            List<String> names = n.members.stream().map(m -> m.name).toList();
            List<String> described = children.stream().map(Described::name).toList();
            List<String> shown = names.isEmpty() ? described : names;
            if (!shown.isEmpty() && !new LinkedHashSet<>(shown).equals(new LinkedHashSet<>(d.unionMembers()))) {
                diagnostics.warning("boto3.union-members", d.source(), where + ": the union note lists "
                        + d.unionMembers() + " but the structure has " + shown);
            }
        }
        // Members the syntax block shows, in its order.
        for (TypeNode.MemberNode m : n.members) {
            Described md = null;
            for (Described c : children) {
                if (m.name.equals(c.name())) {
                    md = c;
                    break;
                }
            }
            if (md == null && d != null && describedShown && d.childrenShown() && !n.eventStream) {
                diagnostics.warning("boto3.member-mismatch", m.source, where + ": '" + m.name
                        + "' is in the syntax block but not in the parameter/structure list");
            }
            apply(m, md, request, where);
            m.type = merge(m.type, md, n, m.name, request, syntaxShown, describedShown, where);
        }
        // Members only the described tree shows.
        for (Described c : children) {
            if (c.name() == null) {
                diagnostics.warning("boto3.unnamed-member", c.source(), where + ": an unnamed entry inside a structure is ignored");
                continue;
            }
            if (n.member(c.name()) != null) {
                continue;
            }
            if (syntaxShown) {
                diagnostics.warning("boto3.member-mismatch", c.source(), where + ": '" + c.name()
                        + "' is documented but missing from the syntax block");
            }
            TypeNode.MemberNode m = new TypeNode.MemberNode(c.name(), null);
            apply(m, c, request, where);
            m.type = merge(null, c, n, c.name(), request, syntaxShown, describedShown, where);
            n.members.add(m);
        }
    }

    private void apply(TypeNode.MemberNode m, Described md, boolean request, String where) {
        if (md == null) {
            return;
        }
        m.source = md.source();
        m.required = request && md.required();
        m.documentation = RstHtml.blocks(md.docBlocks());
        ProseConstraints.Kind kind = proseKind(m.type, md.type());
        if (kind != ProseConstraints.Kind.OTHER) {
            m.constraints = ProseConstraints.of(Boto3Interpreter.rawText(md.docBlocks()), m.name, kind, md.source());
            reportBounds(m.constraints, where + ": '" + m.name + "'", md.source());
        }
        m.idempotencyToken = md.idempotencyToken();
        if (md.idempotencyToken()) {
            String note = "<p>This field is autopopulated if not provided.</p>";
            m.documentation = m.documentation + note;
        }
        m.payload = md.type().has(TypeWord.Word.SEEKABLE_FILE) || md.type().has(TypeWord.Word.STREAMING_BODY)
                || md.type().has(TypeWord.Word.EVENT_STREAM);
        m.jsonValue = md.type().has(TypeWord.Word.JSON_VALUE);
    }

    /**
     * One info per bound read from a description, so that the bounds the prose states can be counted
     * and checked (a page may state a tighter range than the service enforces: "This value must be an
     * integer from 5 to 100" where the service accepts 1). The bound is kept as the page says it.
     */
    private void reportBounds(dev.doc2java.model.Constraints c, String what, SourceLocation at) {
        if (c.min() == null && c.max() == null) {
            return;
        }
        String evidence = String.join(" / ", c.provenance().stream().map(p -> p.evidence()).distinct().toList());
        if (c.min() != null) {
            diagnostics.info("boto3.prose-bound", at, what + ": minimum " + c.min().toPlainString()
                    + " read from the description (\"" + evidence + "\")");
        }
        if (c.max() != null) {
            diagnostics.info("boto3.prose-bound", at, what + ": maximum " + c.max().toPlainString()
                    + " read from the description (\"" + evidence + "\")");
        }
    }

    /** What kind of value prose may limit here: the syntax block's kind, else the description's type word. */
    private static ProseConstraints.Kind proseKind(TypeNode syntax, TypeWord word) {
        TypeNode.Kind kind;
        if (syntax == null || syntax.placeholderOnly) {
            if (word.first() == TypeWord.Word.LIST) {
                return ProseConstraints.Kind.LIST;
            }
            if (word.isDict()) {
                return ProseConstraints.Kind.OTHER;
            }
            kind = word.scalarKind();
        } else if (syntax.kind == TypeNode.Kind.STRING && !syntax.enumValues.isEmpty()) {
            return ProseConstraints.Kind.OTHER;
        } else {
            kind = syntax.kind;
        }
        return switch (kind) {
            case STRING -> ProseConstraints.Kind.STRING;
            case INTEGER, DOUBLE -> ProseConstraints.Kind.NUMBER;
            case LIST -> ProseConstraints.Kind.LIST;
            default -> ProseConstraints.Kind.OTHER;
        };
    }

    private Described single(Described d, String where) {
        List<Described> unnamed = d.children().stream().filter(c -> c.name() == null).toList();
        if (unnamed.size() > 1) {
            diagnostics.warning("boto3.extra-entries", unnamed.get(1).source(), where + ": more than one entry where one was expected");
        }
        if (!unnamed.isEmpty()) {
            return unnamed.get(0);
        }
        return null;
    }

    private TypeNode fromWord(Described d, boolean request) {
        TypeWord w = d == null ? TypeWord.NONE : d.type();
        TypeNode n;
        if (w.isDict()) {
            boolean map = d.children().stream().anyMatch(c -> c.name() == null);
            if (map) {
                n = new TypeNode(TypeNode.Kind.MAP);
            } else if (d.children().isEmpty() && d.unionMembers() != null && !d.unionMembers().isEmpty()) {
                // A union whose members the note lists but the tree does not show: the tree stopped
                // here because the shape repeats (the syntax block would say '... recursive ...').
                n = new TypeNode(TypeNode.Kind.RECURSIVE);
            } else {
                n = new TypeNode(TypeNode.Kind.STRUCTURE);
            }
            n.eventStream = w.has(TypeWord.Word.EVENT_STREAM);
        } else if (w.first() == TypeWord.Word.LIST) {
            n = new TypeNode(TypeNode.Kind.LIST);
        } else {
            n = new TypeNode(w.scalarKind());
            n.streaming = w.has(TypeWord.Word.STREAMING_BODY);
            n.payload = w.has(TypeWord.Word.SEEKABLE_FILE);
        }
        n.source = d == null ? SourceLocation.UNKNOWN : d.source();
        return n;
    }

    private void checkKind(TypeNode n, Described d, String where) {
        if (!d.type().agreesWith(n.kind)) {
            diagnostics.warning("boto3.type-mismatch", d.source(), where + ": the syntax block shows "
                    + n.kind.name().toLowerCase(Locale.ROOT) + " but the description says '" + d.type().text() + "'");
        }
    }
}
