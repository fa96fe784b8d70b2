package dev.doc2java.read.table;

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
import dev.doc2java.read.table.TableDocument.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page (a bare article as the doc tooling writes it, or a whole page saved from a
 * browser) into a {@link TableDocument}. Knows HTML, not API pages: headings, paragraphs, lists,
 * {@code <pre>} and tables with their cells become blocks; the site's chrome around the article is
 * dropped by a general rule (see {@link #article}).
 *
 * <p>Diagnostic codes: {@code html.empty-page}, {@code html.binary-page}, {@code html.unclosed-table},
 * {@code html.too-deep},
 * {@code table.cell-count}, {@code table.bad-span}, {@code table.no-rows}.
 */
public final class HtmlTableReader {

    /** Elements that never hold article content. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, object, embed, button,"
            + " input, select, textarea, link, meta";

    /** Site chrome around an article. */
    private static final String CHROME = "nav, footer, aside, [role=navigation], [role=contentinfo], [role=banner],"
            + " [role=search], [role=complementary]";

    /** Element nesting deeper than this is left out with a warning (jsoup itself stops at 512). */
    private static final int MAX_DEPTH = 200;

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Block-level elements that are read as plain containers (their content becomes blocks). */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "header", "hgroup", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "html",
            "head", "title", "legend", "colgroup", "col");

    private final HeaderVocabulary vocabulary;

    public HtmlTableReader() {
        this(HeaderVocabulary.defaults());
    }

    /**
     * @param vocabulary header words: a table with neither {@code <thead>} nor {@code <th>} takes its
     *     first row as header when more than half of its cells (at least two) are header words
     */
    public HtmlTableReader(HeaderVocabulary vocabulary) {
        this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** Reads a whole page. Never throws on bad input; problems go to {@code diagnostics}. */
    public TableDocument read(Page page, Diagnostics diagnostics) {
        if (!PageChecks.readable(page, "html", diagnostics)) {
            return new TableDocument(page.path(), "", page.at(1, 1), List.of());
        }
        Document doc = parse(page.text());
        Ctx ctx = new Ctx(page.path(), 1, 1, diagnostics);
        Element body = doc.body();
        doc.select(NEVER_CONTENT).remove();
        Element title = titleHeading(doc);
        Element article = article(body, title);
        List<Block> blocks = new ArrayList<>();
        ctx.skipUntil = title;
        collect(article, blocks, ctx);
        String titleText = "";
        SourceLocation titleAt = page.at(1, 1);
        if (title != null) {
            titleText = TextBuilder.collapse(title.text());
            titleAt = ctx.loc(title);
        } else {
            Element t = doc.selectFirst("head > title, title");
            if (t != null) {
                titleText = TextBuilder.collapse(t.text());
                titleAt = ctx.loc(t);
            }
        }
        return new TableDocument(page.path(), titleText, titleAt, blocks);
    }

    /**
     * Reads an HTML fragment that starts at {@code line}:{@code column} of page {@code path} (a raw
     * HTML block inside Markdown). {@code pendingAnchors} are anchors seen just before the fragment;
     * the result's {@code trailingAnchors} are anchors at its end not yet attached to a table or
     * heading.
     */
    public Fragment readFragment(String path, String html, int line, int column, List<String> pendingAnchors,
            Diagnostics diagnostics) {
        Document doc = parse(html);
        doc.select(NEVER_CONTENT).remove();
        Ctx ctx = new Ctx(path, Math.max(line, 1), Math.max(column, 1), diagnostics);
        ctx.pending.addAll(pendingAnchors);
        List<Block> blocks = new ArrayList<>();
        collect(doc.body(), blocks, ctx);
        return new Fragment(blocks, ctx.pending);
    }

    /** Blocks of an HTML fragment and the anchors left at its end. */
    public record Fragment(List<Block> blocks, List<String> trailingAnchors) {
        public Fragment {
            blocks = List.copyOf(blocks);
            trailingAnchors = List.copyOf(trailingAnchors);
        }
    }

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "");
    }

    /**
     * The page title: the first {@code h1} in the main content ({@code main}, {@code article},
     * {@code role=main}) when there is one there, else the first outside site chrome (nav, footer,
     * aside, a page header), else the first {@code h1}, else null.
     */
    private static Element titleHeading(Document doc) {
        Elements h1s = doc.select("h1");
        for (Element h : h1s) {
            if (h.closest("main, article, [role=main]") != null && !TextBuilder.collapse(h.text()).isEmpty()) {
                return h;
            }
        }
        for (Element h : h1s) {
            Element header = h.closest("header, [role=banner]");
            if (h.closest(CHROME) == null && header == null && !TextBuilder.collapse(h.text()).isEmpty()) {
                return h;
            }
        }
        return h1s.isEmpty() ? null : h1s.first();
    }

    /**
     * The article. Chrome (nav, footer, aside, headers not holding the title) is removed; then,
     * starting from the title's parent, the article grows to the enclosing element as long as a
     * sibling holds substantial content (see {@link #substantial}): a navigation sidebar, a
     * breadcrumb or a feedback box does not, the rest of the article does.
     */
    static Element article(Element body, Element title) {
        for (Element chrome : body.select(CHROME)) {
            if (title == null || !title.parents().contains(chrome)) {
                chrome.remove();
            }
        }
        for (Element header : body.select("header, [role=banner]")) {
            if (title == null || !title.parents().contains(header)) {
                header.remove();
            }
        }
        if (title == null || title.ownerDocument() == null) {
            return body;
        }
        Element a = title.parent();
        while (a != null && a != body && a.parent() != null) {
            Element p = a.parent();
            boolean more = false;
            for (Element sibling : p.children()) {
                if (sibling != a && substantial(sibling)) {
                    more = true;
                    break;
                }
            }
            if (!more) {
                break;
            }
            a = p;
        }
        return a == null ? body : a;
    }

    /**
     * Whether an element is article content rather than chrome: less than half of its text is
     * link text, and it holds a table or code, or at least 200 characters of text outside links.
     */
    private static boolean substantial(Element el) {
        int total = el.text().length();
        int links = 0;
        for (Element link : el.select("a[href]")) {
            links += link.text().length();
        }
        if (total == 0 || links * 2 >= total) {
            return false;
        }
        return !el.select("table, pre").isEmpty() || total - links >= 200;
    }

    // ---------------------------------------------------------------------------------------------
    // blocks

    private void collect(Element container, List<Block> out, Ctx ctx) {
        if (ctx.depth[0] >= MAX_DEPTH) {
            if (!ctx.reportedDepth[0]) {
                ctx.reportedDepth[0] = true;
                ctx.diagnostics.warning("html.too-deep", ctx.loc(container), "elements are nested more than "
                        + MAX_DEPTH + " levels deep; the deeper content is left out");
            }
            return;
        }
        ctx.depth[0]++;
        try {
            collectChildren(container, out, ctx);
        } finally {
            ctx.depth[0]--;
        }
    }

    private void collectChildren(Element container, List<Block> out, Ctx ctx) {
        Inline para = new Inline(ctx, out);
        for (Node child : container.childNodes()) {
            if (ctx.skipUntil != null) {
                // content before the title (breadcrumbs, banners) is dropped; its anchors are kept
                if (child == ctx.skipUntil) {
                    ctx.skipUntil = null;
                } else {
                    if (child instanceof Element e) {
                        if (anchorOnly(e) != null) {
                            ctx.pending.add(anchorOnly(e));
                        } else if (ctx.skipUntil.parents().contains(e)) {
                            collect(e, out, ctx);
                        }
                    }
                    continue;
                }
            }
            if (child instanceof TextNode t) {
                para.text(t);
            } else if (child instanceof Element el) {
                String anchor = anchorOnly(el);
                if (anchor != null) {
                    ctx.pending.add(anchor);
                } else if (!BLOCK_TAGS.contains(el.normalName())) {
                    para.inline(el);
                } else {
                    para.flush();
                    block(el, out, ctx);
                }
            }
        }
        para.flush();
    }

    private void block(Element el, List<Block> out, Ctx ctx) {
        String tag = el.normalName();
        if (HEADINGS.contains(tag)) {
            heading(el, out, ctx);
        } else if (tag.equals("ul") || tag.equals("ol") || tag.equals("dir") || tag.equals("menu")) {
            list(el, out, ctx);
        } else if (tag.equals("pre")) {
            String code = el.wholeText();
            if (code.startsWith("\r\n")) {
                code = code.substring(2);
            } else if (code.startsWith("\n")) {
                code = code.substring(1);
            }
            code = code.stripTrailing();
            if (!code.isBlank()) {
                ctx.pending.clear();
                String lang = el.attr("data-language");
                Element inner = el.selectFirst("code[class]");
                if (lang.isEmpty() && inner != null) {
                    for (String c : inner.classNames()) {
                        if (c.startsWith("language-")) {
                            lang = c.substring("language-".length());
                        }
                    }
                }
                out.add(new CodeBlock(lang, code, ctx.loc(el)));
            }
        } else if (tag.equals("table")) {
            out.add(table(el, ctx));
        } else if (tag.equals("hr") || tag.equals("head") || tag.equals("title") || tag.equals("colgroup")
                || tag.equals("col")) {
            return;
        } else {
            collect(el, out, ctx);
        }
    }

    private void heading(Element el, List<Block> out, Ctx ctx) {
        int level = el.normalName().charAt(1) - '0';
        String anchor = el.id();
        for (Element a : el.select("a[name], a[id]")) {
            if (anchor.isEmpty() && anchorOnly(a) != null) {
                anchor = anchorOnly(a);
            }
        }
        if (anchor.isEmpty() && !ctx.pending.isEmpty()) {
            anchor = ctx.pending.get(0);
        }
        ctx.pending.clear();
        TextBuilder tb = new TextBuilder();
        inlineInto(el, tb);
        Text text = tb.build();
        if (!text.plain().isEmpty() || !anchor.isEmpty()) {
            out.add(new Heading(level, text, anchor, ctx.loc(el)));
        }
    }

    private void list(Element el, List<Block> out, Ctx ctx) {
        boolean ordered = el.normalName().equals("ol");
        List<Text> items = new ArrayList<>();
        SourceLocation at = null;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t && t.isBlank()) {
                continue;
            }
            List<Block> inner = new ArrayList<>();
            if (child instanceof Element li) {
                if (anchorOnly(li) != null) {
                    ctx.pending.add(anchorOnly(li));
                    continue;
                }
                if (li.normalName().equals("li") || BLOCK_TAGS.contains(li.normalName())) {
                    collect(li, inner, ctx);
                } else {
                    Inline one = new Inline(ctx, inner);
                    one.inline(li);
                    one.flush();
                }
            } else if (child instanceof TextNode t) {
                Inline one = new Inline(ctx, inner);
                one.text(t);
                one.flush();
            }
            TextBuilder item = null;
            for (Block b : inner) {
                if (b instanceof Paragraph p) {
                    if (item == null) {
                        item = new TextBuilder();
                        at = at == null ? ctx.loc(child) : at;
                    } else {
                        item.append(" ");
                    }
                    appendText(item, p.text());
                } else if (b instanceof BulletList nested) {
                    if (item != null) {
                        items.add(item.build());
                        item = null;
                    }
                    at = at == null ? nested.location() : at;
                    items.addAll(nested.items());
                } else {
                    if (item != null) {
                        items.add(item.build());
                        item = null;
                    }
                    if (!items.isEmpty()) {
                        out.add(new BulletList(ordered, items, at));
                        items = new ArrayList<>();
                    }
                    out.add(b);
                    at = null;
                }
            }
            if (item != null) {
                items.add(item.build());
            }
        }
        if (!items.isEmpty()) {
            ctx.pending.clear();
            out.add(new BulletList(ordered, items, at));
        }
    }

    private static void appendText(TextBuilder tb, Text t) {
        tb.append(t.plain());
        for (var l : t.links()) {
            tb.link(l.text(), l.target());
        }
        for (String s : t.strong()) {
            tb.strong(s);
        }
    }

    private Table table(Element el, Ctx ctx) {
        String id = el.id();
        if (id.isEmpty() && !ctx.pending.isEmpty()) {
            id = ctx.pending.get(0);
        }
        ctx.pending.clear();
        SourceLocation at = ctx.loc(el);
        if ((!el.endSourceRange().isTracked() || el.endSourceRange().isImplicit()) && ctx.trackedStart(el)) {
            ctx.diagnostics.warning("html.unclosed-table", at, "the table is not closed (no </table>)");
        }
        Text caption = null;
        List<Element> headerRows = new ArrayList<>();
        List<Element> bodyRows = new ArrayList<>();
        for (Element part : el.children()) {
            switch (part.normalName()) {
                case "caption" -> {
                    TextBuilder tb = new TextBuilder();
                    inlineInto(part, tb);
                    caption = tb.build();
                }
                case "thead" -> headerRows.addAll(rowsOf(part));
                case "tbody", "tfoot" -> bodyRows.addAll(rowsOf(part));
                case "tr" -> bodyRows.add(part);
                default -> {
                }
            }
        }
        if (headerRows.isEmpty()) {
            while (!bodyRows.isEmpty() && allHeaderCells(bodyRows.get(0))) {
                headerRows.add(bodyRows.remove(0));
            }
        }
        List<Row> header = new ArrayList<>();
        for (Element tr : headerRows) {
            header.add(row(tr, ctx));
        }
        List<Row> rows = new ArrayList<>();
        for (Element tr : bodyRows) {
            rows.add(row(tr, ctx));
        }
        if (header.isEmpty() && rows.size() > 1 && looksLikeHeader(rows.get(0))) {
            header.add(rows.remove(0));
        }
        if (header.isEmpty() && rows.isEmpty()) {
            ctx.diagnostics.warning("table.no-rows", at, "the table has no rows");
        }
        TableShape.check(header, rows, ctx.diagnostics);
        return new Table(id, caption, header, rows, at);
    }

    /** More than half of the row's cells, and at least two, are header words. */
    private boolean looksLikeHeader(Row row) {
        int words = 0;
        for (Cell c : row.cells()) {
            if (vocabulary.isHeaderCell(c.plainText())) {
                words++;
            }
        }
        return words >= 2 && words * 2 > row.cells().size();
    }

    private static List<Element> rowsOf(Element section) {
        List<Element> rows = new ArrayList<>();
        for (Element e : section.children()) {
            if (e.normalName().equals("tr")) {
                rows.add(e);
            }
        }
        return rows;
    }

    private static boolean allHeaderCells(Element tr) {
        boolean any = false;
        for (Element c : tr.children()) {
            if (c.normalName().equals("td")) {
                return false;
            }
            any |= c.normalName().equals("th");
        }
        return any;
    }

    private Row row(Element tr, Ctx ctx) {
        List<Cell> cells = new ArrayList<>();
        for (Element c : tr.children()) {
            if (!c.normalName().equals("td") && !c.normalName().equals("th")) {
                continue;
            }
            SourceLocation at = ctx.loc(c);
            int rowspan = span(c, "rowspan", at, ctx);
            int colspan = span(c, "colspan", at, ctx);
            List<Block> content = new ArrayList<>();
            Ctx inner = ctx.nested();
            collect(c, content, inner);
            cells.add(new Cell(content, rowspan, colspan, at));
        }
        return new Row(cells, ctx.loc(tr));
    }

    private static int span(Element cell, String attr, SourceLocation at, Ctx ctx) {
        if (!cell.hasAttr(attr)) {
            return 1;
        }
        String v = cell.attr(attr).trim();
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1000) {
                return n;
            }
            if (n == 0) {
                return 1;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.diagnostics.warning("table.bad-span", at, attr + "=\"" + v + "\" is not a number from 1 to 1000; 1 is used");
        return 1;
    }

    /** The anchor name of an empty {@code <a name>} / {@code <a id>} without href, or null. */
    private static String anchorOnly(Element el) {
        if (!el.normalName().equals("a") || el.hasAttr("href") || !el.text().isBlank()
                || !el.select("img, table, pre").isEmpty()) {
            return null;
        }
        String name = el.hasAttr("name") ? el.attr("name") : el.id();
        name = name.trim();
        return name.isEmpty() ? null : name;
    }

    // ---------------------------------------------------------------------------------------------
    // inline

    /** Inline text of an element (br as a space) into {@code tb}. */
    private static void inlineInto(Element el, TextBuilder tb) {
        for (Node n : el.childNodes()) {
            inlineNode(n, tb);
        }
    }

    private static void inlineNode(Node n, TextBuilder tb) {
        if (n instanceof TextNode t) {
            tb.append(t.getWholeText());
        } else if (n instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                tb.append(" ");
                return;
            }
            if (tag.equals("a") && e.hasAttr("href")) {
                tb.link(e.text(), e.attr("href"));
            } else if (tag.equals("strong") || tag.equals("b")) {
                tb.strong(e.text());
            }
            if (BLOCK_TAGS.contains(tag)) {
                tb.append(" ");
            }
            inlineInto(e, tb);
            if (BLOCK_TAGS.contains(tag)) {
                tb.append(" ");
            }
        }
    }

    /** Collects a run of inline nodes into paragraphs; {@code <br>} starts a new paragraph. */
    private static final class Inline {
        private final Ctx ctx;
        private final List<Block> out;
        private TextBuilder tb;
        private SourceLocation at;

        Inline(Ctx ctx, List<Block> out) {
            this.ctx = ctx;
            this.out = out;
        }

        void text(TextNode t) {
            if (tb == null) {
                if (t.isBlank()) {
                    return;
                }
                start(t);
            }
            tb.append(t.getWholeText());
        }

        void inline(Element e) {
            if (e.normalName().equals("br")) {
                flush();
                return;
            }
            if (tb == null) {
                start(e);
            }
            String tag = e.normalName();
            if (tag.equals("a") && e.hasAttr("href")) {
                tb.link(e.text(), e.attr("href"));
            } else if (tag.equals("strong") || tag.equals("b")) {
                tb.strong(e.text());
            }
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    tb.append(t.getWholeText());
                } else if (n instanceof Element child) {
                    if (child.normalName().equals("br")) {
                        flush();
                        start(child);
                    } else if (BLOCK_TAGS.contains(child.normalName())) {
                        tb.append(" ");
                        inline(child);
                        tb.append(" ");
                    } else {
                        inline(child);
                    }
                }
            }
        }

        private void start(Node n) {
            tb = new TextBuilder();
            at = ctx.loc(n);
        }

        void flush() {
            if (tb != null && !tb.isBlank()) {
                ctx.pending.clear();
                out.add(new Paragraph(tb.build(), at));
            }
            tb = null;
        }
    }

    /** Per-read state: where locations point, anchors waiting for a table or heading. */
    private static final class Ctx {
        final String path;
        final int lineOffset;
        final int column;
        final Diagnostics diagnostics;
        final List<String> pending = new ArrayList<>();
        /** Element nesting depth and whether it was reported, shared with the contexts of cells. */
        final int[] depth;
        final boolean[] reportedDepth;
        Element skipUntil;

        Ctx(String path, int line, int column, Diagnostics diagnostics) {
            this(path, line, column, diagnostics, new int[1], new boolean[1]);
        }

        private Ctx(String path, int line, int column, Diagnostics diagnostics, int[] depth, boolean[] reported) {
            this.path = path;
            this.lineOffset = line;
            this.column = column;
            this.diagnostics = diagnostics;
            this.depth = depth;
            this.reportedDepth = reported;
        }

        Ctx nested() {
            return new Ctx(path, lineOffset, column, diagnostics, depth, reportedDepth);
        }

        boolean trackedStart(Node n) {
            Range r = n.sourceRange();
            return r.isTracked() && !r.isImplicit();
        }

        SourceLocation loc(Node n) {
            Node x = n;
            while (x != null && !tracked(x)) {
                Node firstTracked = null;
                for (Node c : x.childNodes()) {
                    if (tracked(c)) {
                        firstTracked = c;
                        break;
                    }
                }
                x = firstTracked != null ? firstTracked : x.parent();
            }
            if (x == null) {
                return new SourceLocation(path, lineOffset, column);
            }
            Range.Position p = x.sourceRange().start();
            int line = p.lineNumber();
            int col = p.columnNumber();
            if (line == 1) {
                col = col + column - 1;
            }
            return new SourceLocation(path, line + lineOffset - 1, Math.max(col, 1));
        }

        private static boolean tracked(Node n) {
            Range r = n.sourceRange();
            return r.isTracked() && !r.isImplicit();
        }
    }
}
