package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JavadocSanitizerTest {

    /** Nothing javac or javadoc treats specially survives. */
    private static void assertInert(String javadoc) {
        assertInert(javadoc, true);
    }

    private static void assertInert(String javadoc, boolean html) {
        assertFalse(javadoc.contains("*/"), javadoc);
        assertFalse(javadoc.contains("\\"), javadoc);
        assertFalse(javadoc.contains("@"), javadoc);
        assertFalse(javadoc.chars().anyMatch(c -> c < 0x20 && c != '\n'), javadoc);
        assertFalse(javadoc.toLowerCase().contains("<script"), javadoc);
        assertFalse(html && javadoc.toLowerCase().contains("javascript:"), javadoc);
    }

    @Test
    void hostileFragments() {
        List<String> hostile = List.of(
                "end */ of comment",
                "unicode \\u002a/ escape and \\u000a newline",
                "@deprecated at line start\n@param x y",
                "inline {@link java.lang.Runtime#exec} tag",
                "<script>alert(1)</script>text",
                "<a href=\"javascript:alert(1)\">x</a><a href=\"file:///etc/passwd\">y</a>",
                "bell \u0007 nul \u0000 sep \u2028 bom \ufeff",
                "<pre>*/ inside pre\n@Override</pre>",
                "*<b>/</b> split across tags",
                "<![CDATA[ */ ]]> <!-- */ -->");
        for (String h : hostile) {
            assertInert(JavadocSanitizer.html(h));
            assertInert(JavadocSanitizer.text(h), false);
            assertInert(JavadocSanitizer.firstSentence(JavadocSanitizer.html(h)));
        }
    }

    @Test
    void randomInputNeverEscapes() {
        Random random = new Random(42);
        String alphabet = "*/\\u002a@{}<>&\"' \n\tapre=:ja";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertInert(JavadocSanitizer.html(s.toString()));
            assertInert(JavadocSanitizer.text(s.toString()), false);
        }
    }

    @Test
    void keepsSimpleMarkupAndSafeLinks() {
        assertEquals("Use <code>x</code> and <a href=\"https://example.com/a\">docs</a>.",
                JavadocSanitizer.html("<p>Use <code>x</code> and <a href=\"https://example.com/a\" onclick=\"y\">docs</a>.</p>"));
        assertEquals("click", JavadocSanitizer.html("<a href=\"javascript:alert(1)\">click</a>"));
        assertEquals("open <b>bold</b>", JavadocSanitizer.html("<p>open <b>bold"));
        assertEquals("<p>one</p>\n<p>two</p>", JavadocSanitizer.html("<p>one</p><p>two</p>"));
        assertEquals("a &lt; b &amp; c", JavadocSanitizer.html("a < b & c"));
        assertEquals("line<br />break", JavadocSanitizer.html("line<br>break"));
    }

    @Test
    void wrapsLongProseButKeepsPreformattedLines() {
        String longText = "word ".repeat(60);
        for (String line : JavadocSanitizer.html(longText).split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
        assertEquals("<pre>a\n  b</pre>", JavadocSanitizer.html("<pre>a\n  b</pre>"));
    }

    @Test
    void headerPathsAreRelativeAndOneLine() {
        assertEquals("docs/ga/x.md", JavadocSanitizer.headerPath("C:\\docs\\ga\\x.md"));
        assertEquals("home/u/x.html", JavadocSanitizer.headerPath("/home/u/x.html"));
        assertEquals("ab", JavadocSanitizer.headerPath("a\nb"));
        assertFalse(JavadocSanitizer.headerPath("a\\u000a/b").contains("\\"));
    }
}
