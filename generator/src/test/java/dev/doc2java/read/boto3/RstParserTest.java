package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RstParserTest {

    private static final String PAGE = """
            ***********
            create_item
            ***********

            .. py:method:: Demo.Client.create_item(**kwargs)

              Creates an item. See `the guide <https://example.com/guide>`__.

              **Request Syntax**
              ::

                response = client.create_item(
                    name='string'
                )

              :type name: string
              :param name: **[REQUIRED]**

                The name.

                .. note::    This is a note.

                - **child** *(string) --*

                  A child.
            """;

    @Test
    void buildsTheBlockTreeWithLocations() {
        List<RstBlock> blocks = RstParser.parse(PAGE);
        assertEquals(RstBlock.Kind.SECTION, blocks.get(0).kind());
        assertEquals("create_item", blocks.get(0).text());
        RstBlock method = blocks.get(1);
        assertTrue(method.isDirective("py:method"));
        assertEquals("Demo.Client.create_item(**kwargs)", method.text());
        assertEquals(5, method.line());
        assertEquals(1, method.column());
        List<RstBlock> body = method.children();
        assertEquals(RstBlock.Kind.PARAGRAPH, body.get(0).kind());
        assertEquals(7, body.get(0).line());
        assertEquals(3, body.get(0).column());
        assertEquals("**Request Syntax**", body.get(1).text());
        RstBlock literal = body.get(2);
        assertEquals(RstBlock.Kind.LITERAL, literal.kind());
        assertEquals(12, literal.line());
        assertEquals(5, literal.column());
        assertEquals("response = client.create_item(\n    name='string'\n)", literal.text());
        RstBlock type = body.get(3);
        assertEquals(RstBlock.Kind.FIELD, type.kind());
        assertEquals("type name", type.name());
        assertEquals("string", type.text());
        RstBlock param = body.get(4);
        assertEquals("param name", param.name());
        assertEquals("**[REQUIRED]**", param.text());
        assertEquals(3, param.children().size());
        assertTrue(param.children().get(1).isDirective("note"));
        assertEquals("This is a note.", param.children().get(1).text());
        RstBlock bullet = param.children().get(2);
        assertEquals(RstBlock.Kind.BULLET, bullet.kind());
        assertEquals("**child** *(string) --*", bullet.text());
        assertEquals(23, bullet.line());
        assertEquals(7, bullet.column());
        assertEquals("A child.", bullet.children().get(0).text());
    }

    @Test
    void neverFailsOnGarbage() {
        List<RstBlock> blocks = RstParser.parse("::\n\n\t\u0000 )(*& \n  - \n.. \n:x\n====\n");
        assertFalse(blocks.isEmpty());
        assertTrue(RstParser.parse("").isEmpty());
    }

    @Test
    void inlineMarkupBecomesSafeHtml() {
        assertEquals("a &lt;b&gt; &amp; <code>x&lt;y</code> <em>e</em> <strong>s</strong>"
                + " <a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">link</a> bad <code>StreamingBody</code>",
                RstHtml.inline("a <b> & ``x<y`` *e* **s** `link <https://example.com/?a=1&b=\"2\">`__"
                        + " `bad <javascript:alert(1)>`__ :class:`.StreamingBody`"));
        List<RstBlock> blocks = RstParser.parse("Text.\n\n* one\n* two\n\n.. note::\n\n  Careful.\n\n::\n\n  x < y\n");
        assertEquals("<p>Text.</p><ul><li>one</li><li>two</li></ul><p><strong>Note:</strong></p><p>Careful.</p>"
                + "<pre>x &lt; y</pre>", RstHtml.blocks(blocks));
    }
}
