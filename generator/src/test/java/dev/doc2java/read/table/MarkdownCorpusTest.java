package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.firstColumn;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown reader over every page of {@code ../shared/corpus/huawei/markdown}; skipped when absent. */
class MarkdownCorpusTest {

    private static final Pattern PIPE_SEPARATOR = Pattern.compile("(?m)^\\s*\\|\\s*:?-");

    private static TableDocument read(String service, String file, Diagnostics d) {
        Path dir = Fixtures.corpus("markdown/" + service);
        return TableDocuments.read(Fixtures.corpusPage(dir.resolve(file)), d);
    }

    @Test
    void everyPageReadsCleanlyWithEveryTable() throws IOException {
        int pages = 0;
        int captioned = 0;
        int total = 0;
        for (String service : List.of("elb", "ims")) {
            Path dir = Fixtures.corpus("markdown/" + service);
            for (Path f : Fixtures.files(dir, "md")) {
                pages++;
                Diagnostics d = new Diagnostics();
                TableDocument doc = TableDocuments.read(Fixtures.corpusPage(f), d);
                assertTrue(d.isEmpty(), () -> f + ": " + d.sorted());
                assertFalse(doc.title().isEmpty(), f::toString);
                String raw = Files.readString(f);
                int expected = raw.split("<table", -1).length - 1 + (int) PIPE_SEPARATOR.matcher(raw).results().count();
                List<Table> tables = tables(doc);
                assertEquals(expected, tables.size(), f::toString);
                for (Table t : tables) {
                    assertEquals(1, t.header().size(), () -> f + " " + t.location());
                    captioned += t.caption() == null ? 0 : 1;
                }
                total += tables.size();
                int bold = raw.split("(?m)^\\s*\\*\\*(表|Table)", -1).length - 1;
                long consumed = tables.stream().filter(t -> t.caption() != null).count();
                assertEquals(bold, consumed, () -> f + ": every bold caption line is a caption");
                assertFalse(doc.blocks().stream().anyMatch(b -> b instanceof Paragraph p
                        && p.text().plain().matches("^表 ?\\d+ .*")), () -> f + ": caption left as paragraph");
            }
        }
        assertEquals(24, pages);
        assertTrue(total >= 170, "tables " + total);
        assertEquals(137, captioned);
    }

    @Test
    void elbCreateListener() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = read("elb", "CreateListener.md", d);
        assertEquals("创建监听器", doc.title());
        Heading h1 = (Heading) doc.blocks().get(0);
        assertEquals("CreateListener", h1.anchor());
        List<Table> tables = tables(doc);
        assertEquals(16, tables.size());
        Table option = tables.get(3);
        assertEquals("表 4 CreateListenerOption", option.caption().plain());
        assertEquals("request_CreateListenerOption", option.id());
        assertEquals(new SourceLocation("elb/CreateListener.md", 102, 1), option.location());
        assertEquals(List.of("参数", "是否必选", "参数类型", "描述"), header(option));
        assertEquals(List.of("admin_state_up", "否", "Boolean"), cells(option.rows().get(0)).subList(0, 3));
        assertEquals("#request_CreateListenerOption", ((Paragraph) tables.get(2).rows().get(0).cells().get(2).content()
                .get(0)).text().links().get(0).target());
        assertEquals(List.of("状态码", "描述"), header(tables.get(15)));
        assertEquals("status_code", tables.get(15).id());
        assertEquals(3, Fixtures.blocks(doc, CodeBlock.class).size());
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().plain().equals("POST /v3/{project_id}/elb/listeners")));
    }

    @Test
    void imsPipeTables() {
        TableDocument doc = read("ims", "ims_03_0603.md", new Diagnostics());
        List<Table> tables = tables(doc);
        assertEquals(7, tables.size());
        assertNull(tables.get(0).caption());
        assertEquals(List.of("参数", "是否必选", "参数类型", "描述"), header(tables.get(0)));
        assertEquals(List.of("name", "description", "instance_id", "data_images", "tags", "image_tags",
                "enterprise_project_id", "max_ram", "min_ram"), firstColumn(tables.get(0)));
        assertEquals("表 1 data_images字段数据结构说明", tables.get(1).caption().plain());
        assertEquals(new SourceLocation("ims/ims_03_0603.md", 53, 1), tables.get(1).location());
        assertEquals(List.of("type", "否", "Sting"), cells(tables.get(4).rows().get(3)).subList(0, 3));
    }

    @Test
    void imsEscapesAndTemplateUri() {
        TableDocument doc = read("ims", "ims_03_0602.md", new Diagnostics());
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().plain().startsWith("GET /v2/cloudimages{?__isregistered,__imagetype,")), () ->
                TableDocumentPrinter.print(doc));
    }
}
