package dev.doc2java.read.boto3;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, forgiving reStructuredText block parser: it splits a page into a tree of sections,
 * paragraphs, literal blocks, directives, field-list items and bullets by indentation, keeping
 * the line and column of every block. Inline markup is left as text (see {@link RstHtml}). It
 * never fails: whatever it does not recognise becomes a paragraph.
 */
public final class RstParser {

    private static final Pattern DIRECTIVE = Pattern.compile("\\.\\.\\s+([A-Za-z][\\w:.-]*)::(?:\\s+(.*))?");
    private static final Pattern FIELD = Pattern.compile(":([^:`\\s][^:`]*):(?:\\s+(.*))?");
    private static final Pattern BULLET = Pattern.compile("[-*+](?:\\s+(.*))?");
    private static final Pattern ADORNMENT = Pattern.compile("([=*\\-~^#\"+`'_:.])\\1{2,}\\s*");

    /** How many wrongly indented lines a description may have before the item is taken as ended. */
    private static final int MAX_BROKEN_LINES = 12;

    private final String[] lines;
    private final int[] indents;

    private RstParser(String text) {
        this.lines = text.split("\n", -1);
        this.indents = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].replace("\t", "        ");
            lines[i] = l;
            indents[i] = blank(l) ? -1 : leading(l);
        }
    }

    /** The blocks of a whole page. */
    public static List<RstBlock> parse(String text) {
        RstParser p = new RstParser(text);
        return p.blocks(0, p.lines.length);
    }

    private static boolean blank(String l) {
        return l.isBlank();
    }

    private static int leading(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The first line after {@code from} that is not blank and indented at most {@code indent}. */
    private int bodyEnd(int from, int end, int indent) {
        int j = from;
        while (j < end && (indents[j] < 0 || indents[j] > indent)) {
            j++;
        }
        return j;
    }

    /**
     * The end of a bullet's or field's body. Beyond {@link #bodyEnd}, plain text lines at or left
     * of the item's indent continue the body when they go on with the sentence just before them
     * (no blank line between, no capital letter) and the text after them is indented deeper again:
     * boto3 pages converted from HTML sometimes break a description's indentation mid-sentence.
     */
    private int itemEnd(int from, int end, int indent) {
        int j = bodyEnd(from, end, indent);
        while (j < end && j > from && indents[j - 1] >= 0 && continuesSentence(lines[j].strip())) {
            // A short run of plain text lines at or left of the item's indent, going on with the
            // sentence of the line before it ...
            int k = j;
            int run = 0;
            while (k < end && (indents[k] < 0 || (indents[k] > 0 && indents[k] <= indent
                    && !startsConstruct(lines[k].substring(indents[k]).stripTrailing())))) {
                run += indents[k] < 0 ? 0 : 1;
                k++;
            }
            // ... followed by text indented deeper again continues the body.
            if (run == 0 || run > MAX_BROKEN_LINES || k >= end || indents[k] <= indent) {
                return j;
            }
            j = bodyEnd(k, end, indent);
        }
        return j;
    }

    private static boolean continuesSentence(String text) {
        return !text.isEmpty() && !Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0))
                && !startsConstruct(text);
    }

    private static boolean startsConstruct(String content) {
        return DIRECTIVE.matcher(content).matches() || FIELD.matcher(content).matches()
                || BULLET.matcher(content).matches() || ADORNMENT.matcher(content).matches()
                || content.startsWith("..") || content.endsWith("::") || content.startsWith("**");
    }

    private List<RstBlock> blocks(int start, int end) {
        List<RstBlock> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (indents[i] < 0) {
                i++;
                continue;
            }
            int indent = indents[i];
            String content = lines[i].substring(indent).stripTrailing();
            int line = i + 1;
            int column = indent + 1;
            Matcher m;
            if ((m = DIRECTIVE.matcher(content)).matches()) {
                int j = bodyEnd(i + 1, end, indent);
                out.add(new RstBlock(RstBlock.Kind.DIRECTIVE, line, column, m.group(1),
                        m.group(2) == null ? "" : m.group(2).strip(), blocks(i + 1, j)));
                i = j;
            } else if (content.startsWith("..") && (content.length() == 2 || content.charAt(2) == ' ')) {
                int j = bodyEnd(i + 1, end, indent);
                out.add(new RstBlock(RstBlock.Kind.COMMENT, line, column, "", content.substring(2).strip(), List.of()));
                i = j;
            } else if ((m = FIELD.matcher(content)).matches()) {
                int j = itemEnd(i + 1, end, indent);
                out.add(new RstBlock(RstBlock.Kind.FIELD, line, column, m.group(1).strip(),
                        m.group(2) == null ? "" : m.group(2).strip(), blocks(i + 1, j)));
                i = j;
            } else if (!ADORNMENT.matcher(content).matches() && (m = BULLET.matcher(content)).matches()) {
                int j = itemEnd(i + 1, end, indent);
                int textColumn = m.group(1) == null ? column + 1 : column + content.indexOf(m.group(1));
                out.add(new RstBlock(RstBlock.Kind.BULLET, line, textColumn, "",
                        m.group(1) == null ? "" : m.group(1).strip(), blocks(i + 1, j)));
                i = j;
            } else if (ADORNMENT.matcher(content).matches() && i + 2 < end && indents[i + 1] >= 0
                    && indents[i + 2] >= 0 && ADORNMENT.matcher(lines[i + 2].strip()).matches()) {
                out.add(new RstBlock(RstBlock.Kind.SECTION, line + 1, indents[i + 1] + 1, "",
                        lines[i + 1].strip(), List.of()));
                i += 3;
            } else if (i + 1 < end && indents[i + 1] == indent && ADORNMENT.matcher(lines[i + 1].strip()).matches()
                    && !content.endsWith("::")) {
                out.add(new RstBlock(RstBlock.Kind.SECTION, line, column, "", content, List.of()));
                i += 2;
            } else {
                i = paragraph(i, end, indent, out);
            }
        }
        return out;
    }

    /** A paragraph: lines of the same indent up to a blank line; a final {@code ::} opens a literal block. */
    private int paragraph(int i, int end, int indent, List<RstBlock> out) {
        int j = i;
        StringBuilder text = new StringBuilder();
        while (j < end && indents[j] == indent) {
            String c = lines[j].substring(indent).stripTrailing();
            if (j > i && (DIRECTIVE.matcher(c).matches() || FIELD.matcher(c).matches()
                    || (BULLET.matcher(c).matches() && !ADORNMENT.matcher(c).matches()))) {
                break;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(c);
            j++;
        }
        String t = text.toString();
        boolean literal = t.endsWith("::");
        if (literal) {
            String before = t.substring(0, t.length() - 2);
            if (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))) {
                t = before.stripTrailing();
            } else {
                t = before + ":";
            }
        }
        if (!t.isEmpty()) {
            out.add(new RstBlock(RstBlock.Kind.PARAGRAPH, i + 1, indent + 1, "", t, List.of()));
        }
        if (j < end && indents[j] > indent && !literal) {
            // Indented text after a paragraph without "::" is a block quote: read it as more blocks.
            int k = bodyEnd(j, end, indent);
            out.addAll(blocks(j, k));
            return k;
        }
        if (literal) {
            int k = bodyEnd(j, end, indent);
            int first = j;
            while (first < k && indents[first] < 0) {
                first++;
            }
            int last = k - 1;
            while (last >= first && indents[last] < 0) {
                last--;
            }
            if (first <= last) {
                int min = Integer.MAX_VALUE;
                for (int x = first; x <= last; x++) {
                    if (indents[x] >= 0) {
                        min = Math.min(min, indents[x]);
                    }
                }
                StringBuilder lit = new StringBuilder();
                for (int x = first; x <= last; x++) {
                    if (x > first) {
                        lit.append('\n');
                    }
                    String l = lines[x];
                    lit.append(l.length() > min ? l.substring(min).stripTrailing() : "");
                }
                out.add(new RstBlock(RstBlock.Kind.LITERAL, first + 1, min + 1, "", lit.toString(), List.of()));
            } else {
                out.add(new RstBlock(RstBlock.Kind.LITERAL, j + 1, indent + 1, "", "", List.of()));
            }
            return k;
        }
        return j;
    }
}
