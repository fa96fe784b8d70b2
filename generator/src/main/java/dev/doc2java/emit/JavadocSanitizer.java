package dev.doc2java.emit;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns untrusted documentation (an HTML fragment from a web page) into Javadoc text that cannot
 * escape its comment and reads well: only simple tags survive, links only to http(s), text is
 * escaped, and the characters javac or javadoc would treat specially are written as entities:
 * {@code *}{@code /} (ends the comment), {@code @} (block and inline tags), backslash (javac reads
 * {@code \}{@code u002a} escapes before it sees comments), control characters (dropped).
 */
public final class JavadocSanitizer {

    private static final int WIDTH = 100;

    private static final List<String> BLOCK_TAGS = List.of("<p>", "<ul>", "<ol>", "<li>", "<pre>", "<dl>", "<dt>",
            "<dd>", "<table>", "<tr>", "</ul>", "</ol>", "</table>");

    private JavadocSanitizer() {
    }

    /** The tags and attributes that survive; a fresh instance per use (a {@code Safelist} is mutable). */
    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "code", "pre", "em", "strong", "b", "i", "ul", "ol", "li", "a", "dl", "dt", "dd",
                        "sub", "sup", "table", "tr", "td", "th")
                .addAttributes("a", "href")
                .addProtocols("a", "href", "http", "https");
    }

    /** Safe, well-formed Javadoc HTML for a documentation fragment; "" for blank input. */
    public static String html(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return "";
        }
        Document.OutputSettings settings = new Document.OutputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.xhtml)
                .syntax(Document.OutputSettings.Syntax.xml);
        Document dirty = Jsoup.parseBodyFragment(dropControls(fragment), "");
        Document clean = new Cleaner(safelist()).clean(dirty);
        clean.select("a:not([href])").unwrap();
        unwrapSingleParagraph(clean);
        clean.outputSettings(settings);
        String cleaned = clean.body().html();
        return escapeForComment(layout(cleaned)).strip();
    }

    /**
     * The words of a documentation fragment without markup, entities decoded, whitespace collapsed and
     * lower-cased: for comparing what the text says, never for output.
     */
    static String normalizedText(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return "";
        }
        String text = Jsoup.parseBodyFragment(fragment, "").text();
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Plain text (a pattern, a wire name, an enum value) as safe Javadoc. */
    public static String text(String plain) {
        if (plain == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : dropControls(plain).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return escapeForComment(out.toString());
    }

    /** Plain text in {@code <code>}; the empty string is named, since doclint rejects an empty tag. */
    public static String code(String plain) {
        return plain == null || plain.isEmpty() ? "the empty string" : "<code>" + text(plain) + "</code>";
    }

    /** A source path for a {@code //} file header: relative, one line, no backslashes or escapes. */
    public static String headerPath(String path) {
        String p = dropControls(path).replace('\\', '/').replace("\n", "").replace("\r", "");
        p = p.replaceFirst("^[A-Za-z]:/", "");
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.replace("*/", "*_/");
    }

    /**
     * A comment reads better starting with its text than with {@code <p>}: {@code <p>a</p><p>b</p>}
     * becomes {@code a<p>b</p>} (the first paragraph is unwrapped when nothing but blanks precedes it).
     */
    private static void unwrapSingleParagraph(Document doc) {
        var body = doc.body();
        for (org.jsoup.nodes.Node node : body.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                continue;
            }
            if (node instanceof org.jsoup.nodes.Element e && e.normalName().equals("p")) {
                e.unwrap();
            }
            return;
        }
    }

    /** Re-wraps safe Javadoc HTML (after more text was appended); {@code <pre>} blocks keep their lines. */
    static String reflow(String safeHtml) {
        return layout(safeHtml).strip();
    }

    /** Writes {@code *}{@code /}, {@code @} and backslash as HTML entities. */
    static String escapeForComment(String s) {
        return s.replace("\\", "&#92;").replace("@", "&#64;").replace("*/", "*&#47;");
    }

    /** Removes control characters other than newline and tab, and the Unicode line separators. */
    private static String dropControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\r') {
                out.append('\n');
            } else if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029' && c != '\ufeff') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Puts block tags on their own lines and wraps prose at {@value #WIDTH} columns; text inside
     * {@code <pre>} keeps its line breaks.
     */
    private static String layout(String html) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < html.length()) {
            int pre = html.indexOf("<pre>", i);
            String prose = pre < 0 ? html.substring(i) : html.substring(i, pre);
            wrapProse(prose, lines);
            if (pre < 0) {
                break;
            }
            int end = html.indexOf("</pre>", pre);
            end = end < 0 ? html.length() : end + "</pre>".length();
            String block = html.substring(pre, end).strip();
            lines.addAll(List.of(block.split("\n", -1)));
            i = end;
        }
        return String.join("\n", lines);
    }

    /**
     * The words of a paragraph, an inline tag ({@code {@link Foo#bar}}, only ever written by the
     * emitters: page text has its {@code @} escaped) kept as one word so it is never split across lines.
     */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        StringBuilder tag = null;
        for (String word : paragraph.split(" ")) {
            if (tag != null) {
                tag.append(' ').append(word);
                if (word.contains("}")) {
                    words.add(tag.toString());
                    tag = null;
                }
            } else if (word.startsWith("{@") && !word.contains("}")) {
                tag = new StringBuilder(word);
            } else {
                words.add(word);
            }
        }
        if (tag != null) {
            words.add(tag.toString());
        }
        return words;
    }

    private static void wrapProse(String prose, List<String> lines) {
        String text = prose.replaceAll("\\s+", " ");
        for (String tag : BLOCK_TAGS) {
            text = text.replace(tag, "\n" + tag);
        }
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
    }

    /** The first sentence of sanitized documentation, for short mentions ({@code @throws}). */
    static String firstSentence(String safeHtml) {
        String flat = safeHtml.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        int dot = flat.indexOf(". ");
        String sentence = dot < 0 ? flat : flat.substring(0, dot + 1);
        return escapeForComment(sentence.equals(".") ? "" : sentence);
    }
}
