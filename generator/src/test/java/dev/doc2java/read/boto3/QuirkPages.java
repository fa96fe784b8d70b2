package dev.doc2java.read.boto3;

import java.util.ArrayList;
import java.util.List;

/**
 * Rendering quirks of boto3 pages, applied to real pages of the sample by their general rule. Every
 * transformation keeps the number of lines, so what it does not touch keeps its line and column.
 */
final class QuirkPages {

    private QuirkPages() {
    }

    /** How many lists {@link #ellipsisListElements} rewrote, and the page it made. */
    record Rewritten(String text, int count) {
    }

    /**
     * Every list element of a syntax block ({@code [} then one value then {@code ],}) that shows no
     * enumeration ({@code 'A'|'B'}) is printed as {@code ...}: {@code [ ..., ]}. The lines of a
     * replaced element become blank.
     */
    static Rewritten ellipsisListElements(String page) {
        List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
        int count = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String open = lines.get(i);
            if (!open.stripTrailing().endsWith("[") || open.strip().startsWith("..")) {
                continue;
            }
            int indent = indent(lines.get(i + 1));
            if (indent <= indent(open)) {
                continue;
            }
            int end = i + 1; // the last line of the element
            if (lines.get(i + 1).strip().equals("{")) {
                end = i + 2;
                while (end < lines.size() && !(indent(lines.get(end)) == indent && lines.get(end).strip().startsWith("}"))) {
                    end++;
                }
                if (end >= lines.size()) {
                    continue;
                }
            }
            String close = end + 1 < lines.size() ? lines.get(end + 1).strip() : "";
            boolean enumeration = false;
            for (int k = i + 1; k <= end; k++) {
                enumeration |= lines.get(k).contains("|") || lines.get(k).contains("recursive");
            }
            if (enumeration || !close.startsWith("]")) {
                continue;
            }
            lines.set(i + 1, " ".repeat(indent) + "...,");
            for (int k = i + 2; k <= end; k++) {
                lines.set(k, "");
            }
            count++;
            i = end;
        }
        return new Rewritten(String.join("\n", lines), count);
    }

    /**
     * The second half of the first example description ({@code This example ...}) of the method
     * {@code method} wraps onto a line of its own at column 0, as boto3 prints an example
     * description that holds a line break. The page keeps its number of lines: the first half moves
     * up onto the blank line before the description.
     */
    static String dedentExample(String page, String method) {
        List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).strip().startsWith(".. py:method:: " + method + "(")) {
                for (int k = i + 1; k < lines.size() && !lines.get(k).strip().startsWith(".. py:method::"); k++) {
                    if (lines.get(k).strip().startsWith("This example") && lines.get(k - 1).isBlank()) {
                        at = k;
                        break;
                    }
                }
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no example description in " + method);
        }
        String line = lines.get(at).stripTrailing();
        int cut = line.indexOf(' ', line.length() / 2);
        lines.set(at - 1, line.substring(0, cut));
        lines.set(at, line.substring(cut + 1));
        return String.join("\n", lines);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.isBlank() ? -1 : i;
    }
}
