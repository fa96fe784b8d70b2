package dev.doc2java.read.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flattens every ELB HTML page and every Chinese Markdown page the way a browser copy does (one paragraph, list item or cell a
 * line, bullets as {@code •}) and reads it back with {@link FlatTextReader}: the tables must come
 * back with the same header and first column. Tables the flat form cannot carry (row or column
 * spans, empty cells, cells holding tables or code, cells before the last one running over
 * several lines) are left out. Skipped without the corpus.
 */
class FlatTextRoundTripTest {

    @Test
    void htmlPagesFlattenedReadBackWithTheSameTables() {
        roundTrip(Fixtures.files(Fixtures.corpus("html/elb"), "html"), 500);
    }

    @Test
    void chineseMarkdownPagesFlattenedReadBackWithTheSameTables() {
        List<Path> files = new ArrayList<>(Fixtures.files(Fixtures.corpus("markdown/elb"), "md"));
        files.addAll(Fixtures.files(Fixtures.corpus("markdown/ims"), "md"));
        roundTrip(files, 150);
    }

    private static void roundTrip(List<Path> files, int atLeast) {
        int compared = 0;
        int same = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            TableDocument html = TableDocuments.read(Fixtures.corpusPage(f), new Diagnostics());
            String flat = BrowserCopy.flatten(html);
            Diagnostics d = new Diagnostics();
            TableDocument text = new FlatTextReader().read(new Page(f.getFileName() + ".txt", "", flat), d);
            List<Table> expected = Fixtures.tables(html);
            List<Table> actual = Fixtures.tables(text);
            for (int i = 0; i < expected.size(); i++) {
                Table e = expected.get(i);
                if (!flattenable(e)) {
                    continue;
                }
                compared++;
                Table a = findByCaption(actual, e, i);
                if (a != null && Fixtures.header(a).equals(Fixtures.header(e))
                        && Fixtures.firstColumn(a).equals(Fixtures.firstColumn(e))) {
                    same++;
                } else {
                    failures.add(f.getFileName() + " table " + (i + 1) + " "
                            + (e.caption() == null ? "" : e.caption().plain()));
                }
            }
        }
        System.out.println("flat round trip: " + same + " of " + compared + " tables; first failures: "
                + failures.subList(0, Math.min(15, failures.size())));
        assertTrue(compared >= atLeast, "compared " + compared);
        assertTrue(same * 100 >= compared * 95, same + " of " + compared + ": " + failures);
    }

    private static Table findByCaption(List<Table> tables, Table e, int index) {
        if (e.caption() != null) {
            for (Table t : tables) {
                if (t.caption() != null && t.caption().plain().equals(e.caption().plain())) {
                    return t;
                }
            }
            return null;
        }
        return index < tables.size() ? tables.get(index) : null;
    }

    private static boolean flattenable(Table t) {
        if (t.header().size() != 1) {
            return false;
        }
        List<Row> all = new ArrayList<>(t.header());
        all.addAll(t.rows());
        for (Row r : all) {
            if (r.cells().size() != t.header().get(0).cells().size()) {
                return false;
            }
            for (int k = 0; k < r.cells().size(); k++) {
                Cell c = r.cells().get(k);
                if (c.rowspan() != 1 || c.colspan() != 1 || c.plainText().isBlank()) {
                    return false;
                }
                if (k < r.cells().size() - 1 && (c.content().size() != 1 || !(c.content().get(0) instanceof Paragraph))) {
                    return false; // only the last cell may run over several lines
                }
                for (Block b : c.content()) {
                    if (b instanceof Table || b instanceof CodeBlock) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
