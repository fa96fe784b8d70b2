package dev.doc2java.emit;

import dev.doc2java.model.Constraints;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Javadoc text for shapes and members: the page's documentation (sanitized) followed by the facts
 * the model states (required, constraints, where the value travels). Every string returned is safe
 * to put in a comment.
 */
final class Docs {

    /** The {@code @deprecated} tag of a type the documentation marks deprecated. */
    static final String DEPRECATED_TYPE = "@deprecated the documentation marks this type deprecated";

    /**
     * What a member the docs call "empty or null" does here. Unset and {@code null} are one state in a
     * record, and sending JSON {@code null} for every unset member would clear values on update
     * operations the caller never touched; so {@code null} is left out of the request and an empty
     * value ({@code ""}) is sent as written.
     */
    static final String NULLABLE = "an empty value is sent as given; {@code null} leaves the member out of the"
            + " request (no explicit JSON {@code null} is sent).";

    /** A required member that may be null: the key must be there, so {@code null} is written out. */
    static final String NULL_SENT = "A {@code null} value is sent as JSON {@code null}.";

    /** Whether the member's JSON property is written even when {@code null}: required and nullable. */
    static boolean sendsNull(Member m) {
        return m.required() && m.has(MemberTrait.NULLABLE);
    }

    /** {@link #NULLABLE} where the documentation itself says the value may be null. */
    static final String NULL_OMITTED = "A {@code null} value is left out of the request (no explicit JSON {@code null}"
            + " is sent).";

    private Docs() {
    }

    /** The documentation of a type, with its constraints. */
    static String shape(EmitContext ctx, Shape shape) {
        String said = JavadocSanitizer.normalizedText(shape.documentation());
        return withFacts(JavadocSanitizer.html(shape.documentation()),
                constraints(shape.constraints().withEnumValues(List.of()), Constraints.NONE, label(shape), said),
                ctx.role(shape.name()));
    }

    /** The documentation of a member, ending with required / constraints / binding facts. */
    static String member(EmitContext ctx, Member m) {
        return member(ctx, m, true);
    }

    /**
     * The text of a member's {@code @param} tag; "" (leave the tag out) when there is nothing to say
     * beyond the member's name.
     */
    static String param(EmitContext ctx, Member m) {
        return member(ctx, m, false);
    }

    private static String member(EmitContext ctx, Member m, boolean nameInWords) {
        Shape target = ctx.shape(m.target());
        String said = JavadocSanitizer.normalizedText(m.documentation());
        List<String> facts = new ArrayList<>();
        if (m.required()) {
            facts.add("Required.");
        }
        add(facts, constraints(m.constraints(), target.constraints(), label(target),
                said));
        if (m.location() != null && m.location() != HttpLocation.BODY) {
            facts.add("Sent in the " + where(m.location()) + " as " + JavadocSanitizer.code(m.wireName()) + ".");
        }
        if (m.has(MemberTrait.IDEMPOTENCY_TOKEN)) {
            facts.add("An idempotency token: the service treats repeated requests with the same token as one.");
        }
        if (m.has(MemberTrait.JSON_VALUE)) {
            facts.add("The value is JSON text.");
        }
        if (m.has(MemberTrait.NULLABLE)) {
            if (sendsNull(m)) {
                facts.add(said.contains("null") ? NULL_SENT : "May be empty or null: " + NULL_SENT);
            } else {
                facts.add(said.contains("null") ? NULL_OMITTED : "May be empty or null: " + NULLABLE);
            }
        }
        if (m.has(MemberTrait.DEPRECATED)) {
            facts.add("Deprecated.");
        }
        if (target != null && target.has(ShapeTrait.STREAMING)) {
            facts.add("A streaming payload.");
        }
        return withFacts(JavadocSanitizer.html(m.documentation()), String.join(" ", facts),
                undocumented(m, target, nameInWords));
    }

    /**
     * A member with neither documentation nor facts: the first sentence of its type's documentation,
     * else its name in words ({@code weightKg}: "The weight kg.").
     */
    private static String undocumented(Member m, Shape target, boolean nameInWords) {
        String first = target == null ? "" : JavadocSanitizer.firstSentence(JavadocSanitizer.html(target.documentation()));
        if (!first.isEmpty() || !nameInWords) {
            return first;
        }
        List<String> words = new ArrayList<>();
        for (String w : JavaNames.words(m.name())) {
            boolean acronym = w.length() > 1 && w.chars().noneMatch(Character::isLowerCase);
            words.add(acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? "The value." : "The " + JavadocSanitizer.text(String.join(" ", words)) + ".";
    }

    /**
     * The documentation, then the generated facts: as further sentences when the text is one plain
     * paragraph ending a sentence, else as a paragraph of their own (never glued onto an unfinished
     * sentence or after a list); {@code otherwise} when there is neither.
     */
    private static String withFacts(String doc, String facts, String otherwise) {
        if (doc.isEmpty() && facts.isEmpty()) {
            return JavadocSanitizer.reflow(otherwise);
        }
        if (facts.isEmpty()) {
            return JavadocSanitizer.reflow(doc);
        }
        if (doc.isEmpty()) {
            return JavadocSanitizer.reflow(facts);
        }
        boolean plainSentence = !doc.contains("<p>") && !doc.contains("<ul>") && !doc.contains("<ol>")
                && !doc.contains("<pre>") && !doc.contains("<table>") && !doc.contains("<dl>")
                && (doc.endsWith(".") || doc.endsWith("!") || doc.endsWith("?"));
        return JavadocSanitizer.reflow(plainSentence ? doc + " " + facts : doc + "\n<p>" + facts + "</p>");
    }

    /** "An" before a vowel letter, else "A" (for names: {@code An InternalServerException}). */
    static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "An" : "A";
    }

    private static String where(HttpLocation location) {
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

    /**
     * "Length 1 to 64. Pattern: <code>...</code>. Default: ..." with the member's own values first;
     * a fact the documentation text already states ({@code said}, see
     * {@link JavadocSanitizer#normalizedText}) is left out.
     */
    static String constraints(Constraints own, Constraints inherited, String what, String said) {
        BigDecimal min = own.min() != null ? own.min() : inherited.min();
        BigDecimal max = own.max() != null ? own.max() : inherited.max();
        String pattern = own.pattern() != null ? own.pattern() : inherited.pattern();
        String defaultValue = own.defaultValue() != null ? own.defaultValue() : inherited.defaultValue();
        List<String> out = new ArrayList<>();
        if (min != null && max != null) {
            if (!statesRange(said, plain(min), plain(max))) {
                out.add(min.compareTo(max) == 0 ? what + " exactly " + plain(min) + "."
                        : what + " " + plain(min) + " to " + plain(max) + ".");
            }
        } else if (min != null) {
            if (!states(said, "(?:minimum|min|at least)\\s*(?:value|length)?\\s*(?:is|of)?\\s*[:=]?\\s*", plain(min))) {
                out.add(what + " at least " + plain(min) + ".");
            }
        } else if (max != null) {
            if (!states(said, "(?:maximum|max|at most|up to)\\s*(?:value|length)?\\s*(?:is|of)?\\s*[:=]?\\s*", plain(max))) {
                out.add(what + " at most " + plain(max) + ".");
            }
        }
        if (pattern != null && !said.contains(pattern.toLowerCase(Locale.ROOT))) {
            out.add("Pattern: " + JavadocSanitizer.code(pattern) + ".");
        }
        if (defaultValue != null && !states(said,
                "default(?:s| value)?\\s*(?:value)?\\s*(?:is|to|=|:)?\\s*[\"'`]?", defaultValue)) {
            out.add("Default: " + JavadocSanitizer.code(defaultValue) + ".");
        }
        if (own.hasEnum() && !own.enumNames().stream().allMatch(v -> states(said, "", v))) {
            out.add("Values: " + String.join(", ", own.enumNames().stream()
                    .map(JavadocSanitizer::code).toList()) + ".");
        }
        return String.join(" ", out);
    }

    /** Whether the text has {@code lead} (a regular expression) right before {@code value} as a word. */
    private static boolean states(String said, String lead, String value) {
        if (said.isEmpty() || value.isEmpty()) {
            return false;
        }
        String v = Pattern.quote(value.toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\w.-])" + lead + v + "(?![\\w])").matcher(said).find();
    }

    /** "Minimum: 1 ... Maximum: 128", "1 to 128", "1-128", "between 1 and 128". */
    private static boolean statesRange(String said, String min, String max) {
        String lo = Pattern.quote(min);
        String hi = Pattern.quote(max);
        return states(said, "(?:minimum|min)\\s*(?:value|length)?\\s*(?:is)?\\s*[:=]?\\s*", min)
                        && states(said, "(?:maximum|max)\\s*(?:value|length)?\\s*(?:is)?\\s*[:=]?\\s*", max)
                || Pattern.compile("(?<![\\w.])" + lo + "\\s*(?:to|-|~|\u2013|and)\\s*" + hi + "(?![\\w.])")
                        .matcher(said).find();
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
