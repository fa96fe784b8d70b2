package dev.doc2java.read;

import dev.doc2java.diag.SourceLocation;
import java.util.Objects;

/**
 * One input page, already decoded.
 *
 * @param path the page's path as reached from the command-line argument, with {@code /}
 *     separators (the argument itself for a file, the argument joined with the path below it for a
 *     directory); used in every {@link SourceLocation} and in the model's {@code source}
 * @param groupHint the name of the directory the page was found in (for a file argument, its
 *     parent directory's name; may be empty): a fallback service id when the page names none
 * @param text the page's text, line ends normalised to {@code \n}
 */
public record Page(String path, String groupHint, String text) {

    public Page {
        Objects.requireNonNull(path, "path");
        groupHint = groupHint == null ? "" : groupHint;
        Objects.requireNonNull(text, "text");
    }

    /** The file name without directories. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Lower-case extension without the dot, or "". */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public SourceLocation at(int line, int column) {
        return new SourceLocation(path, line, column);
    }

    public SourceLocation at(int line) {
        return new SourceLocation(path, line, 0);
    }
}
