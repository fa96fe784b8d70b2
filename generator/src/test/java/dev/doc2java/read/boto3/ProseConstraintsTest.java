package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which sentences become bounds, and which are left alone. */
class ProseConstraintsTest {

    private static final SourceLocation AT = new SourceLocation("p.rst", 3, 5);

    private static Constraints number(String text) {
        return ProseConstraints.of(text, "port", ProseConstraints.Kind.NUMBER, AT);
    }

    private static void bounds(Constraints c, String min, String max) {
        assertEquals(min, c.min() == null ? null : c.min().stripTrailingZeros().toPlainString(), "min");
        assertEquals(max, c.max() == null ? null : c.max().stripTrailingZeros().toPlainString(), "max");
    }

    @Test
    void valueRangesStatedAboutTheValue() {
        Constraints c = number("The listener port. You can specify a value from 1 to 65535. For HTTP, the default is 80. For HTTPS, the default is 443.");
        bounds(c, "1", "65535");
        assertEquals("You can specify a value from 1 to 65535.", c.provenance().get(0).evidence());
        assertEquals(AT, c.provenance().get(0).at());
        bounds(number("Valid values are integers between 2 and 10,000."), "2", "10000");
        bounds(number("Valid Range: Minimum value of 125. Maximum value of 2,000."), "125", "2000");
        bounds(number("Must be between 4 and 20, inclusive."), "4", "20");
        bounds(number("You may specify between 5 and 300 seconds."), "5", "300");
    }

    @Test
    void conditionsOtherSubjectsAndDisagreementsAreLeftAlone() {
        assertTrue(number("For HTTP, the default is 80.").isEmpty());
        assertTrue(number("If you include a value, it must be between 1 and 1000, inclusive.").isEmpty());
        assertTrue(number("A confidence score between 0 and 1 indicating how certain the system is.").isEmpty());
        assertTrue(number("This value can be between 5 and 500.").isEmpty());
        assertTrue(number("Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs.").isEmpty());
        assertTrue(number("Valid values are from 1 to 10. Valid values are from 1 to 20.").isEmpty(), "two statements disagree");
        assertTrue(number("You can specify a value from 10 to 1.").isEmpty());
        assertTrue(ProseConstraints.of("You can specify a value from 1 to 65535.", "port", ProseConstraints.Kind.STRING, AT).isEmpty(),
                "a value range is not a length");
    }

    @Test
    void lengthsAndArraySizes() {
        Constraints name = ProseConstraints.of("The name of the attribute. The ``name`` must contain between 1 and 128 characters.",
                "name", ProseConstraints.Kind.STRING, AT);
        bounds(name, "1", "128");
        assertTrue(ProseConstraints.of("The ``value`` must contain between 1 and 128 characters.", "name",
                ProseConstraints.Kind.STRING, AT).isEmpty(), "about another member");
        assertTrue(ProseConstraints.of("The attribute names in the key schema must be between 1 and 255 characters (inclusive).",
                "name", ProseConstraints.Kind.STRING, AT).isEmpty());
        Constraints list = ProseConstraints.of("Array Members: Maximum number of 4 items.", "groupings", ProseConstraints.Kind.LIST, AT);
        assertNull(list.min());
        bounds(list, null, "4");
        assertEquals("Array Members: Maximum number of 4 items.", list.provenance().get(0).evidence());
        bounds(ProseConstraints.of("Constraints: Tag keys are case-sensitive and accept a maximum of 127 Unicode characters.",
                "Key", ProseConstraints.Kind.STRING, AT), null, "127");
    }
}
