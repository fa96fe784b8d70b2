package dev.doc2java.read.table;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cut and scrambled pages never make a reader throw, and reading twice gives the same document. */
class TableReaderRobustnessTest {

    private static final List<String> FIXTURES = List.of("tables/html/saved-page.html",
            "tables/markdown/widgets.md", "tables/text/widgets.txt");

    private static final String[] TOKENS = {"<table>", "</table>", "<tr>", "<td rowspan=\"3\">", "<th colspan=\"0\">",
        "</td>", "<caption>", "<p>", "</p>", "<ul><li>", "<pre>", "</pre>", "<h1>", "<a name=\"x\"></a>", "|a|b|",
        "|--|--|", "**表 1**  X", "    **Table 2** Y", "```", "# T", "\n", "\n\n", "Table 3 Z", "Parameter",
        "Mandatory", "Type", "Description", "Yes", "No", "String", "  • item", "{", "}", "[", "POST https://x/y",
        "Status code: 200", "Status Codes", "\\{", "&amp;", "\u0000", "中文", "<br>", "<"};

    @Test
    void truncatedFixturesAndCorpusPages() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (String f : FIXTURES) {
            pages.add(Fixtures.resource(f));
        }
        String shared = System.getProperty("doc2java.shared");
        if (shared != null) {
            for (String f : List.of("html/elb/CreateListener.html", "html/elb/elb_gc_0002.html",
                    "markdown/elb/CreateListener.md", "markdown/ims/ims_03_0603.md", "text/ga-create-listener.txt")) {
                Path p = Path.of(shared, "corpus", "huawei", f);
                if (Files.exists(p)) {
                    pages.add(new Page(f, "", Files.readString(p)));
                }
            }
        }
        for (Page page : pages) {
            String text = page.text();
            for (int k = 1; k < 12; k++) {
                int cut = text.length() * k / 12;
                Page cutPage = new Page(page.path(), "", text.substring(0, cut));
                assertDoesNotThrow(() -> TableDocuments.read(cutPage, new Diagnostics()), page.path() + " cut at " + cut);
            }
        }
    }

    @Test
    void scrambledMarkup() {
        Random random = new Random(42);
        for (String ext : List.of("html", "md", "txt")) {
            for (int n = 0; n < 150; n++) {
                StringBuilder s = new StringBuilder();
                int len = random.nextInt(60);
                for (int i = 0; i < len; i++) {
                    s.append(TOKENS[random.nextInt(TOKENS.length)]);
                    if (random.nextInt(3) == 0) {
                        s.append('\n');
                    }
                }
                Page page = new Page("junk." + ext, "", s.toString());
                TableDocument first = assertDoesNotThrow(() -> TableDocuments.read(page, new Diagnostics()),
                        () -> "input: " + s);
                TableDocument second = TableDocuments.read(page, new Diagnostics());
                assertEquals(TableDocumentPrinter.print(first), TableDocumentPrinter.print(second));
            }
        }
    }

    @Test
    void longTablesReadInLinearTime() {
        StringBuilder text = new StringBuilder("Big\n\nURI\n\nPOST /v1/x\n\nTable 1 Big\n\nParameter\n\nMandatory\n\n"
                + "Type\n\nDescription\n\n");
        StringBuilder md = new StringBuilder("# Big\n\n|Parameter|Mandatory|Type|Description|\n|--|--|--|--|\n");
        StringBuilder html = new StringBuilder("<h1>Big</h1><table><tr><th>Parameter</th><th>Type</th></tr>");
        for (int i = 0; i < 6000; i++) {
            text.append("p").append(i).append("\n\nNo\n\nString\n\nThe value.\n\n  \u2022 a\n\n");
            md.append("|p").append(i).append("|No|String|The value.|\n");
            html.append("<tr><td>p").append(i).append("</td><td><p>String</p></td></tr>\n");
        }
        html.append("</table>");
        assertTimeout(java.time.Duration.ofSeconds(60), () -> {
            for (Page page : List.of(new Page("big.txt", "", text.toString()), new Page("big.md", "", md.toString()),
                    new Page("big.html", "", html.toString()))) {
                Diagnostics d = new Diagnostics();
                TableDocument doc = TableDocuments.read(page, d);
                assertEquals(6000, Fixtures.tables(doc).get(0).rows().size(), page.path());
                assertTrue(d.isEmpty(), () -> d.sorted().toString());
            }
        });
    }
}
