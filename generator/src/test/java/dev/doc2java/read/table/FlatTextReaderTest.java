package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatTextReaderTest {

    private static final String PATH = "tables/text/widgets.txt";

    private static TableDocument widgets(Diagnostics d) {
        return new FlatTextReader().read(Fixtures.resource(PATH), d);
    }

    @Test
    void titleAndSections() {
        TableDocument doc = widgets(new Diagnostics());
        assertEquals("Creating a Widget", doc.title());
        assertEquals(new SourceLocation(PATH, 3, 1), doc.titleLocation());
        List<String> sections = Fixtures.blocks(doc, Heading.class).stream().filter(h -> h.level() == 2)
                .map(h -> h.text().plain()).toList();
        assertEquals(List.of("Function", "URI", "Request Parameters", "Response Parameters", "Example Requests",
                "Example Responses", "Status Codes", "Error Codes"), sections);
    }

    @Test
    void swappedColumnsUseTheFlagColumnWhereverItIs() {
        Table t = tables(widgets(new Diagnostics())).get(0);
        assertEquals("Table 1 Path parameters", t.caption().plain());
        assertEquals(List.of("Table 1"), t.caption().strong());
        assertEquals(List.of("Parameter", "Type", "Mandatory", "Description"), header(t));
        assertEquals(1, t.rows().size());
        assertEquals(List.of("project_id", "String", "Yes", "Project ID.\nMinimum: 1\nMaximum: 64"),
                cells(t.rows().get(0)));
    }

    @Test
    void multiLineDescriptionsWithBulletsStayInTheirCell() {
        Table t = tables(widgets(new Diagnostics())).get(1);
        assertEquals(List.of("name", "color", "sizes"), Fixtures.firstColumn(t));
        Cell color = t.rows().get(1).cells().get(3);
        assertEquals(3, color.content().size());
        BulletList values = assertInstanceOf(BulletList.class, color.content().get(2));
        assertEquals(List.of("red", "blue"), values.items().stream().map(TableDocument.Text::plain).toList());
        assertEquals(new SourceLocation(PATH, 69, 3), values.location());
        assertEquals("Array of Size objects", cells(t.rows().get(2)).get(2));
        assertEquals(new SourceLocation(PATH, 73, 1), t.rows().get(2).location());
    }

    @Test
    void statusLinesEndTablesAndAreStrong() {
        TableDocument doc = widgets(new Diagnostics());
        List<Table> tables = tables(doc);
        assertEquals(List.of("id"), Fixtures.firstColumn(tables.get(2)));
        assertEquals(List.of("error_code"), Fixtures.firstColumn(tables.get(3)));
        Paragraph status = (Paragraph) doc.blocks().get(doc.blocks().indexOf(tables.get(3)) - 1);
        assertEquals("Status code: 400", status.text().plain());
        assertEquals(List.of("Status code: 400"), status.text().strong());
    }

    @Test
    void unknownHeaderIsGuessedWithAWarning() {
        Diagnostics d = new Diagnostics();
        Table t = tables(widgets(d)).get(4);
        assertEquals(List.of("Security Policy", "TLS Version"), header(t));
        assertEquals(List.of("tls-1-0", "TLSv1.2"), cells(t.rows().get(0)));
        assertEquals(List.of("text.guessed-table-header"), d.sorted().stream().map(Diagnostic::code).toList());
    }

    @Test
    void injectedVocabularyReadsTheHeader() {
        Diagnostics d = new Diagnostics();
        HeaderVocabulary v = HeaderVocabulary.defaults().withHeaderCells(List.of("Security Policy", "TLS Version"));
        Table t = tables(new FlatTextReader(v).read(Fixtures.resource(PATH), d)).get(4);
        assertEquals(List.of("Security Policy", "TLS Version"), header(t));
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
    }

    @Test
    void uncaptionedTableAfterSectionTitle() {
        Table t = tables(widgets(new Diagnostics())).get(5);
        assertNull(t.caption());
        assertEquals(List.of("Status Code", "Description"), header(t));
        assertEquals(List.of("201", "400"), Fixtures.firstColumn(t));
        assertEquals(List.of("400", "Bad request."), cells(t.rows().get(1)));
    }

    @Test
    void requestExampleJoinsMethodUrlAndJson() {
        List<CodeBlock> code = Fixtures.blocks(widgets(new Diagnostics()), CodeBlock.class);
        assertEquals(2, code.size());
        assertEquals("POST\n\nhttps://{endpoint}/v1/123/widgets\n\n{\n  \"name\" : \"w\",\n  \"sizes\" : [ 1, 2 ]\n}",
                code.get(0).code());
        assertEquals(new SourceLocation(PATH, 129, 1), code.get(0).location());
        assertEquals("{\"id\": \"abc\"}", code.get(1).code());
    }

    @Test
    void uriLineIsAParagraph() {
        TableDocument doc = widgets(new Diagnostics());
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().plain().equals("POST /v1/{project_id}/widgets")));
    }

    @Test
    void chineseTable() {
        String text = String.join("\n\n", "创建小部件", "请求参数", "表 1 请求Body参数", "参数", "是否必选", "参数类型", "描述",
                "name", "是", "String", "名称。", "  • 甲", "size", "否", "Integer", "大小。", "状态码", "状态码", "描述",
                "200", "成功。", "");
        Diagnostics d = new Diagnostics();
        TableDocument doc = new FlatTextReader().read(Fixtures.page("zh.txt", text), d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("创建小部件", doc.title());
        List<Table> tables = tables(doc);
        assertEquals(2, tables.size());
        assertEquals(List.of("参数", "是否必选", "参数类型", "描述"), header(tables.get(0)));
        assertEquals(List.of("name", "是", "String", "名称。\n甲"), cells(tables.get(0).rows().get(0)));
        assertEquals(List.of("size", "否", "Integer", "大小。"), cells(tables.get(0).rows().get(1)));
        assertEquals(List.of("状态码", "描述"), header(tables.get(1)));
        assertEquals(List.of("200", "成功。"), cells(tables.get(1).rows().get(0)));
    }

    @Test
    void captionLabels() {
        HeaderVocabulary v = HeaderVocabulary.defaults();
        assertEquals("Table 4", v.captionLabel("Table 4 PortRange"));
        assertEquals("表 1", v.captionLabel("表 1 请求Body参数"));
        assertNull(v.captionLabel("Tables are nice"));
        assertNull(v.captionLabel("Table 4: see below."));
    }

    @Test
    void tabSeparatedRowsAreCellsToo() {
        String text = "Adding\nURI\nPOST /v1/x\nTable 1 Body\nParameter\tMandatory\tType\tDescription\n"
                + "name\tYes\tString\tThe name.\n  \u2022 one\nsize\tNo\tInteger\tThe size.\nStatus Codes\n";
        Diagnostics d = new Diagnostics();
        TableDocument doc = new FlatTextReader().read(Fixtures.page("tsv.txt", text), d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        Table t = tables(doc).get(0);
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(t));
        assertEquals(List.of("name", "Yes", "String", "The name.\none"), cells(t.rows().get(0)));
        assertEquals(List.of("size", "No", "Integer", "The size."), cells(t.rows().get(1)));
        assertEquals(new SourceLocation("tsv.txt", 6, 6), t.rows().get(0).cells().get(1).location());
    }

    @Test
    void flagCellsWithARemarkAndCodeLikeStatuses() {
        String text = "Adding\nURI\nPOST /v1/x\nTable 1 Body\nParameter\nMandatory\nType\nDescription\n"
                + "cert\nYes (for HTTPS)\nString\nThe certificate.\nport\nNo\nInteger\nThe port.\n"
                + "Status Codes\nStatus Code\nDescription\n200\nOK.\n4xx\nClient error.\nError Codes\nSee.\n";
        Diagnostics d = new Diagnostics();
        List<Table> tables = tables(new FlatTextReader().read(Fixtures.page("f.txt", text), d));
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals(List.of("cert", "port"), Fixtures.firstColumn(tables.get(0)));
        assertEquals(List.of("200", "4xx"), Fixtures.firstColumn(tables.get(1)));
    }

    @Test
    void oneUnknownHeaderBetweenKnownOnesKeepsTheColumnCount() {
        String text = "Adding\nURI\nPOST /v1/x\nTable 1 Body\nParameter\nMandatory\nType\nUnit Of Measure\n"
                + "Description\nsize\nYes\nInteger\nGB\nThe size.\nname\nNo\nString\nNone\nThe name.\n";
        Diagnostics d = new Diagnostics();
        Table t = tables(new FlatTextReader().read(Fixtures.page("u.txt", text), d)).get(0);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Unit Of Measure", "Description"), header(t));
        assertEquals(List.of("name", "No", "String", "None", "The name."), cells(t.rows().get(1)));
    }
}
