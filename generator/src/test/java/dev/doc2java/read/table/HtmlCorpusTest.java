package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.blocks;
import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML reader over every page of {@code ../shared/corpus/huawei/html/elb}; skipped when absent. */
class HtmlCorpusTest {

    private static TableDocument read(String file, Diagnostics d) {
        Path dir = Fixtures.corpus("html/elb");
        return TableDocuments.read(Fixtures.corpusPage(dir.resolve(file)), d);
    }

    @Test
    void everyPageReadsCleanlyWithEveryTableAndPre() throws IOException {
        Path dir = Fixtures.corpus("html/elb");
        List<Path> files = Fixtures.files(dir, "html");
        assertTrue(files.size() >= 180, "pages: " + files.size());
        int tables = 0;
        int code = 0;
        int rows = 0;
        int headed = 0;
        for (Path f : files) {
            Diagnostics d = new Diagnostics();
            TableDocument doc = TableDocuments.read(Fixtures.corpusPage(f), d);
            assertTrue(d.isEmpty(), () -> f + ": " + d.sorted());
            assertFalse(doc.title().isEmpty(), f::toString);
            String raw = Files.readString(f);
            int rawTables = raw.split("<table", -1).length - 1;
            int rawPre = raw.split("<pre", -1).length - 1;
            assertEquals(rawTables, tables(doc).size(), f::toString);
            assertEquals(rawPre, blocks(doc, CodeBlock.class).size(), f::toString);
            int pageRows = 0;
            for (Table t : tables(doc)) {
                headed += t.header().isEmpty() ? 0 : 1;
                rows += t.rows().size();
                pageRows += t.header().size() + t.rows().size();
            }
            assertEquals(raw.split("<tr", -1).length - 1, pageRows, f::toString);
            tables += rawTables;
            code += rawPre;
        }
        assertTrue(tables >= 700, "tables " + tables);
        assertTrue(code >= 280, "code blocks " + code);
        assertTrue(rows >= 3400, "rows " + rows);
        assertEquals(tables, headed, "tables with a header row");
    }

    @Test
    void createListener() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = read("CreateListener.html", d);
        assertEquals("Adding a Listener", doc.title());
        assertEquals(new SourceLocation("elb/CreateListener.html", 3, 1), doc.titleLocation());
        List<Table> tables = tables(doc);
        assertEquals(14, tables.size());
        Table option = tables.get(3);
        assertEquals("Table 4 CreateListenerOption", option.caption().plain());
        assertEquals("CreateListener__request_CreateListenerOption", option.id());
        assertEquals(new SourceLocation("elb/CreateListener.html", 85, 103), option.location());
        assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(option));
        List<String> first = cells(option.rows().get(0));
        assertEquals(List.of("admin_state_up", "No", "Boolean"), first.subList(0, 3));
        assertTrue(first.get(3).startsWith("Specifies the administrative status"), first.get(3));
        Table body = tables.get(2);
        assertEquals("#CreateListener__request_CreateListenerOption",
                ((TableDocument.Paragraph) body.rows().get(0).cells().get(2).content().get(0)).text().links().get(0)
                        .target());
        Table status = tables.get(13);
        assertEquals(List.of("Status Code", "Description"), header(status));
        assertEquals(List.of("201", "Successful request."), cells(status.rows().get(0)));
        assertEquals(3, blocks(doc, CodeBlock.class).size());
        List<String> sections = blocks(doc, Heading.class).stream().filter(h -> h.level() > 1)
                .map(h -> h.text().plain()).toList();
        assertEquals(List.of("Function", "Constraints", "URI", "Request Parameters", "Response Parameters",
                "Example Requests", "Example Responses", "Status Codes", "Error Codes"), sections);
    }

    @Test
    void olderPageCaptionWithBoldFieldName() {
        TableDocument doc = read("elb_zq_jt_0001.html", new Diagnostics());
        Table t = tables(doc).get(1);
        assertEquals("Table 2 listener parameter description", t.caption().plain());
        assertEquals("elb_zq_jt_0001__en-us_topic_0096561542_table3499100135410", t.id());
        assertEquals("tenant_id", cells(t.rows().get(0)).get(0));
    }

    @Test
    void rowspansAreKept() {
        TableDocument doc = read("elb_gc_0002.html", new Diagnostics());
        assertTrue(tables(doc).stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.rowspan() == 12));
    }
}
