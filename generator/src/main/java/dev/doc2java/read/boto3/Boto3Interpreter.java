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
 * Interprets the RST block tree of one boto3 page: finds the client's methods, tells operations
 * from helper methods, and reads each operation's name, documentation, request and response
 * types (Request/Response Syntax merged with the parameter and bullet trees) and exceptions.
 */
final class Boto3Interpreter {

    /** What one page says. */
    record PageResult(String serviceId, String clientName, boolean perService, List<OperationDraft> operations) {
    }

    private static final Pattern DOC_LINK = Pattern.compile(":doc:`[^`<]*<([^>`]+)>`");
    private static final Pattern CLIENT_CALL = Pattern.compile("(?:boto3\\.client|create_client)\\(\\s*['\"]([A-Za-z0-9._-]+)['\"]");
    private static final Pattern API_LINK = Pattern.compile("/goto/WebAPI/([A-Za-z0-9._-]+)/([A-Za-z0-9_]+)");
    private static final Pattern METHOD_SIGNATURE = Pattern.compile("((?:[\\w.]+\\.)?)(\\w+)\\((.*)\\)\\s*");
    private static final Pattern TYPED_BULLET = Pattern.compile(
            "(?:\\*\\*([^*]+)\\*\\*\\s+)?(?:\\*\\(([^)]*)\\)\\s*--\\*|\\((:[\\w:]+:`[^`]*`)\\)\\s*--)\\s*(.*)");
    private static final String UNION_NOTE = "This is a Tagged Union structure";
    private static final Pattern CODE = Pattern.compile("``([^`]+)``");
    private static final Pattern EXCEPTION = Pattern.compile("exceptions\\.(\\w+)`");

    private final Page page;
    private final Diagnostics diagnostics;

    private Boto3Interpreter(Page page, Diagnostics diagnostics) {
        this.page = page;
        this.diagnostics = diagnostics;
    }

    static PageResult interpret(Page page, List<RstBlock> blocks, Diagnostics diagnostics) {
        return new Boto3Interpreter(page, diagnostics).run(blocks);
    }

    private PageResult run(List<RstBlock> blocks) {
        String serviceId = null;
        Matcher doc = DOC_LINK.matcher(firstText(blocks));
        if (doc.find()) {
            String target = doc.group(1).replaceAll("/+$", "");
            serviceId = target.substring(target.lastIndexOf('/') + 1);
        }
        String clientName = null;
        boolean perService = false;
        List<RstBlock> methods = new ArrayList<>();
        for (RstBlock b : blocks) {
            if (b.isDirective("py:class") && b.text().endsWith(".Client")) {
                perService = true;
                clientName = clientName == null ? b.text().substring(0, b.text().length() - ".Client".length()) : clientName;
                if (serviceId == null) {
                    serviceId = clientCall(b.children());
                }
                for (RstBlock c : b.children()) {
                    if (c.isDirective("py:method")) {
                        methods.add(c);
                    }
                }
            } else if (b.isDirective("py:method")) {
                Matcher m = METHOD_SIGNATURE.matcher(b.text());
                if (m.matches() && m.group(1).endsWith(".Client.")) {
                    String owner = m.group(1).substring(0, m.group(1).length() - ".Client.".length());
                    clientName = clientName == null ? owner : clientName;
                    methods.add(b);
                }
            }
        }
        List<OperationDraft> ops = new ArrayList<>();
        for (RstBlock method : methods) {
            OperationDraft op = method(method);
            if (op != null) {
                ops.add(op);
            }
        }
        return new PageResult(serviceId, clientName, perService, ops);
    }

    private static String firstText(List<RstBlock> blocks) {
        for (RstBlock b : blocks) {
            if (b.is(RstBlock.Kind.PARAGRAPH)) {
                return b.text();
            }
            if (!b.is(RstBlock.Kind.COMMENT)) {
                return "";
            }
        }
        return "";
    }

    private static String clientCall(List<RstBlock> blocks) {
        for (RstBlock b : blocks) {
            if (b.is(RstBlock.Kind.LITERAL) || b.is(RstBlock.Kind.PARAGRAPH)) {
                Matcher m = CLIENT_CALL.matcher(b.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- one method

    private OperationDraft method(RstBlock method) {
        Matcher sig = METHOD_SIGNATURE.matcher(method.text());
        SourceLocation at = page.at(method.line(), method.column());
        if (!sig.matches()) {
            diagnostics.warning("boto3.method-signature", at, "cannot read the method signature '" + method.text() + "'");
            return null;
        }
        String pythonName = sig.group(2);
        String args = sig.group(3).strip();
        List<RstBlock> body = method.children();
        String apiLink = null;
        for (RstBlock b : body) {
            if (b.is(RstBlock.Kind.PARAGRAPH) && b.text().contains("AWS API Documentation")) {
                Matcher m = API_LINK.matcher(b.text());
                if (m.find()) {
                    apiLink = m.group(2);
                    break;
                }
            }
        }
        int requestSyntax = indexOfParagraph(body, "**Request Syntax**");
        boolean kwargs = args.equals("**kwargs") || args.isEmpty();
        if (!kwargs || (apiLink == null && requestSyntax < 0)) {
            return null; // a helper method (can_paginate, get_waiter, upload_file, ...), not an operation
        }
        OperationDraft op = new OperationDraft();
        op.pythonName = pythonName;
        op.source = at;
        op.pagePath = page.path();
        if (apiLink != null) {
            op.name = apiLink;
        } else {
            op.name = pascal(pythonName);
            diagnostics.warning("boto3.no-api-link", at, "no 'See also: AWS API Documentation' link; operation name '"
                    + op.name + "' guessed from the method name");
        }
        op.documentation = documentation(body);
        for (RstBlock b : body) {
            if (b.isDirective("danger") && RstHtml.plain(allText(b)).toLowerCase(Locale.ROOT).contains("deprecated")) {
                op.deprecated = true;
            }
        }
        // Request: syntax block + :type/:param fields.
        SyntaxValue requestValue = null;
        if (requestSyntax >= 0) {
            RstBlock literal = literalAfter(body, requestSyntax);
            if (literal == null) {
                diagnostics.error("boto3.syntax-missing", page.at(body.get(requestSyntax).line(), body.get(requestSyntax).column()),
                        "**Request Syntax** is not followed by a literal block");
            } else if (tooLarge(literal)) {
                diagnostics.warning("boto3.too-large", page.at(literal.line(), literal.column()),
                        "Request Syntax is not rendered on this page (too large); the request is read from the parameter list only");
            } else {
                requestValue = SyntaxParser.parseRequest(literal, page, diagnostics);
            }
        }
        List<Described> params = params(body);
        if ((requestValue != null && !requestValue.entries().isEmpty()) || !params.isEmpty()) {
            TypeNode input = new TypeNode(TypeNode.Kind.STRUCTURE);
            input.source = at;
            input.requiredKnown = true;
            TypeNode fromSyntax = requestValue == null ? null : fromSyntax(requestValue, null, null, true);
            Described root = new Described(null, "dict", false, List.of(), null, false, params, at, true);
            op.input = merge(fromSyntax, root, null, null, true, requestValue != null, true, "request of " + pythonName);
            op.input.source = at;
            op.input.documentation = "";
        }
        // Response: :returns: field.
        RstBlock returns = field(body, "returns");
        if (returns == null) {
            diagnostics.warning("boto3.no-returns", at, "no ':returns:' field; the operation is read as returning nothing");
        } else if (!returns.text().strip().equals("None")) {
            op.output = response(returns, pythonName, at);
        }
        // Exceptions.
        int exceptions = indexOfParagraph(body, "**Exceptions**");
        if (exceptions >= 0) {
            for (int i = exceptions + 1; i < body.size() && body.get(i).is(RstBlock.Kind.BULLET); i++) {
                Matcher m = EXCEPTION.matcher(body.get(i).text());
                if (m.find()) {
                    op.errors.add(m.group(1));
                    op.errorSources.add(page.at(body.get(i).line(), body.get(i).column()));
                }
            }
        }
        return op;
    }

    private TypeNode response(RstBlock returns, String pythonName, SourceLocation at) {
        List<RstBlock> body = returns.children();
        int syntaxAt = indexOfParagraph(body, "**Response Syntax**");
        int structureAt = indexOfParagraph(body, "**Response Structure**");
        SyntaxValue value = null;
        boolean syntaxShown = false;
        if (syntaxAt >= 0) {
            RstBlock literal = literalAfter(body, syntaxAt);
            if (literal == null) {
                diagnostics.error("boto3.syntax-missing", page.at(body.get(syntaxAt).line(), body.get(syntaxAt).column()),
                        "**Response Syntax** is not followed by a literal block");
            } else if (tooLarge(literal)) {
                diagnostics.warning("boto3.too-large", page.at(literal.line(), literal.column()),
                        "Response Syntax is not rendered on this page (too large); the response is read from Response Structure only");
            } else {
                value = SyntaxParser.parseResponse(literal, page, diagnostics);
                syntaxShown = value != null;
            }
        }
        Described root = null;
        boolean structureShown = false;
        if (structureAt >= 0) {
            RstBlock literal = literalAfter(body, structureAt);
            if (literal != null && tooLarge(literal)) {
                diagnostics.warning("boto3.too-large", page.at(literal.line(), literal.column()),
                        "Response Structure is not rendered on this page (too large); response types come from Response"
                        + " Syntax only, without documentation, and unions there cannot be recognised");
            } else {
                for (int i = structureAt + 1; i < body.size(); i++) {
                    if (body.get(i).is(RstBlock.Kind.BULLET)) {
                        root = described(body.get(i), false);
                        structureShown = root != null;
                        break;
                    }
                    if (body.get(i).is(RstBlock.Kind.PARAGRAPH) && body.get(i).text().startsWith("**")) {
                        break;
                    }
                }
            }
        }
        if (value == null && root == null) {
            if (syntaxAt < 0 && structureAt < 0) {
                diagnostics.warning("boto3.no-response", page.at(returns.line(), returns.column()),
                        "':returns:' shows neither Response Syntax nor Response Structure; the response is left empty");
            }
            TypeNode empty = new TypeNode(TypeNode.Kind.STRUCTURE);
            empty.source = at;
            return empty;
        }
        if (value != null && value.kind() != SyntaxValue.Kind.DICT) {
            diagnostics.error("boto3.syntax", page.at(value.line(), value.column()), "Response Syntax is not a dict");
            value = null;
        }
        TypeNode fromSyntax = value == null ? null : fromSyntax(value, null, null, false);
        if (root == null) {
            root = new Described(null, "dict", false, List.of(), null, false, List.of(), at, false);
        }
        TypeNode out = merge(fromSyntax, root, null, null, false, syntaxShown, structureShown, "response of " + pythonName);
        if (!structureShown) {
            markUnionUnknown(out, new java.util.IdentityHashMap<>());
        }
        out.source = at;
        return out;
    }

    private static void markUnionUnknown(TypeNode n, java.util.IdentityHashMap<TypeNode, Boolean> seen) {
        if (n == null || seen.put(n, Boolean.TRUE) != null) {
            return;
        }
        n.unionKnown = false;
        for (TypeNode.MemberNode m : n.members) {
            markUnionUnknown(m.type, seen);
        }
        markUnionUnknown(n.element, seen);
        markUnionUnknown(n.key, seen);
        markUnionUnknown(n.value, seen);
    }

    private static boolean tooLarge(RstBlock literal) {
        return literal.text().contains("too large to render");
    }

    private static int indexOfParagraph(List<RstBlock> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).is(RstBlock.Kind.PARAGRAPH) && blocks.get(i).text().strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static RstBlock literalAfter(List<RstBlock> blocks, int index) {
        for (int i = index + 1; i < blocks.size(); i++) {
            RstBlock b = blocks.get(i);
            if (b.is(RstBlock.Kind.LITERAL)) {
                return b;
            }
            if (!b.is(RstBlock.Kind.COMMENT)) {
                return null;
            }
        }
        return null;
    }

    private static RstBlock field(List<RstBlock> blocks, String name) {
        for (RstBlock b : blocks) {
            if (b.is(RstBlock.Kind.FIELD) && b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }

    private static String rawText(List<RstBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (RstBlock b : blocks) {
            sb.append(allText(b)).append(' ');
        }
        return RstHtml.plain(sb.toString());
    }

    private static String allText(RstBlock b) {
        StringBuilder sb = new StringBuilder(b.text());
        for (RstBlock c : b.children()) {
            sb.append(' ').append(allText(c));
        }
        return sb.toString();
    }

    /** The operation's description: the prose before the API link, the syntax and the fields. */
    private String documentation(List<RstBlock> body) {
        List<RstBlock> prose = new ArrayList<>();
        for (RstBlock b : body) {
            if (b.is(RstBlock.Kind.PARAGRAPH) && (b.text().contains("AWS API Documentation")
                    || b.text().strip().startsWith("**Request Syntax**"))) {
                break;
            }
            if (b.is(RstBlock.Kind.FIELD)) {
                break;
            }
            if (b.isDirective("danger")) {
                continue;
            }
            prose.add(b);
        }
        return RstHtml.blocks(prose);
    }

    static String pascal(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- the described (bullet) tree

    /** What a {@code :param:} entry or a typed bullet says about one value. */
    record Described(String name, String typeWord, boolean required, List<RstBlock> docBlocks,
            List<String> unionMembers, boolean idempotencyToken, List<Described> children, SourceLocation source,
            boolean childrenShown) {
    }

    private List<Described> params(List<RstBlock> body) {
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
            out.add(describe(name, typeWord, b.text(), b.children(), page.at(b.line(), b.column()), true));
        }
        return out;
    }

    private Described described(RstBlock bullet, boolean request) {
        Matcher m = TYPED_BULLET.matcher(bullet.text());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1) == null ? null : m.group(1).strip();
        String typeWord = m.group(2) != null ? m.group(2).strip() : m.group(3).strip();
        return describe(name, typeWord, m.group(4), bullet.children(), page.at(bullet.line(), bullet.column()), request);
    }

    private Described describe(String name, String typeWord, String rest, List<RstBlock> body, SourceLocation at, boolean request) {
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
        return new Described(name, typeWord, required, docs, unionMembers, idempotency, children, at, !children.isEmpty());
    }

    // ---------------------------------------------------------------- syntax -> nodes, merged with the described tree

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
            case STREAMING_INPUT, STREAMING_BODY -> {
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
    private TypeNode merge(TypeNode node, Described d, TypeNode parent, String memberName, boolean request,
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
        if (n == null || (n.placeholderOnly && d != null)) {
            n = fromWord(d, request);
        } else if (d != null) {
            checkKind(n, d, where);
        }
        if (d != null && d.typeWord().contains("JSON serializable") && n.kind != TypeNode.Kind.STRING) {
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
                    n.constraints = ProseConstraints.of(rawText(d.docBlocks()), null, d.source());
                }
            }
            if (d.source() != null && memberName == null && parent != null) {
                n.source = d.source();
            }
            if (d.typeWord().contains("StreamingBody") || d.typeWord().contains("seekable")) {
                n.streaming = n.kind == TypeNode.Kind.BLOB || n.streaming;
            }
            if (d.typeWord().contains("EventStream") && n.kind == TypeNode.Kind.STRUCTURE) {
                n.eventStream = true;
            }
        }
        switch (n.kind) {
            case STRUCTURE -> mergeStructure(n, d, request, syntaxShown && node != null, describedShown, where);
            case LIST -> {
                Described ed = d == null ? null : single(d, where);
                n.element = merge(n.element, ed, n, null, request, syntaxShown, describedShown, where);
            }
            case MAP -> {
                Described kd = d == null ? null : single(d, where);
                Described vd = kd == null ? null : single(kd, where);
                n.key = merge(n.key, kd, n, null, request, syntaxShown, describedShown, where);
                n.value = merge(n.value, vd, n, null, request, syntaxShown, describedShown, where);
            }
            case RECURSIVE -> {
                if (d != null) {
                    n.recursionTypeWord = d.typeWord();
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
            apply(m, md, request);
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
            apply(m, c, request);
            m.type = merge(null, c, n, c.name(), request, syntaxShown, describedShown, where);
            n.members.add(m);
        }
    }

    private void apply(TypeNode.MemberNode m, Described md, boolean request) {
        if (md == null) {
            return;
        }
        m.source = md.source();
        m.required = request && md.required();
        m.documentation = RstHtml.blocks(md.docBlocks());
        if (m.type == null || m.type.kind == TypeNode.Kind.STRING && m.type.enumValues.isEmpty() || m.type.placeholderOnly) {
            m.constraints = ProseConstraints.of(rawText(md.docBlocks()), m.name, md.source());
        }
        m.idempotencyToken = md.idempotencyToken();
        if (md.idempotencyToken()) {
            String note = "<p>This field is autopopulated if not provided.</p>";
            m.documentation = m.documentation + note;
        }
        m.payload = md.typeWord().contains("seekable") || md.typeWord().contains("StreamingBody")
                || md.typeWord().contains("EventStream");
        m.jsonValue = md.typeWord().contains("JSON serializable");
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
        String w = d == null ? "" : d.typeWord();
        TypeNode n;
        if (w.equals("dict") || w.contains("EventStream")) {
            boolean map = d.children().stream().anyMatch(c -> c.name() == null);
            if (map) {
                n = new TypeNode(TypeNode.Kind.MAP);
            } else if (d.children().isEmpty() && (d.unionMembers() == null || !d.unionMembers().isEmpty()) && d.unionMembers() != null) {
                n = new TypeNode(TypeNode.Kind.RECURSIVE);
            } else {
                n = new TypeNode(TypeNode.Kind.STRUCTURE);
            }
            n.eventStream = w.contains("EventStream");
        } else if (w.equals("list") || w.startsWith("list(")) {
            n = new TypeNode(TypeNode.Kind.LIST);
        } else {
            n = new TypeNode(scalarKind(w));
            n.streaming = w.contains("seekable") || w.contains("StreamingBody");
        }
        n.source = d == null ? SourceLocation.UNKNOWN : d.source();
        return n;
    }

    private static TypeNode.Kind scalarKind(String w) {
        if (w.contains("document")) {
            return TypeNode.Kind.DOCUMENT;
        }
        if (w.startsWith("bytes") || w.contains("StreamingBody")) {
            return TypeNode.Kind.BLOB;
        }
        return switch (w) {
            case "integer", "int", "long" -> TypeNode.Kind.INTEGER;
            case "float", "double" -> TypeNode.Kind.DOUBLE;
            case "boolean", "bool" -> TypeNode.Kind.BOOLEAN;
            case "datetime" -> TypeNode.Kind.TIMESTAMP;
            default -> TypeNode.Kind.STRING;
        };
    }

    private void checkKind(TypeNode n, Described d, String where) {
        String w = d.typeWord();
        boolean ok = switch (n.kind) {
            case STRUCTURE -> w.equals("dict") || w.contains("EventStream");
            case MAP -> w.equals("dict");
            case LIST -> w.equals("list") || w.startsWith("list(");
            case STRING -> w.equals("string") || w.equals("str") || w.contains("JSON serializable");
            case INTEGER -> w.equals("integer") || w.equals("long");
            case DOUBLE -> w.equals("float") || w.equals("double");
            case BOOLEAN -> w.equals("boolean");
            case TIMESTAMP -> w.equals("datetime");
            case BLOB -> w.startsWith("bytes") || w.contains("StreamingBody");
            case DOCUMENT -> w.contains("document") || w.contains("JSON serializable");
            case RECURSIVE -> true;
        };
        if (!ok) {
            diagnostics.warning("boto3.type-mismatch", d.source(), where + ": the syntax block shows "
                    + n.kind.name().toLowerCase(Locale.ROOT) + " but the description says '" + w + "'");
        }
        if (n.kind == TypeNode.Kind.STRUCTURE && w.equals("dict") && !n.members.isEmpty()
                && d.children().stream().anyMatch(c -> c.name() == null)) {
            diagnostics.warning("boto3.type-mismatch", d.source(), where + ": the syntax block shows a structure but the description a map");
        }
    }
}
