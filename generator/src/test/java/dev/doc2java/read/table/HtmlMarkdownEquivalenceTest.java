package dev.doc2java.read.table;

import static dev.doc2java.read.table.Fixtures.firstColumn;
import static dev.doc2java.read.table.Fixtures.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same logical page as English HTML (OTC, 2022) and Chinese Markdown (huaweicloudDocs, newer):
 * every parameter of a table named after a model in the HTML is in the Markdown table of that
 * name (the newer Markdown edition adds fields and orders two differently). Skipped when the
 * corpus is absent.
 */
class HtmlMarkdownEquivalenceTest {

    @Test
    void createListenerTablesAgree() {
        TableDocument html = TableDocuments.read(
                Fixtures.corpusPage(Fixtures.corpus("html/elb").resolve("CreateListener.html")), new Diagnostics());
        TableDocument md = TableDocuments.read(
                Fixtures.corpusPage(Fixtures.corpus("markdown/elb").resolve("CreateListener.md")), new Diagnostics());
        Map<String, List<String>> h = byModelName(html);
        Map<String, List<String>> m = byModelName(md);
        assertEquals(9, h.size(), h.keySet().toString());
        for (Map.Entry<String, List<String>> e : h.entrySet()) {
            List<String> other = m.get(e.getKey());
            assertTrue(other != null, "markdown lacks " + e.getKey());
            List<String> missing = new ArrayList<>(e.getValue());
            missing.removeAll(other);
            assertEquals(List.of(), missing, e.getKey() + ": HTML parameters missing from the Markdown table");
        }
        assertEquals(h.get("Tag#1"), m.get("Tag#1"));
        assertEquals(h.get("ListenerInsertHeaders#2"), m.get("ListenerInsertHeaders#2"));
        // the three tables before the models: path, header and body parameters
        for (int i = 0; i < 3; i++) {
            assertEquals(firstColumn(tables(html).get(i)), firstColumn(tables(md).get(i)));
        }
    }

    /** Tables whose caption names a model ({@code Table 4 CreateListenerOption}), keyed {@code name#n}. */
    private static Map<String, List<String>> byModelName(TableDocument doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Table t : tables(doc)) {
            if (t.caption() == null) {
                continue;
            }
            String plain = t.caption().plain();
            String name = t.caption().strong().isEmpty() ? plain : plain.substring(t.caption().strong().get(0).length())
                    .strip();
            if (name.matches("[A-Z][A-Za-z0-9]+")) {
                int n = 1;
                while (out.containsKey(name + "#" + n)) {
                    n++;
                }
                out.put(name + "#" + n, firstColumn(t));
            }
        }
        return out;
    }
}
