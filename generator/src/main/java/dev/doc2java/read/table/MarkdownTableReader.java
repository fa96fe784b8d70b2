package dev.doc2java.read.table;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Heading;
import dev.doc2java.read.table.TableDocument.Paragraph;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown page (CommonMark with GFM pipe tables, raw HTML tables inside) into a
 * {@link TableDocument}. HTML blocks are read with {@link HtmlTableReader#readFragment}, their
 * locations moved to the Markdown line. A table's caption is a one-line bold label with a number
 * just before it ({@code **表 4**  X}, {@code **Table 4** X}, possibly indented so far that Markdown
 * makes it a code line); its id is an {@code <a name>} anchor before it. Markdown escapes are undone
 * in all text.
 *
 * <p>Diagnostic codes: {@code markdown.empty-page}, {@code markdown.binary-page}, {@code markdown.too-deep},
 * {@code table.cell-count}, and those of {@link HtmlTableReader} for embedded HTML.
 */
public final class MarkdownTableReader {

    /** {@code <a name="x"></a>} or {@code <a id="x"/>}, several in a row. */
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\s+(?:[^>]*?\\s)?(?:name|id)\\s*=\\s*[\"']([^\"']*)[\"'][^>]*?/?>(?:\\s*</a>)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern ONLY_ANCHORS = Pattern.compile(
            "(?:\\s*<a\\s+[^>]*?(?:name|id)\\s*=\\s*[\"'][^\"']*[\"'][^>]*?/?>(?:\\s*</a>)?)+\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    /** Nesting deeper than this (lists in lists, quotes in quotes) is left out with a warning. */
    private static final int MAX_DEPTH = 100;

    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    /** A one-line caption: a bold label ending in a number, then the name. */
    private static final Pattern CODE_CAPTION = Pattern.compile("^\\s*\\*\\*([^*\\n]+)\\*\\*([^\\n]*)$");

    private final Parser parser;
    private final HtmlTableReader html;

    public MarkdownTableReader() {
        this(HeaderVocabulary.defaults());
    }

    /** @param vocabulary header words for HTML tables without a header row (see {@link HtmlTableReader}) */
    public MarkdownTableReader(HeaderVocabulary vocabulary) {
        this.html = new HtmlTableReader(vocabulary);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        this.parser = Parser.builder(options).build();
    }

    /** Reads a whole page. Never throws on bad input; problems go to {@code diagnostics}. */
    public TableDocument read(Page page, Diagnostics diagnostics) {
        if (!PageChecks.readable(page, "markdown", diagnostics)) {
            return new TableDocument(page.path(), "", page.at(1, 1), List.of());
        }
        Document doc = parser.parse(page.text());
        Ctx ctx = new Ctx(page, diagnostics);
        List<Block> blocks = new ArrayList<>();
        children(doc, blocks, ctx);
        String title = "";
        SourceLocation titleAt = page.at(1, 1);
        Heading best = null;
        for (Block b : blocks) {
            if (b instanceof Heading h && (best == null || h.level() < best.level())) {
                best = h;
            }
        }
        if (best != null) {
            title = best.text().plain();
            titleAt = best.location();
        }
        return new TableDocument(page.path(), title, titleAt, blocks);
    }

    // ---------------------------------------------------------------------------------------------
    // blocks

    private void children(Node parent, List<Block> out, Ctx ctx) {
        if (ctx.depth >= MAX_DEPTH) {
            ctx.tooDeep(parent.getStartOffset());
            return;
        }
        ctx.depth++;
        try {
            Node n = parent.getFirstChild();
            while (n != null) {
                n = block(n, out, ctx);
            }
        } finally {
            ctx.depth--;
        }
    }

    /** Reads one block node into {@code out}; returns the next node to read. */
    private Node block(Node n, List<Block> out, Ctx ctx) {
        if (n instanceof com.vladsch.flexmark.ast.Heading h) {
            heading(h, out, ctx);
        } else if (n instanceof com.vladsch.flexmark.ast.Paragraph p) {
            paragraph(p, out, ctx);
        } else if (n instanceof ListBlock list) {
            list(list, out, ctx);
        } else if (n instanceof FencedCodeBlock f) {
            ctx.pending.clear();
            out.add(new CodeBlock(f.getInfo().unescape().trim(), stripEnd(f.getContentChars().toString()),
                    ctx.loc(n.getStartOffset())));
        } else if (n instanceof IndentedCodeBlock c) {
            ctx.pending.clear();
            out.add(new CodeBlock("", stripEnd(dedent(c.getContentChars().toString())), ctx.loc(n.getStartOffset())));
        } else if (n instanceof HtmlCommentBlock) {
            return n.getNext();
        } else if (n instanceof HtmlBlock) {
            return htmlBlock(n, out, ctx);
        } else if (n instanceof TableBlock t) {
            addTable(pipeTable(t, ctx), out);
        } else if (n instanceof BlockQuote) {
            children(n, out, ctx);
        } else if (n instanceof ThematicBreak) {
            return n.getNext();
        } else if (n.getFirstChild() != null) {
            children(n, out, ctx);
        }
        return n.getNext();
    }

    private void heading(com.vladsch.flexmark.ast.Heading h, List<Block> out, Ctx ctx) {
        InlineText text = new InlineText(ctx);
        text.children(h);
        String anchor = text.anchors.isEmpty() ? (ctx.pending.isEmpty() ? "" : ctx.pending.get(0)) : text.anchors.get(0);
        ctx.pending.clear();
        out.add(new Heading(h.getLevel(), text.single(), anchor, ctx.loc(h.getStartOffset())));
    }

    private void paragraph(com.vladsch.flexmark.ast.Paragraph p, List<Block> out, Ctx ctx) {
        int tableStart = pipeTableInside(p, ctx);
        if (tableStart > 0) {
            // GFM lets a table interrupt a paragraph (a caption line right above it); flexmark does
            // not, so the lines before the table and the table are read again on their own
            String text = ctx.page.text();
            int captionLine = text.lastIndexOf('\n', tableStart - 2) + 1;
            Matcher caption = CODE_CAPTION.matcher(text.substring(captionLine, tableStart - 1));
            if (captionLine > p.getStartOffset() && caption.matches() && isLabel(unescape(caption.group(1)))) {
                reparse(p.getStartOffset(), captionLine, out, ctx);
                reparse(captionLine, tableStart, out, ctx);
            } else {
                reparse(p.getStartOffset(), tableStart, out, ctx);
            }
            reparse(tableStart, p.getEndOffset(), out, ctx);
            return;
        }
        String raw = p.getChars().toString();
        if (ONLY_ANCHORS.matcher(raw).matches()) {
            addAnchors(raw, ctx);
            return;
        }
        InlineText text = new InlineText(ctx);
        text.children(p);
        List<TableDocument.Text> paras = text.paragraphs();
        if (paras.isEmpty()) {
            ctx.pending.addAll(text.anchors);
            return;
        }
        Paragraph first = new Paragraph(paras.get(0), ctx.loc(p.getStartOffset()));
        if (paras.size() > 1 || captionOf(first) == null) {
            ctx.pending.clear(); // an anchor before a caption line still names the table after it
        }
        ctx.pending.addAll(text.anchors);
        for (TableDocument.Text t : paras) {
            out.add(new Paragraph(t, ctx.loc(p.getStartOffset())));
        }
    }

    /**
     * The offset of a pipe-table header line inside the paragraph after its first line (a line
     * with a pipe followed by a delimiter row), or -1.
     */
    private static int pipeTableInside(com.vladsch.flexmark.ast.Paragraph p, Ctx ctx) {
        if (p.getParent() == null || !(p.getParent() instanceof Document)) {
            return -1;
        }
        String text = ctx.page.text();
        int end = Math.min(p.getEndOffset(), text.length());
        int lineStart = p.getStartOffset();
        int previous = -1;
        while (lineStart < end) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            String line = text.substring(lineStart, lineEnd);
            if (previous > p.getStartOffset() && DELIMITER_ROW.matcher(line).matches()
                    && text.substring(previous, lineStart).contains("|")) {
                return previous;
            }
            previous = lineStart;
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /** Parses page text {@code [from, to)} alone, at its place in the page, and reads its blocks. */
    private void reparse(int from, int to, List<Block> out, Ctx ctx) {
        String text = ctx.page.text();
        StringBuilder padded = new StringBuilder(to);
        for (int i = 0; i < from; i++) {
            padded.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
        padded.append(text, from, Math.min(to, text.length()));
        Document doc = parser.parse(padded.toString());
        children(doc, out, ctx);
    }

    private static void addAnchors(String raw, Ctx ctx) {
        Matcher m = ANCHOR.matcher(raw);
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                ctx.pending.add(m.group(1).trim());
            }
        }
    }

    private void list(ListBlock list, List<Block> out, Ctx ctx) {
        boolean ordered = list instanceof OrderedList;
        List<TableDocument.Text> items = new ArrayList<>();
        SourceLocation at = null;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<Block> inner = new ArrayList<>();
            children(item, inner, ctx);
            TextBuilder current = null;
            for (Block b : inner) {
                // a caption line inside an item belongs to the table after the list
                if (b instanceof Paragraph p && (current == null || captionOf(p) == null)) {
                    if (current == null) {
                        current = new TextBuilder();
                        at = at == null ? ctx.loc(item.getStartOffset()) : at;
                    } else {
                        current.append(" ");
                    }
                    append(current, p.text());
                } else if (b instanceof BulletList nested) {
                    if (current != null) {
                        items.add(current.build());
                        current = null;
                    }
                    at = at == null ? nested.location() : at;
                    items.addAll(nested.items());
                } else {
                    if (current != null) {
                        items.add(current.build());
                        current = null;
                    }
                    if (!items.isEmpty()) {
                        out.add(new BulletList(ordered, items, at));
                        items = new ArrayList<>();
                    }
                    at = null;
                    out.add(b);
                }
            }
            if (current != null) {
                items.add(current.build());
            }
        }
        if (!items.isEmpty()) {
            out.add(new BulletList(ordered, items, at));
        }
    }

    private static void append(TextBuilder tb, TableDocument.Text t) {
        tb.append(t.plain());
        for (TableDocument.Link l : t.links()) {
            tb.link(l.text(), l.target());
        }
        for (String s : t.strong()) {
            tb.strong(s);
        }
    }

    /**
     * An HTML block. A block that opens more tables than it closes takes in the following HTML
     * blocks until they are closed (a blank line inside a table ends a Markdown HTML block).
     */
    private Node htmlBlock(Node first, List<Block> out, Ctx ctx) {
        String text = first.getChars().toString();
        if (ONLY_ANCHORS.matcher(text).matches()) {
            addAnchors(text, ctx);
            return first.getNext();
        }
        int start = first.getStartOffset();
        int end = first.getEndOffset();
        Node next = first.getNext();
        int open = count(text, "<table") - count(text, "</table");
        while (open > 0 && (next instanceof HtmlBlock || next instanceof HtmlCommentBlock)) {
            String more = next.getChars().toString();
            open += count(more, "<table") - count(more, "</table");
            end = next.getEndOffset();
            next = next.getNext();
        }
        String source = ctx.page.text().substring(start, Math.min(end, ctx.page.text().length()));
        int line = ctx.line(start);
        int column = ctx.column(start);
        HtmlTableReader.Fragment f = html.readFragment(ctx.page.path(), source, line, column, ctx.pending,
                ctx.diagnostics);
        ctx.pending.clear();
        for (Block b : f.blocks()) {
            if (b instanceof Table t) {
                addTable(t, out);
            } else {
                out.add(b);
            }
        }
        ctx.pending.addAll(f.trailingAnchors());
        return next;
    }

    private static int count(String s, String needle) {
        int n = 0;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Adds a table, taking the block just before it as caption when that is a caption line. */
    private void addTable(Table t, List<Block> out) {
        if (t.caption() == null && !out.isEmpty()) {
            TableDocument.Text caption = captionOf(out.get(out.size() - 1));
            if (caption != null) {
                out.remove(out.size() - 1);
                t = new Table(t.id(), caption, t.header(), t.rows(), t.location());
            }
        }
        out.add(t);
    }

    /** The caption text a block stands for, or null: one line, a bold label ending in a number first. */
    private TableDocument.Text captionOf(Block b) {
        if (b instanceof Paragraph p) {
            TableDocument.Text t = p.text();
            if (!t.strong().isEmpty() && t.plain().startsWith(t.strong().get(0)) && isLabel(t.strong().get(0))
                    && !t.plain().contains("\n")) {
                return t;
            }
        } else if (b instanceof CodeBlock c && c.language().isEmpty()) {
            Matcher m = CODE_CAPTION.matcher(c.code().strip());
            if (!c.code().strip().contains("\n") && m.matches()) {
                String label = unescape(m.group(1)).strip();
                if (isLabel(label)) {
                    String rest = TextBuilder.collapse(unescape(m.group(2)));
                    String plain = rest.isEmpty() ? label : label + " " + rest;
                    return new TableDocument.Text(plain, List.of(), List.of(label));
                }
            }
        }
        return null;
    }

    /** {@code 表 4}, {@code Table 4}, {@code Table 4.}, {@code 表4-1}: letters, then a number. */
    static boolean isLabel(String s) {
        return s.strip().matches("[\\p{L}][\\p{L} ]{0,19}?\\s*\\d+(?:[.\\-]\\d+)*[.:：]?");
    }

    private static String unescape(String s) {
        return com.vladsch.flexmark.util.sequence.BasedSequence.of(s).unescape();
    }

    private Table pipeTable(TableBlock t, Ctx ctx) {
        String id = ctx.pending.isEmpty() ? "" : ctx.pending.get(0);
        ctx.pending.clear();
        List<Row> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            List<Row> target = section instanceof TableHead ? header : section instanceof TableBody ? rows : null;
            if (target == null) {
                continue;
            }
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (r instanceof TableRow) {
                    target.add(pipeRow(r, ctx));
                }
            }
        }
        TableShape.check(header, rows, ctx.diagnostics);
        return new Table(id, null, header, rows, ctx.loc(t.getStartOffset()));
    }

    private Row pipeRow(Node r, Ctx ctx) {
        List<Cell> cells = new ArrayList<>();
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell cell) {
                InlineText text = new InlineText(ctx);
                text.children(cell);
                List<Block> content = new ArrayList<>();
                SourceLocation at = ctx.loc(cell.getText().isEmpty() ? cell.getStartOffset()
                        : cell.getText().getStartOffset());
                for (TableDocument.Text p : text.paragraphs()) {
                    content.add(new Paragraph(p, at));
                }
                cells.add(new Cell(content, 1, Math.max(1, cell.getSpan()), at));
            }
        }
        return new Row(cells, ctx.loc(r.getStartOffset()));
    }

    private static String stripEnd(String s) {
        return s.stripTrailing();
    }

    /** Removes the indentation all non-blank lines share. */
    private static String dedent(String s) {
        List<String> lines = Arrays.asList(s.split("\n", -1));
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int i = 0;
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                common = Math.min(common, i);
            }
        }
        if (common == Integer.MAX_VALUE || common == 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line.length() >= common ? line.substring(common) : line.strip());
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // inline

    /** Inline Markdown to text; {@code <br>} splits paragraphs; anchors are collected apart. */
    private static final class InlineText {
        private final Ctx ctx;
        private final List<TableDocument.Text> done = new ArrayList<>();
        private TextBuilder tb = new TextBuilder();
        private int depth;
        final List<String> anchors = new ArrayList<>();

        InlineText(Ctx ctx) {
            this.ctx = ctx;
        }

        void children(Node parent) {
            if (depth >= MAX_DEPTH) {
                ctx.tooDeep(parent.getStartOffset());
                return;
            }
            depth++;
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n);
            }
            depth--;
        }

        private void node(Node n) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                tb.append(n.getChars().unescape());
            } else if (n instanceof Code c) {
                tb.append(c.getText().toString());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                tb.append(" ");
            } else if (n instanceof StrongEmphasis s) {
                tb.strong(plain(s));
                children(n);
            } else if (n instanceof Link l) {
                tb.link(plain(l), l.getUrl().unescape());
                children(n);
            } else if (n instanceof AutoLink a) {
                tb.link(a.getText().toString(), a.getUrl().toString());
                tb.append(a.getText().toString());
            } else if (n instanceof MailLink m) {
                tb.append(m.getText().toString());
            } else if (n instanceof Image) {
                return;
            } else if (n instanceof LinkRef) {
                children(n);
            } else if (n instanceof HtmlInlineComment) {
                return;
            } else if (n instanceof HtmlInline h) {
                String tag = h.getChars().toString();
                if (BR.matcher(tag).matches()) {
                    split();
                } else {
                    Matcher m = ANCHOR.matcher(tag);
                    if (m.matches() && !tag.toLowerCase(java.util.Locale.ROOT).contains("href")) {
                        if (!m.group(1).isBlank()) {
                            anchors.add(m.group(1).trim());
                        }
                    }
                }
            } else if (n.getFirstChild() != null) {
                children(n);
            } else {
                tb.append(n.getChars().unescape());
            }
        }

        private String plain(Node n) {
            InlineText inner = new InlineText(ctx);
            inner.depth = depth;
            inner.children(n);
            return inner.single().plain();
        }

        private void split() {
            if (!tb.isBlank()) {
                done.add(tb.build());
            }
            tb = new TextBuilder();
        }

        /** The text as paragraphs (split at {@code <br>}), blank ones left out. */
        List<TableDocument.Text> paragraphs() {
            split();
            return done;
        }

        /** The text as one run ({@code <br>} as a space). */
        TableDocument.Text single() {
            List<TableDocument.Text> paras = paragraphs();
            if (paras.size() == 1) {
                return paras.get(0);
            }
            TextBuilder all = new TextBuilder();
            for (TableDocument.Text t : paras) {
                all.append(" ");
                append(all, t);
            }
            return all.build();
        }
    }

    /** Per-read state. */
    private static final class Ctx {
        final Page page;
        final Diagnostics diagnostics;
        final List<String> pending = new ArrayList<>();
        final int[] lineStarts;
        int depth;
        private boolean reportedDepth;

        Ctx(Page page, Diagnostics diagnostics) {
            this.page = page;
            this.diagnostics = diagnostics;
            String text = page.text();
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - lineStarts[line(offset) - 1] + 1;
        }

        SourceLocation loc(int offset) {
            return page.at(line(offset), column(offset));
        }

        void tooDeep(int offset) {
            if (!reportedDepth) {
                reportedDepth = true;
                diagnostics.warning("markdown.too-deep", loc(offset), "blocks or inlines are nested more than "
                        + MAX_DEPTH + " levels deep; the deeper content is left out");
            }
        }
    }
}
