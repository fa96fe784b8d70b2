package dev.doc2java.read.boto3;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns RST prose (blocks and inline markup) into the small, safe HTML the model's
 * {@code documentation} fields hold: text escaped, only {@code p code a em strong ul li br pre}
 * tags, links only to http(s) addresses.
 */
public final class RstHtml {

    private static final Pattern INLINE = Pattern.compile(
            "``(.+?)``"                                   // 1 literal
            + "|`([^`<]*?)\\s*<([^`>]+)>`__?"             // 2,3 link
            + "|:[\\w:]+:`~?\\.?([^`]+)`"                 // 4 role (:class:`.X`, :py:meth:`~A.b`)
            + "|\\*\\*(.+?)\\*\\*"                        // 5 strong
            + "|\\*([^*\\s](?:[^*]*?[^*\\s])??)\\*"           // 6 emphasis
            + "|`([^`]+)`");                              // 7 interpreted text

    private RstHtml() {
    }

    /** HTML of a run of blocks (paragraphs, bullet lists, notes, literal blocks). */
    public static String blocks(List<RstBlock> blocks) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < blocks.size()) {
            RstBlock b = blocks.get(i);
            if (b.is(RstBlock.Kind.BULLET)) {
                out.append("<ul>");
                while (i < blocks.size() && blocks.get(i).is(RstBlock.Kind.BULLET)) {
                    RstBlock item = blocks.get(i);
                    out.append("<li>").append(inline(item.text()));
                    String inner = blocks(item.children());
                    if (!inner.isEmpty()) {
                        out.append(inner);
                    }
                    out.append("</li>");
                    i++;
                }
                out.append("</ul>");
                continue;
            }
            switch (b.kind()) {
                case PARAGRAPH, SECTION -> out.append("<p>").append(inline(b.text())).append("</p>");
                case LITERAL -> {
                    if (!b.text().isBlank()) {
                        out.append("<pre>").append(escape(b.text())).append("</pre>");
                    }
                }
                case DIRECTIVE -> {
                    String label = switch (b.name()) {
                        case "note" -> "Note:";
                        case "warning" -> "Warning:";
                        case "danger" -> "Danger:";
                        default -> "";
                    };
                    if (!label.isEmpty()) {
                        String arg = b.text().isEmpty() ? "" : " " + inline(b.text());
                        String inner = blocks(b.children());
                        out.append("<p><strong>").append(label).append("</strong>").append(arg).append("</p>").append(inner);
                    }
                }
                case FIELD -> out.append("<p>").append(inline(b.text())).append("</p>").append(blocks(b.children()));
                default -> {
                }
            }
            i++;
        }
        return out.toString().replace("<p></p>", "");
    }

    /** HTML of one run of inline text. */
    public static String inline(String text) {
        String t = text.replaceAll("\\s*\\n\\s*", " ").strip();
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(escape(t.substring(last, m.start())));
            if (m.group(1) != null) {
                out.append("<code>").append(escape(m.group(1))).append("</code>");
            } else if (m.group(3) != null) {
                String label = m.group(2).isBlank() ? m.group(3) : m.group(2);
                String url = m.group(3).strip();
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    out.append("<a href=\"").append(escapeAttribute(url)).append("\">")
                            .append(escape(label)).append("</a>");
                } else {
                    out.append(escape(label));
                }
            } else if (m.group(4) != null) {
                out.append("<code>").append(escape(m.group(4))).append("</code>");
            } else if (m.group(5) != null) {
                out.append("<strong>").append(escape(m.group(5))).append("</strong>");
            } else if (m.group(6) != null) {
                out.append("<em>").append(escape(m.group(6))).append("</em>");
            } else {
                out.append("<em>").append(escape(m.group(7))).append("</em>");
            }
            last = m.end();
        }
        out.append(escape(t.substring(last)));
        return out.toString();
    }

    /** Plain text without markup, whitespace collapsed (for comparing descriptions). */
    public static String plain(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeAttribute(String s) {
        return escape(s).replace("\"", "&quot;");
    }
}
