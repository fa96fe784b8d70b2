package dev.doc2java.read.boto3;

import java.util.List;
import java.util.Objects;

/**
 * One block of a reStructuredText page, as far as boto3 pages need it.
 *
 * @param kind what the block is
 * @param line 1-based line of the block's first line
 * @param column 1-based column where the block's text starts
 * @param name directive name ({@code py:method}, {@code note}), field name ({@code param x},
 *     {@code rtype}), or "" for other kinds
 * @param text the directive argument, the field body's first line, a bullet's first line, a
 *     paragraph's text (lines joined by {@code \n}), a section title, or a literal block's text
 *     (dedented, lines joined by {@code \n})
 * @param children nested blocks (directive, field and bullet bodies)
 */
public record RstBlock(Kind kind, int line, int column, String name, String text, List<RstBlock> children) {

    /** The block kinds the parser distinguishes. */
    public enum Kind { SECTION, PARAGRAPH, LITERAL, DIRECTIVE, FIELD, BULLET, COMMENT }

    public RstBlock {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    public boolean isDirective(String directive) {
        return kind == Kind.DIRECTIVE && name.equals(directive);
    }

    /** The literal block's lines (for {@link Kind#LITERAL}). */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
