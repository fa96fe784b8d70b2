package dev.doc2java.read.table;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Link;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import dev.doc2java.read.table.TableDocument.Text;

/**
 * A compact, deterministic text dump of a {@link TableDocument}, one element a line with its
 * {@code line:col}; for golden tests and for looking at what a reader made of a page.
 */
public final class TableDocumentPrinter {

    private TableDocumentPrinter() {
    }

    public static String print(TableDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append("title ").append(quote(doc.title())).append(' ').append(at(doc.titleLocation())).append('\n');
        for (Block b : doc.blocks()) {
            block(b, "", out);
        }
        return out.toString();
    }

    private static void block(Block b, String indent, StringBuilder out) {
        out.append(indent);
        if (b instanceof Heading h) {
            out.append("heading ").append(h.level());
            if (!h.anchor().isEmpty()) {
                out.append(" #").append(h.anchor());
            }
            out.append(' ').append(text(h.text())).append(' ').append(at(h.location())).append('\n');
        } else if (b instanceof Paragraph p) {
            out.append("para ").append(text(p.text())).append(' ').append(at(p.location())).append('\n');
        } else if (b instanceof BulletList l) {
            out.append(l.ordered() ? "ordered-list " : "list ").append(at(l.location())).append('\n');
            for (Text item : l.items()) {
                out.append(indent).append("  - ").append(text(item)).append('\n');
            }
        } else if (b instanceof CodeBlock c) {
            out.append("code");
            if (!c.language().isEmpty()) {
                out.append(' ').append(c.language());
            }
            out.append(' ').append(at(c.location())).append('\n');
            for (String line : c.code().split("\n", -1)) {
                out.append(indent).append("  | ").append(line.stripTrailing()).append('\n');
            }
        } else if (b instanceof Table t) {
            out.append("table");
            if (!t.id().isEmpty()) {
                out.append(" #").append(t.id());
            }
            if (t.caption() != null) {
                out.append(" caption=").append(text(t.caption()));
            }
            out.append(' ').append(at(t.location())).append('\n');
            for (Row r : t.header()) {
                row("  header", r, indent, out);
            }
            for (Row r : t.rows()) {
                row("  row", r, indent, out);
            }
        }
    }

    private static void row(String kind, Row r, String indent, StringBuilder out) {
        out.append(indent).append(kind).append(' ').append(at(r.location())).append('\n');
        for (Cell c : r.cells()) {
            out.append(indent).append("    cell");
            if (c.rowspan() != 1) {
                out.append(" rowspan=").append(c.rowspan());
            }
            if (c.colspan() != 1) {
                out.append(" colspan=").append(c.colspan());
            }
            out.append(' ').append(at(c.location())).append('\n');
            for (Block b : c.content()) {
                block(b, indent + "      ", out);
            }
        }
    }

    private static String text(Text t) {
        StringBuilder s = new StringBuilder(quote(t.plain()));
        for (Link l : t.links()) {
            s.append(" link(").append(quote(l.text())).append(" -> ").append(quote(l.target())).append(')');
        }
        for (String strong : t.strong()) {
            s.append(" strong(").append(quote(strong)).append(')');
        }
        return s.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String at(SourceLocation l) {
        return "@" + l.line() + ":" + l.column();
    }
}
