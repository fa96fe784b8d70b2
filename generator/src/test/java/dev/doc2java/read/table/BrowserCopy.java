package dev.doc2java.read.table;

import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import dev.doc2java.read.table.TableDocument.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a table document written out the way copying a page out of a browser gives it (one
 * block a paragraph, one table cell a line, bullets marked), so tests can make flattened-text pages
 * from real HTML and Markdown pages.
 */
public final class BrowserCopy {

    private BrowserCopy() {
    }

    public static String flatten(TableDocument doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            block(b, out);
        }
        return String.join("\n\n", out) + "\n";
    }

    private static void block(Block b, List<String> out) {
        if (b instanceof Heading h) {
            out.add(h.text().plain());
        } else if (b instanceof Paragraph p) {
            out.add(p.text().plain());
        } else if (b instanceof BulletList l) {
            for (Text item : l.items()) {
                out.add("  \u2022 " + item.plain());
            }
        } else if (b instanceof CodeBlock c) {
            out.add(c.code().replaceAll("\n\\s*\n", "\n\n"));
        } else if (b instanceof Table t) {
            if (t.caption() != null) {
                out.add(t.caption().plain());
            }
            for (Row r : t.header()) {
                row(r, out);
            }
            for (Row r : t.rows()) {
                row(r, out);
            }
        }
    }

    private static void row(Row r, List<String> out) {
        for (Cell c : r.cells()) {
            for (Block b : c.content()) {
                block(b, out);
            }
        }
    }
}
