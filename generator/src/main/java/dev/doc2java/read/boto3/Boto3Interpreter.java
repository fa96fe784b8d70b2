package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets the RST block tree of one boto3 page: finds the client's methods, tells operations
 * from helper methods, and reads each operation's name, documentation, request and response
 * types (Request/Response Syntax merged with the parameter and bullet trees by {@link TypeMerger})
 * and exceptions.
 */
final class Boto3Interpreter {

    /** What one page says. */
    record PageResult(String serviceId, String clientName, boolean perService, boolean otherPythonDocs,
            String documentation, List<OperationDraft> operations) {
    }

    private static final Pattern DOC_LINK = Pattern.compile(":doc:`[^`<]*<([^>`]+)>`");
    private static final Pattern CLIENT_CALL = Pattern.compile("(?:boto3\\.client|create_client)\\(\\s*['\"]([A-Za-z0-9._-]+)['\"]");
    private static final Pattern API_LINK = Pattern.compile("/goto/WebAPI/([A-Za-z0-9._-]+)/([A-Za-z0-9_]+)");
    private static final Pattern METHOD_SIGNATURE = Pattern.compile("((?:[\\w.]+\\.)?)(\\w+)\\((.*)\\)\\s*");
    private static final Pattern LISTED_METHOD = Pattern.compile(":py:meth:`~?([\\w.]+)`\\s*");
    private static final Pattern EXCEPTION = Pattern.compile("exceptions\\.(\\w+)`");

    private final Page page;
    private final Diagnostics diagnostics;
    private final TypeMerger types;

    private Boto3Interpreter(Page page, Diagnostics diagnostics) {
        this.page = page;
        this.diagnostics = diagnostics;
        this.types = new TypeMerger(page, diagnostics);
    }

    static PageResult interpret(Page page, List<RstBlock> blocks, Diagnostics diagnostics) {
        return new Boto3Interpreter(page, diagnostics).run(blocks);
    }

    private PageResult run(List<RstBlock> pageBlocks) {
        List<RstBlock> blocks = DedentRepair.repair(pageBlocks, page, diagnostics);
        String serviceId = null;
        Matcher doc = DOC_LINK.matcher(firstText(blocks));
        if (doc.find()) {
            String target = doc.group(1).replaceAll("/+$", "");
            serviceId = target.substring(target.lastIndexOf('/') + 1);
        }
        String clientName = null;
        boolean perService = false;
        boolean otherPythonDocs = false;
        String documentation = "";
        List<RstBlock> methods = new ArrayList<>();
        for (RstBlock b : blocks) {
            if (b.isDirective("py:class") && b.text().endsWith(".Client")) {
                perService = true;
                clientName = clientName == null ? b.text().substring(0, b.text().length() - ".Client".length()) : clientName;
                if (serviceId == null) {
                    serviceId = clientCall(b.children());
                }
                if (documentation.isEmpty()) {
                    documentation = clientDocumentation(b.children());
                }
                for (RstBlock c : b.children()) {
                    if (c.isDirective("py:method")) {
                        methods.add(c);
                    }
                }
                checkListedMethods(b);
            } else if (b.isDirective("py:method")) {
                Matcher m = METHOD_SIGNATURE.matcher(b.text());
                if (!m.matches()) {
                    diagnostics.warning("boto3.method-signature", page.at(b.line(), b.column()),
                            "cannot read the method signature '" + b.text() + "'");
                } else if (m.group(1).endsWith(".Client.")) {
                    String owner = m.group(1).substring(0, m.group(1).length() - ".Client.".length());
                    clientName = clientName == null ? owner : clientName;
                    methods.add(b);
                } else {
                    otherPythonDocs = true;
                }
            } else if (b.is(RstBlock.Kind.DIRECTIVE) && b.name().startsWith("py:")) {
                otherPythonDocs = true;
            }
        }
        List<OperationDraft> ops = new ArrayList<>();
        for (RstBlock method : methods) {
            OperationDraft op = method(method);
            if (op != null) {
                ops.add(op);
            }
        }
        return new PageResult(serviceId, clientName, perService, otherPythonDocs, documentation, ops);
    }

    /**
     * A per-service page lists every method of the client at its top
     * ({@code *   :py:meth:`~X.Client.method`}): each one the page does not document is reported, so
     * a method lost to a broken page is never lost silently.
     */
    private void checkListedMethods(RstBlock client) {
        String prefix = client.text() + ".";
        java.util.Set<String> documented = new java.util.HashSet<>();
        for (RstBlock c : client.children()) {
            Matcher m = METHOD_SIGNATURE.matcher(c.text());
            if (c.isDirective("py:method") && m.matches()) {
                documented.add(m.group(2));
            }
        }
        for (RstBlock c : client.children()) {
            Matcher m = LISTED_METHOD.matcher(c.text());
            if (c.is(RstBlock.Kind.BULLET) && m.matches() && m.group(1).startsWith(prefix)
                    && !documented.contains(m.group(1).substring(prefix.length()))) {
                diagnostics.warning("boto3.method-unread", page.at(c.line(), c.column()), "the client lists the method '"
                        + m.group(1).substring(prefix.length()) + "' but no '.. py:method::' of it was read on this page;"
                        + " if it is an operation, the model lacks it");
            }
        }
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

    /** The client's description: the prose before the {@code import boto3} example. */
    private static String clientDocumentation(List<RstBlock> blocks) {
        List<RstBlock> prose = new ArrayList<>();
        for (RstBlock b : blocks) {
            if (b.is(RstBlock.Kind.LITERAL) || b.isDirective("py:method")
                    || (b.is(RstBlock.Kind.PARAGRAPH) && b.text().startsWith("These are the available methods"))) {
                break;
            }
            prose.add(b);
        }
        return RstHtml.blocks(prose);
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
            if (args.equals("**kwargs")) {
                // Operations take **kwargs; a helper that does (none known) or an operation whose body
                // the page lost must not vanish silently.
                diagnostics.warning("boto3.method-unread", at, "method '" + pythonName + "' takes **kwargs but shows"
                        + " neither an AWS API Documentation link nor a Request Syntax; it is not read as an operation");
            }
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
        boolean requestTooLarge = false;
        RstBlock requestLiteral = null;
        if (requestSyntax >= 0) {
            body = splitRunawayLiteral(body, requestSyntax);
            RstBlock literal = literalAfter(body, requestSyntax);
            if (literal == null) {
                diagnostics.error("boto3.syntax-missing", page.at(body.get(requestSyntax).line(), body.get(requestSyntax).column()),
                        "**Request Syntax** is not followed by a literal block");
            } else if (tooLarge(literal)) {
                requestTooLarge = true;
                requestLiteral = literal;
            } else {
                requestValue = SyntaxParser.parseRequest(literal, page, diagnostics);
            }
        }
        boolean paramsTooLarge = false;
        int parameters = indexOfParagraph(body, "**Parameters**");
        if (parameters >= 0) {
            RstBlock literal = literalAfter(body, parameters);
            if (literal != null && tooLarge(literal)) {
                paramsTooLarge = true;
                if (!requestTooLarge) {
                    diagnostics.warning("boto3.too-large", page.at(literal.line(), literal.column()),
                            "Parameters are not rendered on this page (too large); required flags, unions and documentation"
                            + " of the request are unknown" + (requestValue == null ? "" : " beyond what Request Syntax shows"));
                }
            }
        }
        if (requestTooLarge) {
            diagnostics.warning("boto3.too-large", page.at(requestLiteral.line(), requestLiteral.column()), paramsTooLarge
                    ? "Request Syntax and Parameters are not rendered on this page (too large); the request's members are unknown"
                    : "Request Syntax is not rendered on this page (too large); the request is read from the parameter list only");
        }
        List<TypeMerger.Described> params = types.params(body);
        if ((requestValue != null && !requestValue.entries().isEmpty()) || !params.isEmpty() || requestTooLarge || paramsTooLarge) {
            TypeNode fromSyntax = requestValue == null ? null : types.fromSyntax(requestValue, true);
            TypeMerger.Described root = new TypeMerger.Described(null, TypeWord.DICT, false, List.of(), null, false, params, at, !paramsTooLarge);
            op.input = types.merge(fromSyntax, root, null, null, true, requestValue != null, !paramsTooLarge, "request of " + pythonName);
            if (paramsTooLarge) {
                markUnknown(op.input, true, new java.util.IdentityHashMap<>());
            }
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
        RstBlock syntaxLiteral = null;
        if (syntaxAt >= 0) {
            RstBlock literal = literalAfter(body, syntaxAt);
            if (literal == null) {
                diagnostics.error("boto3.syntax-missing", page.at(body.get(syntaxAt).line(), body.get(syntaxAt).column()),
                        "**Response Syntax** is not followed by a literal block");
            } else if (tooLarge(literal)) {
                syntaxLiteral = literal;
            } else {
                value = SyntaxParser.parseResponse(literal, page, diagnostics);
                syntaxShown = value != null;
            }
        }
        TypeMerger.Described root = null;
        boolean structureShown = false;
        boolean structureTooLarge = false;
        if (structureAt >= 0) {
            RstBlock literal = literalAfter(body, structureAt);
            if (literal != null && tooLarge(literal)) {
                if (syntaxLiteral == null) {
                    diagnostics.warning("boto3.too-large", page.at(literal.line(), literal.column()),
                            "Response Structure is not rendered on this page (too large); response types come from Response"
                            + " Syntax only, without documentation, and unions there cannot be recognised");
                }
                structureTooLarge = true;
            } else {
                for (int i = structureAt + 1; i < body.size(); i++) {
                    if (body.get(i).is(RstBlock.Kind.BULLET)) {
                        root = types.described(body.get(i), false);
                        structureShown = root != null;
                        break;
                    }
                    if (body.get(i).is(RstBlock.Kind.PARAGRAPH) && body.get(i).text().startsWith("**")) {
                        break;
                    }
                }
            }
        }
        if (syntaxLiteral != null) {
            diagnostics.warning("boto3.too-large", page.at(syntaxLiteral.line(), syntaxLiteral.column()), structureTooLarge
                    ? "Response Syntax and Response Structure are not rendered on this page (too large); the response's"
                    + " members are unknown"
                    : "Response Syntax is not rendered on this page (too large); the response is read from Response Structure only");
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
        TypeNode fromSyntax = value == null ? null : types.fromSyntax(value, false);
        if (root == null) {
            root = new TypeMerger.Described(null, TypeWord.DICT, false, List.of(), null, false, List.of(), at, false);
        }
        TypeNode out = types.merge(fromSyntax, root, null, null, false, syntaxShown, structureShown, "response of " + pythonName);
        if (!structureShown) {
            markUnknown(out, false, new java.util.IdentityHashMap<>());
        }
        out.source = at;
        return out;
    }

    /** Marks a tree whose description the page did not render: unions (and required flags) unknown. */
    private static void markUnknown(TypeNode n, boolean required, java.util.IdentityHashMap<TypeNode, Boolean> seen) {
        if (n == null || seen.put(n, Boolean.TRUE) != null) {
            return;
        }
        n.unionKnown = false;
        if (required) {
            n.requiredKnown = false;
        }
        for (TypeNode.MemberNode m : n.members) {
            markUnknown(m.type, required, seen);
        }
        markUnknown(n.element, required, seen);
        markUnknown(n.key, required, seen);
        markUnknown(n.value, required, seen);
    }

    /**
     * Some pages indent the next section ({@code **Parameters**} and its literal block) as if it
     * were part of the Request Syntax literal. Splits such a literal at its first bold header line
     * and reads the rest as blocks again, at their real lines and columns.
     */
    private List<RstBlock> splitRunawayLiteral(List<RstBlock> body, int syntaxAt) {
        RstBlock literal = literalAfter(body, syntaxAt);
        if (literal == null) {
            return body;
        }
        List<String> lines = literal.lines();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches("\\*\\*[A-Z][A-Za-z ]*\\*\\*\\s*")) {
                String head = String.join("\n", lines.subList(0, i)).stripTrailing();
                StringBuilder rest = new StringBuilder("\n".repeat(literal.line() - 1 + i));
                String pad = " ".repeat(literal.column() - 1);
                for (String l : lines.subList(i, lines.size())) {
                    rest.append(l.isEmpty() ? "" : pad + l).append('\n');
                }
                List<RstBlock> out = new ArrayList<>();
                for (RstBlock b : body) {
                    if (b == literal) {
                        out.add(new RstBlock(RstBlock.Kind.LITERAL, literal.line(), literal.column(), "", head, List.of()));
                        out.addAll(RstParser.parse(rest.toString()));
                    } else {
                        out.add(b);
                    }
                }
                return out;
            }
        }
        return body;
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

    static String rawText(List<RstBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (RstBlock b : blocks) {
            sb.append(allText(b)).append(' ');
        }
        return RstHtml.plain(sb.toString());
    }

    static String allText(RstBlock b) {
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
}
