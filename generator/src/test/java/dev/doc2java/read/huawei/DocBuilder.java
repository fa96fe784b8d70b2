package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link TableDocument}s in tests, one block per line, so unit tests do not depend on any
 * reader. Cell text uses {@code |} between cells; inside a cell, {@code \n} separates paragraphs and
 * a line starting with {@code "- "} is a bullet item; {@code [text](target)} is a link.
 */
final class DocBuilder {

    private final String path;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private int line = 2;

    DocBuilder(String path, String title) {
        this.path = path;
        this.title = title;
    }

    private SourceLocation next() {
        return new SourceLocation(path, line++, 1);
    }

    DocBuilder heading(String text) {
        blocks.add(new Heading(4, text(text), "", next()));
        return this;
    }

    DocBuilder paragraph(String text) {
        blocks.add(new Paragraph(text(text), next()));
        return this;
    }

    DocBuilder bullets(String... items) {
        List<Text> texts = new ArrayList<>();
        for (String i : items) {
            texts.add(text(i));
        }
        blocks.add(new BulletList(false, texts, next()));
        return this;
    }

    DocBuilder code(String code) {
        blocks.add(new CodeBlock("", code, next()));
        line += (int) code.lines().count();
        return this;
    }

    /** A table: {@code header} like {@code "Parameter|Mandatory|Type|Description"}, rows likewise. */
    DocBuilder table(String id, String caption, String header, String... rows) {
        SourceLocation at = next();
        List<Row> body = new ArrayList<>();
        Row head = row(header);
        for (String r : rows) {
            body.add(row(r));
        }
        blocks.add(new Table(id, caption == null ? null : text(caption), List.of(head), body, at));
        return this;
    }

    private Row row(String cells) {
        SourceLocation at = next();
        List<Cell> out = new ArrayList<>();
        int col = 1;
        for (String c : cells.split("\\|", -1)) {
            out.add(cell(c.trim(), new SourceLocation(path, at.line(), col)));
            col += c.length() + 1;
        }
        return new Row(out, at);
    }

    private static Cell cell(String text, SourceLocation at) {
        List<Block> content = new ArrayList<>();
        List<Text> bullets = new ArrayList<>();
        for (String part : text.split("\\\\n")) {
            if (part.startsWith("- ")) {
                bullets.add(text(part.substring(2)));
                continue;
            }
            if (!bullets.isEmpty()) {
                content.add(new BulletList(false, bullets, at));
                bullets = new ArrayList<>();
            }
            if (!part.isEmpty()) {
                content.add(new Paragraph(text(part), at));
            }
        }
        if (!bullets.isEmpty()) {
            content.add(new BulletList(false, bullets, at));
        }
        return new Cell(content, 1, 1, at);
    }

    /** Plain text with {@code [text](target)} links and {@code **bold**} runs. */
    static Text text(String s) {
        List<Link> links = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)|\\*\\*([^*]+)\\*\\*").matcher(s);
        int last = 0;
        while (m.find()) {
            plain.append(s, last, m.start());
            if (m.group(1) != null) {
                links.add(new Link(m.group(1), m.group(2)));
                plain.append(m.group(1));
            } else {
                strong.add(m.group(3));
                plain.append(m.group(3));
            }
            last = m.end();
        }
        plain.append(s.substring(last));
        return new Text(plain.toString(), links, strong);
    }

    TableDocument build() {
        return new TableDocument(path, title, new SourceLocation(path, 1, 1), blocks);
    }
}
