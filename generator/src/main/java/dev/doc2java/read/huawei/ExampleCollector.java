package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Example;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.BulletList;
import dev.doc2java.read.table.TableDocument.CodeBlock;
import dev.doc2java.read.table.TableDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gathers example requests and responses from code blocks or from flattened paragraphs. */
final class ExampleCollector {
    private static final Pattern METHOD_ALONE = Pattern.compile("^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)$");
    private static final Pattern URL_ALONE = Pattern.compile("^(?:https?://|/)\\S+$");
    final List<Example> examples = new ArrayList<>();
    private Section kind;
    private Integer status;
    private String method;
    private String url;
    private StringBuilder json;
    private int depth;
    private String title = "";
    private SourceLocation at;

    void add(Block block, String text, Section section, Integer currentStatus) {
        if (block instanceof CodeBlock c) {
            String code = c.code().strip();
            boolean methodOnly = PageScanner.METHOD_LINE.matcher(code).matches();
            boolean continuesRequest = kind != null && method != null && json == null && !methodOnly
                    && (code.startsWith("{") || code.startsWith("["));
            if (!continuesRequest) {
                flush();
                start(section, currentStatus, c.location());
            }
            for (String line : c.code().split("\n")) {
                feedLine(line);
            }
            if (!methodOnly) {
                flush();
            }
            return;
        }
        String t;
        if (block instanceof Paragraph) {
            t = text.trim();
        } else if (block instanceof BulletList l && l.items().size() == 1) {
            t = l.items().get(0).plain().trim(); // "<li><p>Example 1: Adding an HTTPS listener</p><pre>..."
        } else {
            return;
        }
        if (json != null) {
            feedLine(t);
            if (depth <= 0) {
                flush();
            }
            return;
        }
        Matcher m = PageScanner.METHOD_LINE.matcher(PageScanner.firstLine(t));
        if (m.matches() || t.startsWith("{") || t.startsWith("[")) {
            if (method != null && m.matches()) {
                flush();
            }
            if (method == null) {
                start(section, currentStatus, block.location());
            }
            for (String line : t.split("\n")) {
                feedLine(line);
            }
            if (json != null && depth <= 0) {
                flush();
            }
            return;
        }
        if (method != null) {
            flush();
        }
        title = t;
    }

    private void start(Section section, Integer currentStatus, SourceLocation location) {
        kind = section;
        status = currentStatus;
        at = location;
    }

    private void feedLine(String line) {
        String t = line.strip();
        if (json == null) {
            Matcher m = PageScanner.METHOD_LINE.matcher(t);
            if (m.matches() && method == null) {
                method = m.group(1);
                url = m.group(2);
                return;
            }
            Matcher alone = METHOD_ALONE.matcher(t);
            if (alone.matches() && method == null) {
                method = alone.group(1); // "POST", a blank line, then the URL on its own line
                return;
            }
            if (method != null && url == null && URL_ALONE.matcher(t).matches()) {
                url = t;
                return;
            }
            if (t.startsWith("{") || t.startsWith("[")) {
                json = new StringBuilder();
                depth = 0;
            } else {
                return;
            }
        }
        json.append(line).append('\n');
        depth += balance(line);
    }

    void flush() {
        if (kind != null && (method != null || json != null)) {
            boolean request = kind == Section.EXAMPLE_REQUEST || (kind == Section.EXAMPLE && method != null);
            String body = json == null ? null : json.toString().strip();
            examples.add(new Example(request ? Example.Kind.REQUEST : Example.Kind.RESPONSE, title,
                    request ? null : status, method, url, body, at));
        }
        kind = null;
        method = null;
        url = null;
        json = null;
        depth = 0;
        if (at != null) {
            title = "";
        }
        at = null;
    }

    /** Net bracket depth of a line, ignoring brackets inside strings. */
    private int balance(String line) {
        int d = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                d++;
            } else if (c == '}' || c == ']') {
                d--;
            }
        }
        return d;
    }
}
