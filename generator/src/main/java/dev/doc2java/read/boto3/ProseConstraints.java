package dev.doc2java.read.boto3;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.Provenance;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Length limits that a description states precisely about the value it describes. Only phrasings
 * that cannot be about another value are read (a "Constraints:" sentence, or a sentence naming
 * the member itself); everything vaguer is left alone, because a bound tighter than the service's
 * would reject valid requests.
 */
final class ProseConstraints {

    private static final Pattern CONSTRAINTS_SENTENCE = Pattern.compile(
            "Constraints:[^.]*?\\b(?:accepts?|ha(?:s|ve)|is|are)\\s+a maximum of (\\d{1,9}) (?:Unicode )?characters");
    private static final Pattern NAMED_MAXIMUM = Pattern.compile(
            "The maximum length of ``(\\w+)`` is (\\d{1,9}) characters");

    private ProseConstraints() {
    }

    /** The constraints stated in {@code plainText} about a value named {@code memberName} (may be null). */
    static Constraints of(String plainText, String memberName, SourceLocation at) {
        Constraints c = Constraints.NONE;
        Matcher m = CONSTRAINTS_SENTENCE.matcher(plainText);
        if (m.find()) {
            c = c.withMax(new BigDecimal(m.group(1))).withProvenance(new Provenance("max", at, m.group()));
        }
        Matcher named = NAMED_MAXIMUM.matcher(plainText);
        while (c.max() == null && named.find()) {
            if (named.group(1).equals(memberName)) {
                c = c.withMax(new BigDecimal(named.group(2))).withProvenance(new Provenance("max", at, named.group()));
            }
        }
        return c;
    }
}
