package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.doc2java.model.Constraints;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts {@link Docs} adds to the documentation, and what it leaves out because the text says it. */
class DocsTest {

    private static final Constraints RANGE = new Constraints(BigDecimal.ONE, BigDecimal.valueOf(128), null, null,
            List.of(), List.of());
    private static final Constraints DEFAULT_FALSE = new Constraints(null, null, null, "false", List.of(), List.of());

    private static String facts(Constraints c, String documentation) {
        return Docs.constraints(c, Constraints.NONE, "Length", JavadocSanitizer.normalizedText(documentation));
    }

    @Test
    void aRangeTheTextStatesIsNotRepeated() {
        assertEquals("", facts(RANGE, "<p>The ID.</p><p>Minimum: 1</p><p>Maximum: 128</p>"));
        assertEquals("", facts(RANGE, "The name can contain 1 to 128 characters."));
        assertEquals("", facts(RANGE, "Value range: 1-128"));
        assertEquals("Length 1 to 128.", facts(RANGE, "The name can contain 1 to 12 characters."));
        assertEquals("Length 1 to 128.", facts(RANGE, ""));
    }

    @Test
    void aDefaultTheTextStatesIsNotRepeated() {
        assertEquals("", facts(DEFAULT_FALSE, "<p>Whether to enable it.</p><p>Default: false</p>"));
        assertEquals("", facts(DEFAULT_FALSE, "If it is not passed, the default value is false."));
        assertEquals("Default: <code>false</code>.", facts(DEFAULT_FALSE, "If it is not passed, the default value is true."));
        assertEquals("Default: <code>false</code>.", facts(DEFAULT_FALSE, "Set it to false to disable it."));
    }

    @Test
    void articleFollowsTheFirstLetter() {
        assertEquals("An", Docs.article("InternalServerException"));
        assertEquals("An", Docs.article("Arrived"));
        assertEquals("A", Docs.article("Card"));
    }
}
