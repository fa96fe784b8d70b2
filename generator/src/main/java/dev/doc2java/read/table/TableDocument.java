package dev.doc2java.read.table;

import dev.doc2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * The one form the HTML, Markdown and flattened-text readers produce: a page as a title and a flat
 * sequence of blocks in document order, every element with its source location. It knows nothing
 * of what an API page means; {@code dev.doc2java.read.huawei} interprets it.
 *
 * @param path the page path, as in {@link dev.doc2java.read.Page#path()}
 * @param title the page title (the H1, or the first heading-like line), "" when there is none
 */
public record TableDocument(String path, String title, SourceLocation titleLocation, List<Block> blocks) {

    public TableDocument {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title;
        titleLocation = titleLocation == null ? SourceLocation.of(path, 1) : titleLocation;
        blocks = List.copyOf(blocks);
    }

    /** A block-level element. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Table, CodeBlock {
        SourceLocation location();
    }

    /**
     * A heading ({@code <h4 class="sectiontitle">}, {@code ## URI}); {@code level} 1 is the title
     * level; {@code anchor} is an id or {@code <a name>} attached to it, or "".
     */
    public record Heading(int level, Text text, String anchor, SourceLocation location) implements Block {
        public Heading {
            anchor = anchor == null ? "" : anchor;
        }
    }

    /** A paragraph of running text (one line of flattened text is one paragraph). */
    public record Paragraph(Text text, SourceLocation location) implements Block {
    }

    /** A bulleted or numbered list; each item is its own text. */
    public record BulletList(boolean ordered, List<Text> items, SourceLocation location) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** Preformatted text ({@code <pre>}, a fenced or indented code block), verbatim. */
    public record CodeBlock(String language, String code, SourceLocation location) implements Block {
        public CodeBlock {
            language = language == null ? "" : language;
        }
    }

    /**
     * A table. {@code id} is the table's anchor ({@code id=}, a preceding {@code <a name>}), or "";
     * {@code caption} is its caption as written (caption element, or a bold "Table 4 X" line just
     * before it), or null; {@code header} the header rows (usually one), {@code rows} the body rows.
     */
    public record Table(String id, Text caption, List<Row> header, List<Row> rows, SourceLocation location)
            implements Block {
        public Table {
            id = id == null ? "" : id;
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A table row. */
    public record Row(List<Cell> cells, SourceLocation location) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its content as blocks (paragraphs and bullet lists; a cell with plain text is one
     * paragraph). {@code rowspan}/{@code colspan} are as written (1 when absent).
     */
    public record Cell(List<Block> content, int rowspan, int colspan, SourceLocation location) {
        public Cell {
            content = List.copyOf(content);
        }

        /** The cell's text, paragraphs and list items joined by {@code \n}. */
        public String plainText() {
            StringBuilder out = new StringBuilder();
            for (Block b : content) {
                if (b instanceof Paragraph p) {
                    append(out, p.text().plain());
                } else if (b instanceof BulletList l) {
                    for (Text item : l.items()) {
                        append(out, item.plain());
                    }
                } else if (b instanceof CodeBlock c) {
                    append(out, c.code());
                } else if (b instanceof Heading h) {
                    append(out, h.text().plain());
                }
            }
            return out.toString();
        }

        private static void append(StringBuilder out, String s) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(s);
        }
    }

    /**
     * Inline text: {@code plain} with markup removed and whitespace collapsed (Markdown escapes
     * undone, entities decoded), {@code links} in order, {@code strong} the bold runs (status-code
     * labels, captions). No HTML is kept: emitters escape text themselves.
     */
    public record Text(String plain, List<Link> links, List<String> strong) {
        public Text {
            Objects.requireNonNull(plain, "plain");
            links = List.copyOf(links);
            strong = List.copyOf(strong);
        }

        public static Text of(String plain) {
            return new Text(plain, List.of(), List.of());
        }
    }

    /** A link: its text and its target as written ({@code #CreateListener__request_X}, {@code other.md#anchor}). */
    public record Link(String text, String target) {
    }
}
