package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Example;
import dev.doc2java.read.table.TableDocument;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a {@link TableDocument} once and sorts its blocks into the parts of an operation page: the
 * URI line, the function text, the parameter tables in their sections, examples, status and error
 * codes. Knows nothing about shapes.
 */
final class PageScanner {

    static final Pattern METHOD_LINE = Pattern.compile(
            "^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\s+(\\S+)(?:\\s+HTTP/\\d(?:\\.\\d)?)?\\s*$");
    private static final Pattern STATUS_LABEL = Pattern.compile(
            "(?i)^(?:status codes?|http status codes?|状态码|返回码)\\s*[:：]?\\s*(\\d{3})\\b");
    private static final Pattern BARE_STATUS = Pattern.compile("(?i)^(?:normal|success|正常|成功)?\\s*[:：]?\\s*([1-5]\\d{2})$");
    private static final Pattern STATUS_VALUE = Pattern.compile("^(\\d{3})(?:\\s.*)?$");
    private static final Pattern ENDPOINT = Pattern.compile("\\{([A-Za-z0-9]+)_endpoint}", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_PREFIX = Pattern.compile("^(?:Table|表)\\s*(\\d+)\\s*[.:：]?\\s*");
    private static final Pattern QUERY_TEMPLATE = Pattern.compile("\\{\\?([^}]*)}");
    private static final Pattern FIELD_CAPTION = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*(?:parameter description|parameters? descriptions?|field description|"
                    + "fields|parameters|object|字段数据结构说明|数据结构说明|字段说明|参数说明|对象说明|结构体说明|结构说明|说明)$");
    private static final Pattern NAMED_CAPTION = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

    private final TableDocument doc;
    private final Diagnostics diagnostics;

    PageScanner(TableDocument doc, Diagnostics diagnostics) {
        this.doc = doc;
        this.diagnostics = diagnostics;
    }

    PageLayout scan() {
        Section section = Section.PREAMBLE;
        int sectionLevel = Integer.MAX_VALUE;
        Integer status = null;
        String method = null;
        String uri = null;
        SourceLocation uriLocation = null;
        List<String> query = new ArrayList<>();
        StringBuilder documentation = new StringBuilder();
        List<ParamTable> tables = new ArrayList<>();
        TreeMap<Integer, String> statuses = new TreeMap<>();
        List<Integer> statusOrder = new ArrayList<>();
        Set<String> errorCodes = new LinkedHashSet<>();
        ExampleCollector examples = new ExampleCollector();
        Set<String> serviceHints = new LinkedHashSet<>();
        String exampleTitle = "";
        Section exampleKind = null;
        for (Block block : doc.blocks()) {
            String text = blockText(block);
            Matcher endpoint = ENDPOINT.matcher(text);
            while (endpoint.find()) {
                serviceHints.add(endpoint.group(1).toLowerCase(Locale.ROOT));
            }
            Section heading = null;
            if (block instanceof Heading h && statusLabel(h.text().plain()) == null) {
                heading = Section.of(h.text().plain());
                if (heading == null) {
                    heading = Section.loosely(h.text().plain());
                }
                if (heading == null) {
                    // an unknown sub-heading stays in its section; an unknown heading of the same rank ends it
                    heading = h.level() <= 1 || h.level() > sectionLevel ? section : Section.OTHER;
                } else {
                    sectionLevel = h.level();
                }
            } else if (block instanceof Paragraph p && text.length() < 60) {
                heading = Section.of(p.text().plain());
            }
            if (heading != null) {
                if (heading != section) {
                    status = null;
                    examples.flush();
                    exampleKind = null;
                }
                section = heading;
                continue;
            }
            Integer labelled = statusLabel(block);
            if (labelled != null) {
                status = labelled;
                examples.flush();
                if (section == Section.RESPONSE || section.isExample()) {
                    if (!statuses.containsKey(labelled)) {
                        statuses.put(labelled, "");
                        statusOrder.add(labelled);
                    }
                }
                continue;
            }
            if (block instanceof Table table && method == null && section.ordinal() <= Section.URI.ordinal()) {
                String[] line = uriTable(table);
                if (line != null) {
                    block = new Paragraph(TableDocument.Text.of(line[0] + " " + line[1]), table.location());
                    text = line[0] + " " + line[1];
                }
            }
            if (method == null && (section == Section.URI || section == Section.PREAMBLE || section == Section.FUNCTION)
                    && (block instanceof Paragraph || block instanceof CodeBlock)) {
                Matcher m = METHOD_LINE.matcher(firstLine(text));
                if (m.matches()) {
                    method = m.group(1);
                    String[] parsed = splitUri(m.group(2), query);
                    uri = parsed[0];
                    uriLocation = block.location();
                    continue;
                }
            }
            if (block instanceof Table table) {
                if (section == Section.STATUS_CODES || section == Section.ERROR_CODES || section == Section.RESPONSE
                        || section == Section.OTHER) {
                    codes(table, statuses, statusOrder, errorCodes);
                }
                ParamTable pt = paramTable(table, tables.size(), section, status);
                if (pt != null) {
                    tables.add(pt);
                }
                continue;
            }
            if (section == Section.STATUS_CODES && !(block instanceof Heading)) {
                // "Normal" + "200" as a list item, a paragraph or a code line
                for (String line : text.split("\n")) {
                    Matcher m = BARE_STATUS.matcher(line.trim());
                    if (m.matches()) {
                        int code = Integer.parseInt(m.group(1));
                        if (!statuses.containsKey(code)) {
                            statuses.put(code, "");
                            statusOrder.add(code);
                        }
                    }
                }
            }
            if (section == Section.FUNCTION) {
                if (documentation.length() > 0) {
                    documentation.append('\n');
                }
                documentation.append(text);
                continue;
            }
            Section label = exampleLabel(block);
            if (label != null) {
                examples.flush();
                exampleKind = label;
                continue;
            }
            if (!section.isExample() && block instanceof CodeBlock
                    && (exampleKind != null || section == Section.REQUEST || section == Section.RESPONSE)) {
                Section kind = exampleKind != null ? exampleKind
                        : section == Section.REQUEST ? Section.EXAMPLE_REQUEST : Section.EXAMPLE_RESPONSE;
                examples.add(block, text, kind, status);
                continue;
            }
            if (section.isExample()) {
                Section kind = exampleKind != null ? exampleKind : section;
                if (section == Section.EXAMPLE && block instanceof Paragraph p) {
                    String lower = p.text().plain().toLowerCase(Locale.ROOT);
                    if (!lower.startsWith("{") && !lower.startsWith("[") && !METHOD_LINE.matcher(firstLine(text)).matches()) {
                        if (lower.contains("response") || lower.contains("响应") || lower.contains("返回")) {
                            exampleKind = Section.EXAMPLE_RESPONSE;
                        } else if (lower.contains("request") || lower.contains("请求")) {
                            exampleKind = Section.EXAMPLE_REQUEST;
                        }
                        kind = exampleKind != null ? exampleKind : section;
                    }
                }
                examples.add(block, text, kind, status);
            }
        }
        examples.flush();
        String hint = serviceHints.size() == 1 ? serviceHints.iterator().next() : "";
        if (serviceHints.size() > 1) {
            hint = serviceHints.stream().sorted().findFirst().orElse("");
        }
        return new PageLayout(doc, method, uri, uriLocation, query, documentation.toString(), tables,
                examples.examples, statuses, statusOrder, new ArrayList<>(errorCodes), hint);
    }

    /**
     * A one-line paragraph or one-item list that introduces examples inside another section
     * ({@code -   请求样例}, {@code Example request}), or {@code null}.
     */
    private static Section exampleLabel(Block block) {
        String t;
        if (block instanceof Paragraph p) {
            t = p.text().plain();
        } else if (block instanceof BulletList l && l.items().size() == 1) {
            t = l.items().get(0).plain();
        } else {
            return null;
        }
        if (t.length() > 40) {
            return null;
        }
        Section s = Section.of(t);
        return s == Section.EXAMPLE_REQUEST || s == Section.EXAMPLE_RESPONSE ? s : null;
    }

    /** A table with Method and URI columns ({@code Method | URI}, {@code 请求方法 | URI}): its first row, or {@code null}. */
    private static String[] uriTable(Table table) {
        List<String> header = headerTexts(table);
        int methodCol = -1;
        int uriCol = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = Columns.normalise(header.get(i));
            if (methodCol < 0 && (h.equals("method") || h.equals("http method") || h.equals("请求方法") || h.equals("方法"))) {
                methodCol = i;
            } else if (uriCol < 0 && (h.equals("uri") || h.equals("url") || h.equals("path") || h.equals("request uri")
                    || h.equals("请求uri") || h.equals("请求路径") || h.equals("路径"))) {
                uriCol = i;
            }
        }
        if (methodCol < 0 || uriCol < 0) {
            return null;
        }
        for (List<Cell> row : Grid.rows(table, header.size())) {
            if (row.size() > Math.max(methodCol, uriCol)) {
                String method = cellText(row.get(methodCol)).trim().toUpperCase(Locale.ROOT);
                String uri = cellText(row.get(uriCol)).trim();
                if (METHOD_LINE.matcher(method + " " + uri).matches()) {
                    return new String[] {method, uri};
                }
            }
        }
        return null;
    }

    /** Cuts a URI into its path template (escapes undone, scheme and host dropped) and its query names. */
    private static String[] splitUri(String written, List<String> query) {
        String raw = unescape(written);
        raw = raw.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        Matcher q = QUERY_TEMPLATE.matcher(raw);
        if (q.find()) {
            for (String name : q.group(1).split(",")) {
                if (!name.isBlank()) {
                    query.add(name.trim().replaceAll("\\*$", ""));
                }
            }
            raw = raw.substring(0, q.start()) + raw.substring(q.end());
        }
        int qm = raw.indexOf('?');
        if (qm >= 0) {
            for (String pair : raw.substring(qm + 1).split("&")) {
                String name = pair.split("=", 2)[0].trim();
                if (!name.isEmpty() && name.matches("[A-Za-z0-9_.\\-\\[\\]]+")) {
                    query.add(name);
                }
            }
            raw = raw.substring(0, qm);
        }
        return new String[] {raw.isEmpty() ? "/" : raw};
    }

    /** "Status code: 201" as a paragraph or bold run. */
    private static Integer statusLabel(Block block) {
        if (block instanceof Paragraph p) {
            return statusLabel(p.text().plain());
        }
        if (block instanceof Heading h) {
            return statusLabel(h.text().plain());
        }
        return null;
    }

    private static Integer statusLabel(String text) {
        Matcher m = STATUS_LABEL.matcher(text.trim());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Rows of a status-code or error-code table. */
    private void codes(Table table, TreeMap<Integer, String> statuses, List<Integer> order, Set<String> errors) {
        List<String> header = headerTexts(table);
        if (header.isEmpty()) {
            return;
        }
        int statusCol = -1;
        int errorCol = -1;
        int descCol = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = Columns.normalise(header.get(i));
            if (statusCol < 0 && (h.equals("status code") || h.equals("状态码") || h.equals("http status code")
                    || h.equals("返回码") || h.equals("http状态码") || h.equals("return code") || h.equals("返回值"))) {
                statusCol = i;
            } else if (errorCol < 0 && (h.equals("error code") || h.equals("错误码") || h.equals("error codes"))) {
                errorCol = i;
            } else if (descCol < 0 && (h.equals("description") || h.equals("描述") || h.equals("说明"))) {
                descCol = i;
            }
        }
        if (statusCol < 0 && errorCol < 0) {
            return;
        }
        for (List<Cell> row : Grid.rows(table, header.size())) {
            if (errorCol >= 0 && errorCol < row.size()) {
                String code = cellText(row.get(errorCol)).trim();
                if (!code.isEmpty() && code.matches("[A-Za-z0-9_.\\-]+") && code.matches(".*\\d.*")) {
                    errors.add(code);
                }
            }
            if (statusCol >= 0 && errorCol < 0 && statusCol < row.size()) {
                Matcher m = STATUS_VALUE.matcher(cellText(row.get(statusCol)).trim());
                if (m.matches()) {
                    int code = Integer.parseInt(m.group(1));
                    String desc = descCol >= 0 && descCol < row.size() ? cellText(row.get(descCol)).trim() : "";
                    if (!statuses.containsKey(code)) {
                        order.add(code);
                    }
                    if (statuses.getOrDefault(code, "").isEmpty()) {
                        statuses.put(code, desc);
                    }
                }
            }
        }
    }

    private ParamTable paramTable(Table table, int index, Section section, Integer status) {
        List<String> header = headerTexts(table);
        List<Row> bodyRows = table.rows();
        Columns columns = header.isEmpty() ? null : Columns.recognise(header);
        if (columns == null && table.header().isEmpty() && !table.rows().isEmpty()) {
            List<String> first = texts(table.rows().get(0).cells());
            columns = Columns.recognise(first);
            if (columns != null) {
                header = first;
                bodyRows = table.rows().subList(1, table.rows().size());
            }
        }
        if (columns == null) {
            return null;
        }
        String caption = table.caption() == null ? "" : table.caption().plain().replace('\u00a0', ' ').trim();
        int number = -1;
        Matcher pm = TABLE_PREFIX.matcher(caption);
        if (pm.find()) {
            number = Integer.parseInt(pm.group(1));
            caption = caption.substring(pm.end()).trim();
        }
        caption = unescape(caption);
        ParamTable.CaptionKind kind = captionKind(caption);
        String captionName = "";
        if (kind == ParamTable.CaptionKind.NAMED) {
            captionName = caption;
        } else if (kind == ParamTable.CaptionKind.FIELD) {
            Matcher fm = FIELD_CAPTION.matcher(caption);
            captionName = fm.matches() ? fm.group(1) : caption;
        }
        List<ParamTable.ParamRow> rows = new ArrayList<>();
        Table sub = new Table(table.id(), table.caption(), table.header(), bodyRows, table.location());
        for (List<Cell> cells : Grid.rows(sub, header.size())) {
            ParamTable.ParamRow row = row(columns, cells);
            if (row != null) {
                rows.add(row);
            }
        }
        return new ParamTable(doc, index, section, status, kind, captionName, number, table.id(), rows,
                columns.mandatory() >= 0, columns.type() >= 0, table.location());
    }

    static ParamTable.CaptionKind captionKind(String caption) {
        String c = caption.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (c.isEmpty()) {
            return ParamTable.CaptionKind.GENERIC;
        }
        if (c.matches(".*(path param|uri param|路径参数|uri参数|path参数).*")) {
            return ParamTable.CaptionKind.PATH;
        }
        if (c.matches(".*(query param|查询参数|query参数).*")) {
            return ParamTable.CaptionKind.QUERY;
        }
        if (c.matches(".*(response header|响应header|响应头|响应消息头).*")) {
            return ParamTable.CaptionKind.RESPONSE_HEADER;
        }
        if (c.matches(".*(header param|request header|请求header|请求头|消息头|header参数).*")) {
            return ParamTable.CaptionKind.HEADER;
        }
        if (c.matches(".*(response body|响应body|响应体|响应消息体|response param|响应参数|返回参数).*")) {
            return ParamTable.CaptionKind.RESPONSE_BODY;
        }
        if (c.matches(".*(request body|请求body|请求体|请求消息体|body param|body参数).*")) {
            return ParamTable.CaptionKind.BODY;
        }
        if (c.matches("^(request |response )?(parameters?|parameter descriptions?|parameters? description|"
                + "description of parameters?)$|^(请求参数|参数说明|参数|请求参数说明|响应参数说明)$")) {
            return ParamTable.CaptionKind.GENERIC;
        }
        if (c.matches("^request param.*|^请求参数.*")) {
            return ParamTable.CaptionKind.GENERIC;
        }
        if (FIELD_CAPTION.matcher(caption).matches()) {
            return ParamTable.CaptionKind.FIELD;
        }
        if (NAMED_CAPTION.matcher(caption).matches()) {
            return ParamTable.CaptionKind.NAMED;
        }
        return ParamTable.CaptionKind.GENERIC;
    }

    private ParamTable.ParamRow row(Columns columns, List<Cell> cells) {
        Cell nameCell = get(cells, columns.name());
        if (nameCell == null) {
            return null;
        }
        String name = cleanName(cellText(nameCell));
        if (name.isEmpty()) {
            boolean content = cells.stream().anyMatch(c -> !cellText(c).isBlank());
            if (content) {
                diagnostics.warning("huawei.row-without-name", nameCell.location(),
                        "a parameter row without a parameter name; the row is ignored");
            }
            return null;
        }
        Cell mandatoryCell = get(cells, columns.mandatory());
        Cell typeCell = get(cells, columns.type());
        Cell descCell = get(cells, columns.description());
        List<TableDocument.Link> links = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        List<DescriptionParser.Line> lines = new ArrayList<>();
        if (typeCell != null) {
            collect(typeCell, links, strong, null);
        }
        if (descCell != null) {
            collect(descCell, links, strong, lines);
        }
        String typeText = typeCell == null ? "" : cellText(typeCell).replace('\n', ' ');
        TypeRef type = typeCell == null ? TypeRef.scalar(dev.doc2java.model.ShapeType.STRING, "")
                : TypeParser.parse(unescape(typeText));
        boolean required = mandatoryCell != null && Columns.isYes(cellText(mandatoryCell));
        return new ParamTable.ParamRow(name, required, type, typeCell != null, lines, links, strong,
                nameCell.location());
    }

    /** The parameter name: the first word of the cell, without emphasis marks or footnote stars. */
    static String cleanName(String cell) {
        String s = unescape(cell.replace('\u00a0', ' ').trim());
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl).trim();
        }
        s = s.replaceAll("^[*`\"'“]+|[*`\"'”]+$", "").trim();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        int paren = s.indexOf('（');
        if (paren > 0) {
            s = s.substring(0, paren);
        }
        return s.replaceAll("[*`]+$", "");
    }

    private static void collect(Cell cell, List<TableDocument.Link> links, List<String> strong,
            List<DescriptionParser.Line> lines) {
        for (Block b : cell.content()) {
            if (b instanceof Paragraph p) {
                links.addAll(p.text().links());
                strong.addAll(p.text().strong());
                if (lines != null) {
                    for (String part : p.text().plain().split("\n")) {
                        lines.add(new DescriptionParser.Line(part, false, p.location()));
                    }
                }
            } else if (b instanceof BulletList l) {
                for (Text item : l.items()) {
                    links.addAll(item.links());
                    strong.addAll(item.strong());
                    if (lines != null) {
                        lines.add(new DescriptionParser.Line(item.plain(), true, l.location()));
                    }
                }
            } else if (b instanceof CodeBlock c && lines != null) {
                lines.add(new DescriptionParser.Line(c.code(), false, c.location()));
            }
        }
    }

    private static Cell get(List<Cell> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    static List<String> headerTexts(Table table) {
        if (table.header().isEmpty()) {
            return List.of();
        }
        return texts(table.header().get(table.header().size() - 1).cells());
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            String t = cellText(c).replace('\n', ' ');
            for (int i = 0; i < Math.max(1, c.colspan()); i++) {
                out.add(t);
            }
        }
        return out;
    }

    static String cellText(Cell cell) {
        return cell.plainText();
    }

    static String blockText(Block block) {
        if (block instanceof Paragraph p) {
            return p.text().plain();
        }
        if (block instanceof Heading h) {
            return h.text().plain();
        }
        if (block instanceof CodeBlock c) {
            return c.code();
        }
        if (block instanceof BulletList l) {
            StringBuilder b = new StringBuilder();
            for (Text t : l.items()) {
                b.append(t.plain()).append('\n');
            }
            return b.toString();
        }
        return "";
    }

    static String firstLine(String text) {
        String t = text.trim();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).trim();
    }

    /** Undoes Markdown backslash escapes ({@code \{project\_id\}}). */
    static String unescape(String s) {
        return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~&\"'=:;,/])", "$1");
    }

}
