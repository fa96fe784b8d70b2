package dev.doc2java.read.table;

import dev.doc2java.read.table.TableDocument.Link;
import dev.doc2java.read.table.TableDocument.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates one run of inline text with its links and bold runs, then yields a {@link Text} with
 * whitespace collapsed. Used by every reader, so the three forms collapse text the same way.
 */
final class TextBuilder {

    private final StringBuilder plain = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private final List<String> strong = new ArrayList<>();

    void append(String s) {
        plain.append(s);
    }

    void link(String text, String target) {
        links.add(new Link(collapse(text), target == null ? "" : target.trim()));
    }

    void strong(String text) {
        String s = collapse(text);
        if (!s.isEmpty()) {
            strong.add(s);
        }
    }

    boolean isBlank() {
        return collapse(plain.toString()).isEmpty();
    }

    Text build() {
        return new Text(collapse(plain.toString()), links, strong);
    }

    /** Whitespace runs (including no-break and ideographic spaces) to one space, trimmed. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u200b'
                    || c == '\ufeff') {
                space = out.length() > 0;
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
