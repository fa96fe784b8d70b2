package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.cells;
import static dev.doc2java.read.table.Fixtures.firstColumn;
import static dev.doc2java.read.table.Fixtures.header;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flattened-text reader over the GA seed page in {@code ../shared/corpus/huawei/text}; skipped when absent. */
class FlatTextCorpusTest {

    private static TableDocument ga(Diagnostics d) {
        return TableDocuments.read(Fixtures.corpusPage(Fixtures.corpus("text").resolve("ga-create-listener.txt")), d);
    }

    @Test
    void readsCleanly() {
        Diagnostics d = new Diagnostics();
        TableDocument doc = ga(d);
        assertTrue(d.isEmpty(), () -> d.sorted().toString());
        assertEquals("Adding a Listener", doc.title());
        assertEquals(new SourceLocation("text/ga-create-listener.txt", 3, 1), doc.titleLocation());
        assertEquals(11, tables(doc).size());
        assertEquals(2, Fixtures.blocks(doc, CodeBlock.class).size());
    }

    @Test
    void everyTableHasItsRows() {
        List<Table> tables = tables(ga(new Diagnostics()));
        List<String> captions = tables.stream().map(t -> t.caption() == null ? "" : t.caption().plain()).toList();
        assertEquals(List.of("Table 1 Request header parameters", "Table 2 Request body parameters",
                "Table 3 CreateListenerOption", "Table 4 PortRange", "Table 5 ResourceTag",
                "Table 6 Response body parameters", "Table 7 ListenerDetail", "Table 8 PortRange", "Table 9 FrozenInfo",
                "Table 10 ResourceTag", ""), captions);
        List<Integer> rowCounts = tables.stream().map(t -> t.rows().size()).toList();
        assertEquals(List.of(1, 1, 7, 2, 2, 2, 13, 2, 3, 2, 1), rowCounts);
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), header(tables.get(i)));
        }
        for (int i = 5; i < 10; i++) {
            assertEquals(List.of("Parameter", "Type", "Description"), header(tables.get(i)));
        }
        assertEquals(List.of("Status Code", "Description"), header(tables.get(10)));
        assertEquals(List.of("201", "Listener added."), cells(tables.get(10).rows().get(0)));
    }

    @Test
    void createListenerOption() {
        Table option = tables(ga(new Diagnostics())).get(2);
        assertEquals(new SourceLocation("text/ga-create-listener.txt", 59, 1), option.location());
        assertEquals(List.of("name", "description", "protocol", "port_ranges", "client_affinity", "accelerator_id",
                "tags"), firstColumn(option));
        List<String> required = option.rows().stream().filter(r -> r.cells().get(1).plainText().equals("Yes"))
                .map(r -> r.cells().get(0).plainText()).toList();
        assertEquals(List.of("name", "protocol", "port_ranges", "accelerator_id"), required);
        assertEquals("Array of PortRange objects", cells(option.rows().get(3)).get(2));
        String affinity = cells(option.rows().get(4)).get(3);
        assertEquals("Specifies the client affinity. The value can be one of the following:\n"
                + "Source IP address: Requests from the same IP address are forwarded to the same endpoint.\n"
                + "NONE: Requests are evenly forwarded across the endpoints.", affinity);
    }

    @Test
    void listenerDetailAndFrozenInfo() {
        List<Table> tables = tables(ga(new Diagnostics()));
        assertEquals(List.of("id", "name", "description", "protocol", "status", "port_ranges", "client_affinity",
                "accelerator_id", "created_at", "updated_at", "domain_id", "frozen_info", "tags"),
                firstColumn(tables.get(6)));
        assertEquals(List.of("status", "effect", "scene"), firstColumn(tables.get(8)));
        assertEquals("Array of strings", cells(tables.get(8).rows().get(2)).get(1));
    }

    @Test
    void examples() {
        List<CodeBlock> code = Fixtures.blocks(ga(new Diagnostics()), CodeBlock.class);
        assertTrue(code.get(0).code().startsWith("POST https://{ga_endpoint}/v1/listeners\n\n{\n  \"listener\" : {"),
                code.get(0).code());
        assertTrue(code.get(0).code().endsWith("\n}"));
        assertTrue(code.get(1).code().contains("\"request_id\" : \"915a14a6-867b-4af7-83d1-70efceb146f9\""));
        assertEquals(new SourceLocation("text/ga-create-listener.txt", 445, 1), code.get(1).location());
    }
}
