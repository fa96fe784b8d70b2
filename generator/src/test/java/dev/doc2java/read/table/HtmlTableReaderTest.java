package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableReaderTest {

    private final HtmlTableReader reader = new HtmlTableReader();

    private TableDocument savedPage(Diagnostics d) {
        return reader.read(Fixtures.resource("tables/html/saved-page.html"), d);
    }

    @Test
    void savedPageKeepsOnlyTheArticle() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = savedPage(d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("Adding a Widget", doc.title());
        assertEquals(new SourceLocation("tables/html/saved-page.html", 20, 7), doc.titleLocation());
        List<Table> tables = tables(doc);
        assertEquals(2, tables.size(), "sidebar, aside, footer and script tables are dropped");
        String all = TableDocumentPrinter.print(doc);
        for (String chrome : List.of("Home", "sidebar table", "aside table", "footer", "Copyright", "helpful",
                "Creating a Widget")) {
            assertTrue(!all.contains(chrome), () -> "chrome '" + chrome + "' leaked:\n" + all);
        }
        Heading first = assertInstanceOf(Heading.class, doc.blocks().get(0));
        assertEquals(1, first.level());
        assertEquals("AddWidget", first.anchor());
    }

    @Test
    void tableIdCaptionHeaderAndCells() {
        Table t = tables(savedPage(new Diagnostics())).get(0);
        assertEquals("AddWidget__request_WidgetOption", t.id());
        assertEquals("Table 1 WidgetOption", t.caption().plain());
        assertEquals(List.of("Table 1"), t.caption().strong());
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(t));
        assertEquals(4, t.rows().size());
        assertEquals(List.of("name", "Yes", "String", "Widget name.\nMinimum: 1\nMaximum: 64"), cells(t.rows().get(0)));
        Cell type = t.rows().get(1).cells().get(2);
        Paragraph p = assertInstanceOf(Paragraph.class, type.content().get(0));
        assertEquals("Size object", p.text().plain());
        assertEquals("#AddWidget__request_Size", p.text().links().get(0).target());
        BulletList list = assertInstanceOf(BulletList.class, t.rows().get(1).cells().get(3).content().get(1));
        assertEquals("small: a small one", list.items().get(0).plain());
        assertEquals(List.of("small"), list.items().get(0).strong());
        assertEquals(new SourceLocation("tables/html/saved-page.html", 29, 15), t.rows().get(0).cells().get(0).location());
    }

    @Test
    void spansAreKeptAndBreaksSplitParagraphs() {
        Table t = tables(savedPage(new Diagnostics())).get(0);
        Cell mode = t.rows().get(2).cells().get(0);
        assertEquals(2, mode.rowspan());
        assertEquals(2, t.rows().get(2).cells().get(1).colspan());
        assertEquals(3, t.rows().get(3).cells().size());
        assertEquals(2, t.rows().get(3).cells().get(2).content().size());
    }

    @Test
    void codeInsideListItemFollowsTheItem() {
        TableDocument doc = savedPage(new Diagnostics());
        int list = -1;
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (doc.blocks().get(i) instanceof BulletList l && l.items().get(0).plain().startsWith("Example 1")) {
                list = i;
            }
        }
        assertTrue(list >= 0);
        CodeBlock code = assertInstanceOf(CodeBlock.class, doc.blocks().get(list + 1));
        assertEquals("POST https://{endpoint}/v1/123/widgets\n\n{\n  \"name\" : \"w & co\"\n}", code.code());
    }

    @Test
    void tableWithoutTheadTakesLeadingThRowsAsHeader() {
        Table t = tables(savedPage(new Diagnostics())).get(1);
        assertEquals("status", t.id());
        assertNull(t.caption());
        assertEquals(List.of("Status Code", "Description"), header(t));
        assertEquals(List.of("200", "OK"), cells(t.rows().get(0)));
    }

    @Test
    void fragmentLocationsAreOffset() {
        Diagnostics d = new Diagnostics();
        HtmlTableReader.Fragment f = reader.readFragment("page.md",
                "<table><tr><th>A</th></tr>\n<tr><td>x</td></tr></table>\n<a name=\"next\"></a>", 10, 5,
                List.of("anchor"), d);
        Table t = assertInstanceOf(Table.class, f.blocks().get(0));
        assertEquals("anchor", t.id());
        assertEquals(new SourceLocation("page.md", 10, 5), t.location());
        assertEquals(new SourceLocation("page.md", 11, 5), t.rows().get(0).cells().get(0).location());
        assertEquals(List.of("next"), f.trailingAnchors());
    }

    @Test
    void pageWithoutHeadingsOrTablesStillReads() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = reader.read(Fixtures.page("p.html", "just <b>text</b><br>and more"), d);
        assertEquals("", doc.title());
        List<Block> blocks = doc.blocks();
        assertEquals(2, blocks.size());
        assertEquals("just text", ((Paragraph) blocks.get(0)).text().plain());
    }

    @Test
    void titleInsideArticleHeaderWinsOverSiteBrand() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = reader.read(Fixtures.resource("tables/html/saved-article.html"), d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("Deleting a Widget", doc.title());
        String all = TableDocumentPrinter.print(doc);
        assertTrue(!all.contains("Cloud Docs") && !all.contains("Home") && !all.contains("Copyright")
                && !all.contains("crumbs") && !all.contains("\"A\""), all);
        Table t = tables(doc).get(0);
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(t));
        assertEquals(List.of("widget_id", "Yes", "String", "Widget ID."), cells(t.rows().get(1)));
        assertEquals(new SourceLocation("tables/html/saved-article.html", 11, 28), t.location());
    }

    @Test
    void firstRowOfHeaderWordsBecomesTheHeaderOnlyWithoutTh() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = reader.read(Fixtures.page("t.html", "<table><tr><td>Module</td><td>Error Code</td>"
                + "<td>Description</td></tr><tr><td>ELB</td><td>ELB.001</td><td>Bad.</td></tr></table>"
                + "<table><tr><td>name</td><td>value</td></tr><tr><td>a</td><td>b</td></tr></table>"), d);
        List<Table> tables = tables(doc);
        assertEquals(List.of("Module", "Error Code", "Description"), header(tables.get(0)));
        assertEquals(1, tables.get(0).rows().size());
        assertTrue(tables.get(1).header().isEmpty());
        assertEquals(2, tables.get(1).rows().size());
    }
}
