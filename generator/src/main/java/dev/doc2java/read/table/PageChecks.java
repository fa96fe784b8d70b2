package dev.doc2java.read.table;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;

/** Checks every reader makes before parsing: empty pages and binary junk. */
final class PageChecks {

    private PageChecks() {
    }

    /**
     * Reports an empty or binary page; returns whether the page is worth parsing. A page is binary
     * when it holds a NUL character or more than 2% control or replacement characters.
     */
    static boolean readable(Page page, String codePrefix, Diagnostics diagnostics) {
        String text = page.text();
        if (text.isBlank()) {
            diagnostics.warning(codePrefix + ".empty-page", page.at(1, 1), "the page is empty");
            return false;
        }
        int limit = Math.min(text.length(), 65536);
        int odd = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                odd = limit;
                break;
            }
            if ((Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == '\ufffd') {
                odd++;
            }
        }
        if (odd * 50 > limit) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < limit; i++) {
                char c = text.charAt(i);
                if (c == 0 || c == '\ufffd' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'
                        && c != '\f')) {
                    break;
                }
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            diagnostics.error(codePrefix + ".binary-page", page.at(line, col),
                    "the page looks like binary data, not text; it was skipped");
            return false;
        }
        return true;
    }
}
