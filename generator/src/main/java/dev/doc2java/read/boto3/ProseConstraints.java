package dev.doc2java.read.boto3;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits that a description states precisely about the value it describes. Precision comes first:
 * a bound tighter than the service's would reject valid requests, so only phrasings that cannot
 * be about another value are read, and only for the kind of value they can limit:
 * <ul>
 *   <li>the API reference's constraint lines: {@code Valid range: Minimum value of 1. Maximum value
 *       of 100.} (numbers), {@code Array Members: Minimum number of 1 item. Maximum number of 10
 *       items.} (lists). Not {@code Length Constraints: ... Maximum length of 512.}: on the pages
 *       measured it was as often wrong as right (CloudWatch Logs states the limit of a log group
 *       <em>name</em> on {@code logGroupIdentifier}, which also takes an ARN of up to 2048
 *       characters), and a maximum that is too small rejects valid requests;</li>
 *   <li>a whole sentence whose subject is the value itself: {@code You can specify a value from 1 to
 *       65535.}, {@code Valid values are between 1 and 100.}, {@code The value must be between 1 and
 *       3.}, {@code Must be between 4 and 20, inclusive.} (numbers); {@code The ``name`` must
 *       contain between 1 and 128 characters.} naming this member (strings);</li>
 *   <li>{@code Constraints: ... a maximum of 128 Unicode characters} and {@code The maximum length
 *       of ``name`` is 64 characters} (strings).</li>
 * </ul>
 * A sentence with anything more (a condition, "for HTTP", another subject, a unit other than a
 * time unit) is left alone, and so is a description whose sentences disagree.
 */
final class ProseConstraints {

    /** What kind of value the description is about: the rules differ by kind. */
    enum Kind { STRING, NUMBER, LIST, OTHER }

    private static final String N = "(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d{1,12}(?:\\.\\d+)?)";
    private static final String INCLUSIVE = "(?:,? inclusive| \\(inclusive\\))?";
    private static final String TIME_UNIT = "(?: (?:milliseconds|seconds|minutes|hours|days))?";

    private static final Pattern CONSTRAINTS_SENTENCE = Pattern.compile(
            "Constraints:[^.]*?\\b(?:accepts?|ha(?:s|ve)|is|are)\\s+a maximum of (\\d{1,9}) (?:Unicode )?characters");
    private static final Pattern NAMED_MAXIMUM = Pattern.compile(
            "The maximum length of ``(\\w+)`` is (\\d{1,9}) characters");

    private static final Pattern VALID_RANGE = Pattern.compile(
            "Valid [Rr]ange: (?:Minimum value of " + N + "\\.?)?\\s*(?:Maximum value of " + N + "\\.?)?");
    private static final Pattern ARRAY_MEMBERS = Pattern.compile(
            "Array Members: (?:Minimum number of " + N + " items?\\.?)?\\s*(?:Maximum number of " + N + " items?\\.?)?");

    private static final List<Pattern> NUMBER_SENTENCES = List.of(
            Pattern.compile("(?:You can|You may) (?:specify|set|enter|choose|use) (?:a value |any value |a number |any number "
                    + "|any whole number |an integer |a whole number )?(?:from|between) " + N + " (?:to|and|through) " + N
                    + TIME_UNIT + INCLUSIVE + "\\.?"),
            Pattern.compile("(?:Valid|Accepted|Allowed|Supported) values (?:are|range) (?:numbers |integers |whole numbers )?"
                    + "(?:from|between) " + N + " (?:to|and|through) " + N + INCLUSIVE + "\\.?"),
            // "must"/"should" only: "This value can be between 5 and 500" is pagination boilerplate
            // that often disagrees with what the service model accepts.
            Pattern.compile("(?:This value|The value|It) (?:must|should) be (?:an integer |a number |a value )?"
                    + "(?:from|between) " + N + " (?:to|and|through) " + N + TIME_UNIT + INCLUSIVE + "\\.?"),
            Pattern.compile("Must be (?:an integer |a number |a value )?between " + N + " and " + N + INCLUSIVE + "\\.?"),
            Pattern.compile("A valid value is an integer between " + N + " and " + N + INCLUSIVE + "\\.?"));

    private static final Pattern NAMED_LENGTH = Pattern.compile(
            "The ``(\\w+)`` (?:must|can) (?:contain|be|have) (?:between|from) " + N + " (?:and|to) " + N
            + " (?:Unicode )?characters(?: long| in length)?" + INCLUSIVE + "\\.?");

    /** Strings have no constraint line that is read (see the class comment). */
    private static final Pattern NO_LINE = Pattern.compile("(?!)()()");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`*(])");

    private ProseConstraints() {
    }

    /** The constraints stated in {@code plainText} about a string value named {@code memberName} (may be null). */
    static Constraints of(String plainText, String memberName, SourceLocation at) {
        return of(plainText, memberName, Kind.STRING, at);
    }

    /** The constraints stated in {@code plainText} about a value of {@code kind} named {@code memberName} (may be null). */
    static Constraints of(String plainText, String memberName, Kind kind, SourceLocation at) {
        String text = plainText.replaceAll("\\s+", " ").strip();
        return switch (kind) {
            case STRING -> string(text, memberName, at);
            case NUMBER -> range(text, VALID_RANGE, NUMBER_SENTENCES, null, at);
            case LIST -> range(text, ARRAY_MEMBERS, List.of(), null, at);
            case OTHER -> Constraints.NONE;
        };
    }

    private static Constraints string(String text, String memberName, SourceLocation at) {
        Constraints c = range(text, NO_LINE, List.of(), memberName, at);
        if (!c.isEmpty()) {
            return c;
        }
        Matcher m = CONSTRAINTS_SENTENCE.matcher(text);
        if (m.find()) {
            return Constraints.NONE.withMax(new BigDecimal(m.group(1))).withProvenance(new Provenance("max", at, m.group()));
        }
        Matcher named = NAMED_MAXIMUM.matcher(text);
        while (named.find()) {
            if (named.group(1).equals(memberName)) {
                return Constraints.NONE.withMax(new BigDecimal(named.group(2))).withProvenance(new Provenance("max", at, named.group()));
            }
        }
        return Constraints.NONE;
    }

    /**
     * The bounds of a constraint line ({@code line}), or else of the sentences that match one of
     * {@code sentences} (or, with {@code memberName}, {@link #NAMED_LENGTH} naming it) as a whole.
     * Nothing when two statements disagree.
     */
    private static Constraints range(String text, Pattern line, List<Pattern> sentences, String memberName, SourceLocation at) {
        List<BigDecimal[]> found = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        Matcher l = line.matcher(text);
        while (l.find()) {
            if (l.group(1) != null || l.group(2) != null) {
                found.add(new BigDecimal[] {number(l.group(1)), number(l.group(2))});
                evidence.add(l.group().strip());
            }
        }
        if (found.isEmpty()) {
            for (String sentence : SENTENCE_END.split(text)) {
                String s = sentence.strip();
                for (Pattern p : sentences) {
                    Matcher m = p.matcher(s);
                    if (m.matches()) {
                        found.add(new BigDecimal[] {number(m.group(1)), number(m.group(2))});
                        evidence.add(s);
                    }
                }
                if (memberName != null) {
                    Matcher m = NAMED_LENGTH.matcher(s);
                    if (m.matches() && m.group(1).equals(memberName)) {
                        found.add(new BigDecimal[] {number(m.group(2)), number(m.group(3))});
                        evidence.add(s);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return Constraints.NONE;
        }
        BigDecimal[] first = found.get(0);
        for (BigDecimal[] other : found) {
            if (!same(first[0], other[0]) || !same(first[1], other[1])) {
                return Constraints.NONE;
            }
        }
        if (first[0] != null && first[1] != null && first[0].compareTo(first[1]) > 0) {
            return Constraints.NONE;
        }
        Constraints c = Constraints.NONE;
        if (first[0] != null) {
            c = c.withMin(first[0]).withProvenance(new Provenance("min", at, evidence.get(0)));
        }
        if (first[1] != null) {
            c = c.withMax(first[1]).withProvenance(new Provenance("max", at, evidence.get(0)));
        }
        return c;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal number(String s) {
        return s == null ? null : new BigDecimal(s.replace(",", ""));
    }
}
