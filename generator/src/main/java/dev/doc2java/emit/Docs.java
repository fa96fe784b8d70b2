package dev.doc2java.emit;

import dev.doc2java.model.Constraints;
import dev.doc2java.model.Location;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text for shapes and members: the page's documentation (sanitized) followed by the facts
 * the model states (required, constraints, where the value travels). Every string returned is safe
 * to put in a comment.
 */
final class Docs {

    private Docs() {
    }

    /** The documentation of a type, with its constraints. */
    static String shape(EmitContext ctx, Shape shape) {
        List<String> parts = new ArrayList<>();
        add(parts, JavadocSanitizer.html(shape.documentation()));
        add(parts, constraints(shape.constraints().withEnumValues(List.of()), Constraints.NONE, label(shape)));
        if (parts.isEmpty()) {
            return ctx.role(shape.name());
        }
        return JavadocSanitizer.reflow(String.join("\n<p>", parts));
    }

    /** The documentation of a member, ending with required / constraints / binding facts. */
    static String member(EmitContext ctx, Member m) {
        Shape target = ctx.shape(m.target());
        List<String> parts = new ArrayList<>();
        add(parts, JavadocSanitizer.html(m.documentation()));
        List<String> facts = new ArrayList<>();
        if (m.required()) {
            facts.add("Required.");
        }
        add(facts, constraints(m.constraints(), target == null ? Constraints.NONE : target.constraints(), label(target)));
        if (m.location() != null && m.location() != Location.BODY) {
            facts.add("Sent in the " + where(m.location()) + " as " + JavadocSanitizer.code(m.wireName()) + ".");
        }
        if (m.has(MemberTrait.IDEMPOTENCY_TOKEN)) {
            facts.add("An idempotency token: the service treats repeated requests with the same token as one.");
        }
        if (m.has(MemberTrait.JSON_VALUE)) {
            facts.add("The value is JSON text.");
        }
        if (m.has(MemberTrait.NULLABLE)) {
            facts.add("May be empty or null.");
        }
        if (m.has(MemberTrait.DEPRECATED)) {
            facts.add("Deprecated.");
        }
        if (target != null && target.has(ShapeTrait.STREAMING)) {
            facts.add("A streaming payload.");
        }
        String doc = parts.isEmpty() ? "" : parts.get(0);
        boolean endsWithBlock = doc.endsWith("</p>") || doc.endsWith("</ul>") || doc.endsWith("</ol>")
                || doc.endsWith("</pre>") || doc.endsWith("</table>") || doc.endsWith("</dl>");
        if (!facts.isEmpty()) {
            parts.add(endsWithBlock ? "<p>" + String.join(" ", facts) + "</p>" : String.join(" ", facts));
        }
        if (parts.isEmpty()) {
            return "The " + JavadocSanitizer.code(m.wireName()) + " value.";
        }
        return JavadocSanitizer.reflow(String.join(" ", parts));
    }

    private static String where(Location location) {
        switch (location) {
            case PATH:
                return "URI path";
            case QUERY:
                return "query string";
            case HEADER:
                return "header";
            default:
                return "body";
        }
    }

    /** "Length 1 to 64. Pattern: <code>...</code>. Default: ..." with the member's own values first. */
    static String constraints(Constraints own, Constraints inherited, String what) {
        BigDecimal min = own.min() != null ? own.min() : inherited.min();
        BigDecimal max = own.max() != null ? own.max() : inherited.max();
        String pattern = own.pattern() != null ? own.pattern() : inherited.pattern();
        String defaultValue = own.defaultValue() != null ? own.defaultValue() : inherited.defaultValue();
        List<String> out = new ArrayList<>();
        if (min != null && max != null) {
            out.add(min.compareTo(max) == 0 ? what + " exactly " + plain(min) + "."
                    : what + " " + plain(min) + " to " + plain(max) + ".");
        } else if (min != null) {
            out.add(what + " at least " + plain(min) + ".");
        } else if (max != null) {
            out.add(what + " at most " + plain(max) + ".");
        }
        if (pattern != null) {
            out.add("Pattern: " + JavadocSanitizer.code(pattern) + ".");
        }
        if (defaultValue != null) {
            out.add("Default: " + JavadocSanitizer.code(defaultValue) + ".");
        }
        if (own.hasEnum()) {
            out.add("Values: " + String.join(", ", own.enumNames().stream()
                    .map(JavadocSanitizer::code).toList()) + ".");
        }
        return String.join(" ", out);
    }

    /** Type documentation followed by its {@code @param}/{@code @throws} lines. */
    static String withParams(String doc, String tags) {
        String t = tags.strip();
        if (doc.isBlank()) {
            return t.isEmpty() ? "" : t;
        }
        return t.isEmpty() ? doc : doc + "\n\n" + t;
    }

    /** What min/max bound for this shape: a length, a size or a value. */
    private static String label(Shape shape) {
        if (shape == null) {
            return "Length";
        }
        if (shape.type().isNumber()) {
            return "Value";
        }
        return shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP
                ? "Size" : "Length";
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }
}
