package dev.doc2java.read.table;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.util.List;

/** Reads a page into a {@link TableDocument} with the reader its extension calls for. */
public final class TableDocuments {

    private TableDocuments() {
    }

    /**
     * Reads {@code page} by extension: {@code html}/{@code htm}/{@code xhtml} with
     * {@link HtmlTableReader}, {@code md}/{@code markdown} with {@link MarkdownTableReader},
     * {@code txt}/{@code text} with {@link FlatTextReader}, all with the default {@link HeaderVocabulary};
     * other extensions give a {@code table.unsupported-page} warning and an empty document.
     */
    public static TableDocument read(Page page, Diagnostics diagnostics) {
        return read(page, HeaderVocabulary.defaults(), diagnostics);
    }

    /**
     * As {@link #read(Page, Diagnostics)}, with the header words the readers use: flattened text
     * finds its tables by them, HTML tables without {@code <th>} cells their header row.
     */
    public static TableDocument read(Page page, HeaderVocabulary vocabulary, Diagnostics diagnostics) {
        try {
            return dispatch(page, vocabulary, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: the readers report bad input as diagnostics; this keeps a reader bug
            // on a strange page from ending the whole run
            diagnostics.error("table.read-failed", page.at(1, 1), "the page could not be read ("
                    + e.getClass().getSimpleName() + "); it was skipped");
            return new TableDocument(page.path(), "", page.at(1, 1), List.of());
        }
    }

    private static TableDocument dispatch(Page page, HeaderVocabulary vocabulary, Diagnostics diagnostics) {
        switch (page.extension()) {
            case "html", "htm", "xhtml" -> {
                return new HtmlTableReader(vocabulary).read(page, diagnostics);
            }
            case "md", "markdown" -> {
                return new MarkdownTableReader(vocabulary).read(page, diagnostics);
            }
            case "txt", "text" -> {
                return new FlatTextReader(vocabulary).read(page, diagnostics);
            }
            default -> {
                diagnostics.warning("table.unsupported-page", page.at(1, 1),
                        "no table reader for ." + page.extension() + " pages");
                return new TableDocument(page.path(), "", page.at(1, 1), List.of());
            }
        }
    }
}
