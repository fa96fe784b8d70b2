package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.read.table.TableDocument;
import java.util.List;

/**
 * A parameter table of one page, in context: where it stands (section, status code), what its
 * caption says, and its rows.
 *
 * @param doc the page the table is on
 * @param index its position among the page's parameter tables
 * @param section the section whose heading it follows
 * @param status the status code announced before it in a response section, or {@code null}
 * @param captionKind what the caption says the table is
 * @param captionName the model or field name the caption gives (NAMED, FIELD), else ""
 * @param captionNumber the "Table N" number, or -1
 * @param id the table's anchor, or ""
 */
record ParamTable(
        TableDocument doc,
        int index,
        Section section,
        Integer status,
        CaptionKind captionKind,
        String captionName,
        int captionNumber,
        String id,
        List<ParamRow> rows,
        boolean hasMandatory,
        boolean hasType,
        SourceLocation location) {

    enum CaptionKind { PATH, QUERY, HEADER, BODY, RESPONSE_BODY, RESPONSE_HEADER, GENERIC, FIELD, NAMED }

    ParamTable {
        rows = List.copyOf(rows);
    }

    /** Request or response side: the heading wins; the caption decides only outside both. */
    Side side() {
        if (section.isRequestSide()) {
            return Side.REQUEST;
        }
        if (section == Section.RESPONSE) {
            return Side.RESPONSE;
        }
        switch (captionKind) {
            case PATH, QUERY, HEADER, BODY -> {
                return Side.REQUEST;
            }
            case RESPONSE_BODY, RESPONSE_HEADER -> {
                return Side.RESPONSE;
            }
            default -> {
                return Side.UNKNOWN;
            }
        }
    }

    enum Side { REQUEST, RESPONSE, UNKNOWN }

    /**
     * One row of a parameter table.
     *
     * @param description the Description cell's lines
     * @param links links in the type and description cells, type cell first
     * @param strong bold runs of the description cell
     */
    record ParamRow(
            String name,
            boolean required,
            TypeRef type,
            boolean typeStated,
            List<DescriptionParser.Line> description,
            List<TableDocument.Link> links,
            List<String> strong,
            SourceLocation location) {

        ParamRow {
            description = List.copyOf(description);
            links = List.copyOf(links);
            strong = List.copyOf(strong);
        }

        String descriptionText() {
            StringBuilder b = new StringBuilder();
            for (DescriptionParser.Line l : description) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(l.text());
            }
            return b.toString();
        }
    }
}
