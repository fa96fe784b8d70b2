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
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads flattened text, as copied from a browser: one paragraph, list item or table cell a line.
 *
 * <p>The rules, all general (a line of tab-separated cells, as some browsers copy a table row,
 * counts as one line a cell): a table starts at a caption line ({@code Table 4 Name}) or at two
 * header cells in a row; its header is the run of header cells that follows (from the
 * {@link HeaderVocabulary}), so the column count is the header's length. A row is the next
 * <em>n</em> lines when they fit the header: no table-ending line among them, no bullet but
 * in the last cell, a
 * flag value ({@code Yes}/{@code No}) under a flag header, a short type-like value under a type
 * header, and a first cell shaped like the first cells before it (a number or code such as {@code 4xx}, one
 * ASCII word, or other text).
 * Lines after a row's last cell that do not start a fitting row (bullets, {@code Minimum: 1}, ...)
 * continue that last cell. A table ends at a section title, a caption, a boundary line
 * ({@code Status code: 201}), an example (a request line with an absolute URL, a line opening
 * JSON), the header of another table or the end of the text. Outside tables: section titles become
 * headings, the last line before the first section is the title, bullet lines ({@code • x}) become
 * lists, a request line with an absolute URL and the JSON after it, or JSON alone, become a code
 * block; every other line is a paragraph.
 *
 * <p>Diagnostic codes: {@code text.empty-page}, {@code text.binary-page},
 * {@code text.unknown-table-header}, {@code text.row-shape}, {@code text.unbalanced-json},
 * {@code table.cell-count}.
 */
public final class FlatTextReader {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●○◦▪■·∙‣⁃–]|[-*+])\\s+(\\S.*)$");

    private static final String METHODS = "(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE)";

    private static final Pattern REQUEST_LINE = Pattern.compile("^" + METHODS + "\\s+(\\S+)(?:\\s+HTTP/\\S+)?\\s*$");

    private static final Pattern METHOD_ONLY = Pattern.compile("^" + METHODS + "\\s*$");

    private final HeaderVocabulary vocabulary;

    public FlatTextReader() {
        this(HeaderVocabulary.defaults());
    }

    public FlatTextReader(HeaderVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public HeaderVocabulary vocabulary() {
        return vocabulary;
    }

    /** Reads a whole page. Never throws on bad input; problems go to {@code diagnostics}. */
    public TableDocument read(Page page, Diagnostics diagnostics) {
        if (!PageChecks.readable(page, "text", diagnostics)) {
            return new TableDocument(page.path(), "", page.at(1, 1), List.of());
        }
        return new Run(page, diagnostics).read();
    }

    /** One non-blank line: its 0-based index among the page's lines, and its text without indentation. */
    private record Line(int index, String text, int column) {
    }

    /** Per-read state. */
    private final class Run {
        private final Page page;
        private final Diagnostics diagnostics;
        private final String[] raw;
        private final List<Line> lines = new ArrayList<>();
        private final List<Block> out = new ArrayList<>();

        Run(Page page, Diagnostics diagnostics) {
            this.page = page;
            this.diagnostics = diagnostics;
            this.raw = page.text().split("\n", -1);
            for (int i = 0; i < raw.length; i++) {
                String s = raw[i];
                int col = 0;
                while (col < s.length() && Character.isWhitespace(s.charAt(col))) {
                    col++;
                }
                String text = s.strip();
                if (text.isEmpty()) {
                    continue;
                }
                // a row copied as tab-separated cells is read as one cell a line
                int from = col;
                for (String part : s.substring(col).split("\t")) {
                    String cell = part.strip();
                    if (!cell.isEmpty()) {
                        lines.add(new Line(i, cell, from + part.indexOf(cell.charAt(0)) + 1));
                    }
                    from += part.length() + 1;
                }
            }
        }

        TableDocument read() {
            int titleAt = titleIndex();
            String title = "";
            SourceLocation titleLoc = page.at(1, 1);
            int i = 0;
            while (i < lines.size()) {
                Line line = lines.get(i);
                if (i == titleAt) {
                    title = TextBuilder.collapse(line.text());
                    titleLoc = loc(line);
                    out.add(new Heading(1, Text.of(title), "", titleLoc));
                    i++;
                } else {
                    i = block(i);
                }
            }
            return new TableDocument(page.path(), title, titleLoc, out);
        }

        /** The last line before the first section title or caption; the first line when there is none. */
        private int titleIndex() {
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).text();
                if (vocabulary.isSectionTitle(t) || vocabulary.captionLabel(t) != null) {
                    return i - 1;
                }
            }
            return lines.isEmpty() ? -1 : 0;
        }

        /** Reads the block starting at line {@code i}; returns the index of the next unread line. */
        private int block(int i) {
            Line line = lines.get(i);
            String text = line.text();
            String label = vocabulary.captionLabel(text);
            if (label != null) {
                Text caption = new Text(TextBuilder.collapse(text), List.of(), List.of(label));
                int next = table(i + 1, caption, loc(line));
                if (next >= 0) {
                    return next;
                }
                next = guessedTable(i + 1, caption, loc(line));
                if (next >= 0) {
                    return next;
                }
                diagnostics.warning("text.unknown-table-header", loc(line), "no known header cell follows the table"
                        + " caption '" + TextBuilder.collapse(text) + "'; it is read as a paragraph"
                        + " (pass a HeaderVocabulary with the table's header words)");
                out.add(new Paragraph(caption, loc(line)));
                return i + 1;
            }
            if (headerRun(i).size() >= 2) {
                return table(i, null, loc(line));
            }
            if (vocabulary.isSectionTitle(text)) {
                out.add(new Heading(2, Text.of(TextBuilder.collapse(text)), "", loc(line)));
                return i + 1;
            }
            if (vocabulary.isBoundary(text)) {
                String t = TextBuilder.collapse(text);
                out.add(new Paragraph(new Text(t, List.of(), List.of(t)), loc(line)));
                return i + 1;
            }
            if (BULLET.matcher(text).matches()) {
                List<Text> items = new ArrayList<>();
                int j = i;
                while (j < lines.size()) {
                    Matcher m = BULLET.matcher(lines.get(j).text());
                    if (!m.matches()) {
                        break;
                    }
                    items.add(Text.of(TextBuilder.collapse(m.group(1))));
                    j++;
                }
                out.add(new BulletList(false, items, loc(line)));
                return j;
            }
            int code = code(i);
            if (code > i) {
                return code;
            }
            out.add(new Paragraph(Text.of(TextBuilder.collapse(text)), loc(line)));
            return i + 1;
        }

        // -----------------------------------------------------------------------------------------
        // code

        /** Reads a code block at line {@code i} if one starts there; returns the next line, or {@code i}. */
        private int code(int i) {
            Line first = lines.get(i);
            String text = first.text();
            int last = -1;
            int next = i + 1;
            Matcher request = REQUEST_LINE.matcher(text);
            if (request.matches() && isUrl(request.group(1))) {
                last = i;
            } else if (METHOD_ONLY.matcher(text).matches() && i + 1 < lines.size()
                    && isUrl(lines.get(i + 1).text().split("\\s+")[0])) {
                last = i + 1;
                next = i + 2;
            }
            if (last >= 0) {
                if (next < lines.size() && startsJson(lines.get(next).text())) {
                    int end = json(next);
                    addCode(first, lines.get(end));
                    return end + 1;
                }
                addCode(first, lines.get(last));
                return last + 1;
            }
            if (startsJson(text)) {
                int end = json(i);
                addCode(first, lines.get(end));
                return end + 1;
            }
            return i;
        }

        private static boolean isUrl(String s) {
            return s.contains("://") || s.startsWith("{") && s.contains("}/");
        }

        private static boolean startsJson(String s) {
            return s.equals("{") || s.equals("[") || s.startsWith("{\"") || s.startsWith("{ \"")
                    || s.startsWith("[{") || s.startsWith("[ {") || s.startsWith("[\"") || s.equals("{}")
                    || s.equals("[]");
        }

        /** The index of the line where the JSON value starting at line {@code i} closes. */
        private int json(int i) {
            int depth = 0;
            boolean inString = false;
            boolean escape = false;
            for (int j = i; j < lines.size(); j++) {
                if (j > i && depth > 0 && (vocabulary.isSectionTitle(lines.get(j).text())
                        || vocabulary.captionLabel(lines.get(j).text()) != null)) {
                    diagnostics.warning("text.unbalanced-json", loc(lines.get(i)),
                            "the JSON example is not closed before '" + lines.get(j).text() + "'");
                    return j - 1;
                }
                String s = lines.get(j).text();
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    if (inString) {
                        if (escape) {
                            escape = false;
                        } else if (c == '\\') {
                            escape = true;
                        } else if (c == '"') {
                            inString = false;
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        depth++;
                    } else if (c == '}' || c == ']') {
                        depth--;
                    }
                }
                inString = false;
                if (depth <= 0) {
                    return j;
                }
            }
            diagnostics.warning("text.unbalanced-json", loc(lines.get(i)), "the JSON example is not closed");
            return lines.size() - 1;
        }

        private void addCode(Line first, Line last) {
            StringBuilder code = new StringBuilder();
            for (int r = first.index(); r <= last.index(); r++) {
                String s = raw[r];
                if (r == first.index()) {
                    s = s.strip();
                }
                code.append(s.stripTrailing());
                if (r < last.index()) {
                    code.append('\n');
                }
            }
            out.add(new CodeBlock("", code.toString().replaceAll("\n{3,}", "\n\n"), loc(first)));
        }

        // -----------------------------------------------------------------------------------------
        // tables

        /** Whether the line ends a table: a section title, a caption, a boundary, or the start of an example. */
        private boolean ends(String text) {
            if (vocabulary.isSectionTitle(text) || vocabulary.captionLabel(text) != null
                    || vocabulary.isBoundary(text) || startsJson(text)) {
                return true;
            }
            Matcher request = REQUEST_LINE.matcher(text);
            return request.matches() && isUrl(request.group(1));
        }

        /**
         * The header cells starting at line {@code i}: header words, none repeated; an unknown
         * header-like line (short, capitalised, no full stop) counts when a header word follows
         * it within two lines, so one unknown column does not cut the header short.
         */
        private List<Line> headerRun(int i) {
            List<Line> run = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            if (i >= lines.size() || !vocabulary.isHeaderCell(lines.get(i).text())) {
                return run;
            }
            for (int j = i; j < lines.size(); j++) {
                String t = lines.get(j).text();
                String folded = TextBuilder.collapse(t).toLowerCase(Locale.ROOT);
                if (seen.contains(folded)) {
                    break;
                }
                if (!vocabulary.isHeaderCell(t) && !(headerLike(t) && headerWordWithin(j + 1, 2, seen, folded))) {
                    break;
                }
                seen.add(folded);
                run.add(lines.get(j));
            }
            return run;
        }

        /** Whether another table's header (two header words or more) starts at line {@code p}. */
        private boolean startsTable(int p) {
            return headerRun(p).size() >= 2;
        }

        /**
         * A header without a flag or type column may end in up to two cells that are no header
         * words ({@code Measure}): such a header is lengthened when the lines after it then
         * repeat with the header's width (each row's first cell shaped like the first row's).
         */
        private List<Line> withTrailingUnknownHeaders(int i, List<Line> run) {
            Roles roles = roles(run);
            if (roles.flag >= 0 || roles.type >= 0) {
                return run;
            }
            int best = run.size();
            int bestScore = periodicity(i, best);
            for (int extra = 1; extra <= 2; extra++) {
                int j = i + run.size() + extra - 1;
                if (j >= lines.size() || !headerLike(lines.get(j).text())) {
                    break;
                }
                int score = periodicity(i, run.size() + extra);
                if (score > bestScore) {
                    best = run.size() + extra;
                    bestScore = score;
                }
            }
            List<Line> out = new ArrayList<>(run);
            for (int j = i + run.size(); j < i + best; j++) {
                out.add(lines.get(j));
            }
            return out;
        }

        /** How many of the first six rows of width {@code w} after a header at {@code i} start alike. */
        private int periodicity(int i, int w) {
            int first = i + w;
            if (first >= lines.size()) {
                return 0;
            }
            Shape shape = shape(lines.get(first).text());
            int score = 0;
            for (int r = 0; r < 6; r++) {
                int start = first + r * w;
                if (start + w > lines.size()) {
                    break;
                }
                boolean clean = true;
                for (int k = 0; k < w; k++) {
                    String t = lines.get(start + k).text();
                    clean &= !ends(t) && !BULLET.matcher(t).matches();
                }
                if (!clean || shape(lines.get(start).text()) != shape) {
                    break;
                }
                score++;
            }
            return score;
        }

        private boolean headerWordWithin(int from, int count, List<String> seen, String current) {
            for (int k = from; k < Math.min(lines.size(), from + count); k++) {
                String t = lines.get(k).text();
                String folded = TextBuilder.collapse(t).toLowerCase(Locale.ROOT);
                if (vocabulary.isHeaderCell(t) && !seen.contains(folded) && !folded.equals(current)) {
                    return true;
                }
                if (!headerLike(t)) {
                    return false;
                }
            }
            return false;
        }

        private boolean headerLike(String t) {
            return t.length() <= 30 && t.split("\\s+").length <= 4 && !endsSentence(t)
                    && !Character.isLowerCase(t.codePointAt(0)) && !BULLET.matcher(t).matches() && !ends(t)
                    && !vocabulary.isFlagValue(t) && shape(t) != Shape.NUMBER;
        }

        /**
         * Reads a table whose header starts at line {@code i}; returns the next unread line, or -1
         * when no header starts there.
         */
        private int table(int i, Text caption, SourceLocation at) {
            List<Line> run = headerRun(i);
            if (run.isEmpty()) {
                return -1;
            }
            // a header word can also be a row's first cell ("Name"): when the whole run does not fit,
            // a shorter run that fits by a flag or type column wins
            run = withTrailingUnknownHeaders(i, run);
            int n = run.size();
            if (!fits(i + n, roles(run), null)) {
                for (int k = run.size() - 1; k >= 2; k--) {
                    Roles r = roles(run.subList(0, k));
                    if ((r.flag >= 0 || r.type >= 0) && fits(i + k, r, null)) {
                        n = k;
                        break;
                    }
                }
            }
            List<Line> header = run.subList(0, n);
            Roles roles = roles(header);
            List<Row> rows = new ArrayList<>();
            FirstColumn first = new FirstColumn();
            int p = i + n;
            while (p < lines.size() && !ends(lines.get(p).text()) && !startsTable(p)) {
                Shape expected = first.expected();
                boolean fits = fits(p, roles, expected) || truncatedRow(p, roles, expected);
                if (!fits && !rows.isEmpty()) {
                    break; // defensive: after a row, the loop below stops only at a fitting row or the end
                }
                if (!fits) {
                    shapeWarning(p, roles);
                }
                List<List<Line>> cells = new ArrayList<>();
                int k = 0;
                while (k < n && p < lines.size() && (k == 0 || !ends(lines.get(p).text()))) {
                    List<Line> cell = new ArrayList<>();
                    cell.add(lines.get(p));
                    cells.add(cell);
                    k++;
                    p++;
                }
                first.add(cells.get(0).get(0).text());
                expected = first.expected();
                while (p < lines.size() && !ends(lines.get(p).text()) && !startsTable(p)
                        && !fits(p, roles, expected) && !truncatedRow(p, roles, expected)) {
                    cells.get(cells.size() - 1).add(lines.get(p));
                    p++;
                }
                rows.add(row(cells));
            }
            addTable(header, rows, caption, at);
            return p;
        }

        private void addTable(List<Line> header, List<Row> rows, Text caption, SourceLocation at) {
            List<Cell> headerCells = new ArrayList<>();
            for (Line h : header) {
                headerCells.add(new Cell(List.of(new Paragraph(Text.of(TextBuilder.collapse(h.text())), loc(h))), 1, 1,
                        loc(h)));
            }
            List<Row> headerRows = List.of(new Row(headerCells, loc(header.get(0))));
            TableShape.check(headerRows, rows, diagnostics);
            out.add(new Table("", caption, headerRows, rows, at));
        }

        /**
         * A captioned table whose header words are unknown: the lines up to the table's end are
         * cut into rows of the width (2 to 8) that divides them into at least two rows and whose
         * data columns are most uniform in shape (see {@link #shape}); one line a cell. Returns
         * the next unread line, or -1 when no width fits.
         */
        private int guessedTable(int i, Text caption, SourceLocation at) {
            int end = i;
            while (end < lines.size() && !ends(lines.get(end).text())
                    && !BULLET.matcher(lines.get(end).text()).matches()) {
                end++;
            }
            int count = end - i;
            int best = -1;
            int bestScore = -1;
            for (int n = 2; n <= Math.min(8, count / 2); n++) {
                if (count % n != 0) {
                    continue;
                }
                int score = 0;
                for (int c = 0; c < n; c++) {
                    Shape first = shape(lines.get(i + n + c).text());
                    boolean uniform = true;
                    for (int r = i + n + c; r < end; r += n) {
                        uniform &= shape(lines.get(r).text()) == first;
                    }
                    score += uniform ? 1 : 0;
                }
                if (score * best >= bestScore * n || best < 0) {
                    best = n;
                    bestScore = score;
                }
            }
            if (best < 0) {
                return -1;
            }
            diagnostics.warning("text.guessed-table-header", at, "no known header cell follows the table caption '"
                    + caption.plain() + "'; its first " + best + " lines are taken as the header"
                    + " (pass a HeaderVocabulary with the table's header words)");
            List<Row> rows = new ArrayList<>();
            for (int r = i + best; r < end; r += best) {
                List<List<Line>> cells = new ArrayList<>();
                for (int c = 0; c < best; c++) {
                    cells.add(List.of(lines.get(r + c)));
                }
                rows.add(row(cells));
            }
            addTable(lines.subList(i, i + best), rows, caption, at);
            return end;
        }

        private void shapeWarning(int p, Roles roles) {
            String why = "the lines after the header do not fit its " + roles.width + " columns";
            if (roles.flag >= 0 && p + roles.flag < lines.size() && !flagLike(lines.get(p + roles.flag).text())) {
                why = "'" + lines.get(p + roles.flag).text() + "' under '" + roles.flagHeader
                        + "' is not a flag value";
            }
            diagnostics.warning("text.row-shape", loc(lines.get(p)), why + "; the row is read as it stands");
        }

        private Row row(List<List<Line>> cells) {
            List<Cell> out = new ArrayList<>();
            for (List<Line> cell : cells) {
                List<Block> content = new ArrayList<>();
                List<Text> items = new ArrayList<>();
                SourceLocation listAt = null;
                for (Line l : cell) {
                    Matcher m = BULLET.matcher(l.text());
                    if (m.matches()) {
                        if (items.isEmpty()) {
                            listAt = loc(l);
                        }
                        items.add(Text.of(TextBuilder.collapse(m.group(1))));
                        continue;
                    }
                    if (!items.isEmpty()) {
                        content.add(new BulletList(false, items, listAt));
                        items = new ArrayList<>();
                    }
                    content.add(new Paragraph(Text.of(TextBuilder.collapse(l.text())), loc(l)));
                }
                if (!items.isEmpty()) {
                    content.add(new BulletList(false, items, listAt));
                }
                out.add(new Cell(content, 1, 1, loc(cell.get(0))));
            }
            return new Row(out, loc(cells.get(0).get(0)));
        }

        /** Which columns carry a flag and a type, by their header words. */
        private Roles roles(List<Line> header) {
            int flag = -1;
            int type = -1;
            String flagHeader = "";
            for (int k = 0; k < header.size(); k++) {
                String h = header.get(k).text();
                if (flag < 0 && vocabulary.isFlagHeader(h)) {
                    flag = k;
                    flagHeader = h;
                } else if (type < 0 && vocabulary.isTypeHeader(h)) {
                    type = k;
                }
            }
            return new Roles(header.size(), flag, type, flagHeader);
        }

        /** Whether the {@code roles.width} lines from {@code p} make a row (see the class comment). */
        private boolean fits(int p, Roles roles, Shape firstShape) {
            if (p + roles.width > lines.size()) {
                return false;
            }
            for (int k = 0; k < roles.width; k++) {
                String t = lines.get(p + k).text();
                // only the last cell (the description) may open with a bullet
                if ((k < roles.width - 1 && BULLET.matcher(t).matches()) || ends(t)) {
                    return false;
                }
            }
            if (roles.flag >= 0 && !flagLike(lines.get(p + roles.flag).text())) {
                return false;
            }
            if (roles.type >= 0 && !typeLike(lines.get(p + roles.type).text())) {
                return false;
            }
            String first = lines.get(p).text();
            if (first.length() > 100 || endsSentence(first)) {
                return false;
            }
            return firstShape == null || shape(first) == firstShape;
        }

        /**
         * Whether the lines from {@code p} to the table's end are a row cut short: fewer than a
         * row, at least two, and fitting the columns they reach, which include the flag column.
         */
        private boolean truncatedRow(int p, Roles roles, Shape firstShape) {
            int m = 0;
            while (m < roles.width && p + m < lines.size() && !ends(lines.get(p + m).text())) {
                m++;
            }
            if (m < 2 || m >= roles.width || roles.flag < 0 || roles.flag >= m) {
                return false;
            }
            Roles reached = new Roles(m, roles.flag, roles.type < m ? roles.type : -1, roles.flagHeader);
            return fits(p, reached, firstShape);
        }

        /** A flag value, or a short cell starting with one ({@code Yes (for HTTPS)}). */
        private boolean flagLike(String s) {
            if (vocabulary.isFlagValue(s)) {
                return true;
            }
            String[] words = s.split("[\\s,.;:(（，。；：]+", 2);
            return s.length() <= 40 && words.length > 0 && vocabulary.isFlagValue(words[0]);
        }

        /** Short, no sentence, no flag value, and none of the colons and commas prose uses ({@code 最大值：64}). */
        private boolean typeLike(String s) {
            return s.length() <= 60 && !endsSentence(s) && !vocabulary.isFlagValue(s) && s.indexOf(':') < 0
                    && s.indexOf('：') < 0 && s.indexOf('，') < 0 && s.indexOf('。') < 0;
        }

        private static boolean endsSentence(String s) {
            char c = s.charAt(s.length() - 1);
            return c == '.' || c == '。' || c == ':' || c == '：' || c == ';' || c == '；';
        }

        private SourceLocation loc(Line line) {
            return page.at(line.index() + 1, line.column());
        }
    }

    private record Roles(int width, int flag, int type, String flagHeader) {
    }

    /** The shape the first cells of a table's rows share so far, if they share one. */
    private static final class FirstColumn {
        private Shape shape;
        private boolean uniform = true;

        void add(String cell) {
            Shape s = shape(cell);
            if (shape == null) {
                shape = s;
            } else if (s != shape) {
                uniform = false;
            }
        }

        /** The shape a next row's first cell must have, or null when any will do. */
        Shape expected() {
            return uniform ? shape : null;
        }
    }

    private enum Shape {
        NUMBER, WORD, TEXT
    }

    private static Shape shape(String s) {
        if (s.matches("\\d[\\dxX]*")) {
            return Shape.NUMBER;
        }
        return s.matches("[\\x21-\\x7E]+") ? Shape.WORD : Shape.TEXT;
    }
}
