package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableReaderTest {

    private static final String PATH = "tables/markdown/widgets.md";

    private TableDocument widgets(Diagnostics d) {
        return new MarkdownTableReader().read(Fixtures.resource(PATH), d);
    }

    @Test
    void titleHeadingsAndAnchors() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = widgets(d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("Adding a Widget", doc.title());
        Heading h1 = assertInstanceOf(Heading.class, doc.blocks().get(0));
        assertEquals("AddWidget", h1.anchor());
        Heading uri = assertInstanceOf(Heading.class, doc.blocks().get(1));
        assertEquals(2, uri.level());
        assertEquals("URI", uri.text().plain());
        assertEquals("section_uri", uri.anchor());
    }

    @Test
    void escapesAreUndone() {
        Paragraph p = assertInstanceOf(Paragraph.class, widgets(new Diagnostics()).blocks().get(2));
        assertEquals("POST /v2/{project_id}/widgets", p.text().plain());
        Table t = tables(widgets(new Diagnostics())).get(0);
        assertEquals("project_id", cells(t.rows().get(0)).get(0));
    }

    @Test
    void pipeTableWithBoldCaptionAndBreaks() {
        Table t = tables(widgets(new Diagnostics())).get(0);
        assertEquals("Table 1 Path parameters", t.caption().plain());
        assertEquals(List.of("Table 1"), t.caption().strong());
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(t));
        assertEquals(List.of("project_id", "Yes", "String", "Project ID.\nMinimum: 1"), cells(t.rows().get(0)));
        assertEquals(new SourceLocation(PATH, 9, 1), t.location());
        assertEquals(new SourceLocation(PATH, 11, 14), t.rows().get(0).cells().get(1).location());
        Paragraph link = assertInstanceOf(Paragraph.class, t.rows().get(1).cells().get(3).content().get(0));
        assertEquals("#request_Size", link.text().links().get(0).target());
    }

    @Test
    void htmlTableInMarkdownTakesCaptionAnchorAndMarkdownLines() {
        TableDocument doc = widgets(new Diagnostics());
        Table t = tables(doc).get(1);
        assertEquals("request_Size", t.id());
        assertEquals("Table 2 Size", t.caption().plain());
        assertEquals(new SourceLocation(PATH, 19, 1), t.location());
        assertEquals(List.of("Parameter", "Type"), header(t));
        assertEquals(List.of("width", "Integer"), cells(t.rows().get(0)));
        assertEquals(2, t.rows().get(1).cells().get(0).rowspan());
        assertEquals(new SourceLocation(PATH, 30, 5), t.rows().get(1).cells().get(0).location());
        assertInstanceOf(BulletList.class, t.rows().get(1).cells().get(1).content().get(0));
        assertFalse(doc.blocks().stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().plain().startsWith("Table 2")), "caption paragraph is consumed");
    }

    @Test
    void captionIndentedIntoCodeLineAndNoCaption() {
        List<Table> tables = tables(widgets(new Diagnostics()));
        assertNull(tables.get(2).caption());
        assertEquals(List.of("name", "String", "The name."), cells(tables.get(2).rows().get(0)));
        assertEquals("Table 3 data_disks description", tables.get(3).caption().plain());
        assertEquals("", tables.get(3).id());
    }

    @Test
    void boldStatusLineIsNotACaptionButAnchorIsAnId() {
        TableDocument doc = widgets(new Diagnostics());
        Table status = tables(doc).get(4);
        assertNull(status.caption());
        assertEquals("status_code", status.id());
        int i = doc.blocks().indexOf(status);
        Paragraph before = assertInstanceOf(Paragraph.class, doc.blocks().get(i - 1));
        assertEquals(List.of("Status code: 200"), before.text().strong());
    }

    @Test
    void codeBlocks() {
        List<CodeBlock> code = Fixtures.blocks(widgets(new Diagnostics()), CodeBlock.class);
        assertEquals(2, code.size());
        assertEquals("json", code.get(0).language());
        assertEquals("POST https://{endpoint}/v2/123/widgets\n\n{\n  \"name\": \"w\"\n}", code.get(0).code());
        assertEquals(new SourceLocation(PATH, 63, 5), code.get(0).location());
        assertEquals("GET /v2/widgets", code.get(1).code());
        List<Block> blocks = widgets(new Diagnostics()).blocks();
        Block beforeCode = blocks.get(blocks.indexOf(code.get(0)) - 1);
        assertEquals("Example 1: a widget", ((BulletList) beforeCode).items().get(0).plain());
    }

    @Test
    void labelRule() {
        assertTrue(MarkdownTableReader.isLabel("表 4"));
        assertTrue(MarkdownTableReader.isLabel("Table 12"));
        assertTrue(MarkdownTableReader.isLabel("表4-1"));
        assertFalse(MarkdownTableReader.isLabel("状态码： 201"));
        assertFalse(MarkdownTableReader.isLabel("Status code: 201"));
        assertFalse(MarkdownTableReader.isLabel("Note"));
    }

    @Test
    void captionIndentedIntoTheListItemBeforeTheTable() {
        String md = "# T\n\n-   Request body\n\n    **表 3**  data\\_images字段说明\n\n|参数|类型|\n|--|--|\n|a|String|\n";
        Diagnostics d = new Diagnostics();
        TableDocument doc = new MarkdownTableReader().read(Fixtures.page("c.md", md), d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        Table t = tables(doc).get(0);
        assertEquals("表 3 data_images字段说明", t.caption().plain());
        BulletList list = assertInstanceOf(BulletList.class, doc.blocks().get(1));
        assertEquals(List.of("Request body"), list.items().stream().map(TableDocument.Text::plain).toList());
        assertEquals(3, doc.blocks().size());
    }

    @Test
    void anchorBeforeTheCaptionLineNamesTheTable() {
        String md = "# T\n\n<a name=\"request_Tag\"></a>\n\n**Table 1** Tag\n\n|Parameter|Type|\n|--|--|\n|key|String|\n\n"
                + "<a name=\"x\"></a>\n**Table 2** Other\n\n|Parameter|Type|\n|--|--|\n|k|String|\n";
        Diagnostics d = new Diagnostics();
        List<Table> tables = tables(new MarkdownTableReader().read(Fixtures.page("a.md", md), d));
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("request_Tag", tables.get(0).id());
        assertEquals("Table 1 Tag", tables.get(0).caption().plain());
        assertEquals("x", tables.get(1).id());
        assertEquals("Table 2 Other", tables.get(1).caption().plain());
    }

    @Test
    void pipeTableRightUnderItsCaptionLine() {
        String md = "# T\n\nSome text.\n**表 1**  X\n|参数|类型|\n|--|--|\n|a|String|\n";
        Diagnostics d = new Diagnostics();
        TableDocument doc = new MarkdownTableReader().read(Fixtures.page("i.md", md), d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        Table t = tables(doc).get(0);
        assertEquals("表 1 X", t.caption().plain());
        assertEquals(List.of("参数", "类型"), header(t));
        assertEquals(List.of("a", "String"), cells(t.rows().get(0)));
        assertEquals(new SourceLocation("i.md", 5, 1), t.location());
        assertEquals("Some text.", ((Paragraph) doc.blocks().get(1)).text().plain());
    }
}
