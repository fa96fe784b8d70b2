package dev.doc2java.read.huawei;

import dev.doc2java.read.huawei.ParamTable.CaptionKind;
import dev.doc2java.read.huawei.ParamTable.ParamRow;
import dev.doc2java.read.huawei.ParamTable.Side;
import dev.doc2java.read.table.TableDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the table that describes a parameter's object type: a link to the table's anchor on the
 * page, the object's name as a caption, "For details, see Table N", a caption naming the field
 * ({@code listener parameter description}), a link or name that leads to another page of the
 * service, or a table the description names in prose.
 */
final class TableResolver {

    private static final Pattern SEE_TABLE = Pattern.compile(
            "(?i)(?:see|refer to|in|详见|参见|请参见|见)\\s*(?:the\\s+)?(?:Table|表)\\s*(\\d+)");

    private final PageLayout page;
    private final ServiceIndex index;

    TableResolver(PageLayout page, ServiceIndex index) {
        this.page = page;
        this.index = index;
    }

    /** The table that describes a row's object type: by link, by name, by "see Table N", by field name. */
    ParamTable resolve(ParamTable from, ParamRow row, TypeRef type) {
        TypeRef leaf = type.leaf();
        boolean wantsTable = leaf.kind() == TypeRef.Kind.OBJECT
                || (type.kind() == TypeRef.Kind.ARRAY && type.element() == null)
                || (type.kind() == TypeRef.Kind.MAP && type.element() == null)
                || !row.typeStated();
        if (!wantsTable) {
            return null;
        }
        PageLayout home = index.pageOf(from);
        if (home == null) {
            home = page;
        }
        ParamTable elsewhere = null;
        for (TableDocument.Link link : row.links()) {
            ParamTable t = index.byLink(home, link.target());
            if (t != null && t != from) {
                if (t.doc() == from.doc()) {
                    return t;
                }
                if (elsewhere == null) {
                    elsewhere = t;
                }
            }
        }
        String objectName = leaf.kind() == TypeRef.Kind.OBJECT ? leaf.objectName() : null;
        if (objectName != null) {
            ParamTable t = byCaption(home, from, objectName);
            if (t != null) {
                return t;
            }
        }
        Matcher see = SEE_TABLE.matcher(row.descriptionText());
        while (see.find()) {
            if (linkedElsewhere(row, see.group(), from)) {
                continue; // "see Table 9" links to another page's Table 9
            }
            int number = Integer.parseInt(see.group(1));
            for (ParamTable t : home.tables()) {
                if (t.captionNumber() == number && t != from) {
                    return t;
                }
            }
        }
        ParamTable byField = null;
        for (ParamTable t : home.tables()) {
            if (t == from || t.captionName().isEmpty()) {
                continue;
            }
            boolean named = t.captionKind() == CaptionKind.FIELD
                    && (t.captionName().equals(row.name()) || t.captionName().equals(objectName))
                    || t.captionKind() == CaptionKind.NAMED && sameWord(t.captionName(), row.name());
            if (named && (t.side() == from.side() || from.side() == Side.UNKNOWN)) {
                if (t.index() > from.index()) {
                    return t;
                }
                if (byField == null) {
                    byField = t;
                }
            }
        }
        if (byField != null) {
            return byField;
        }
        // the page's own tables first, then the linked or named table on another page
        if (elsewhere != null) {
            return elsewhere;
        }
        if (objectName != null) {
            ParamTable t = index.byName(home, objectName, from.side());
            if (t != null) {
                return t;
            }
        }
        if (!row.typeStated()) {
            return null;
        }
        // objects named in prose: "For details, see PortRange."
        for (ParamTable t : home.tables()) {
            if (t != from && t.captionKind() == CaptionKind.NAMED
                    && Pattern.compile("\\b" + Pattern.quote(t.captionName()) + "\\b").matcher(row.descriptionText()).find()) {
                return t;
            }
        }
        return null;
    }

    private boolean linkedElsewhere(ParamRow row, String words, ParamTable from) {
        String number = words.replaceAll("\\D+", "");
        for (TableDocument.Link link : row.links()) {
            String target = link.target() == null ? "" : link.target();
            if (link.text().replaceAll("\\D+", "").equals(number) && !target.isEmpty() && !target.startsWith("#")) {
                ParamTable t = index.byLink(index.pageOf(from), target);
                if (t == null || t.doc() != from.doc()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameWord(String caption, String field) {
        return caption.replace("_", "").equalsIgnoreCase(field.replace("_", ""));
    }

    /** A table captioned with the name on this page: same side and status first, the next one after the row's table first. */
    private static ParamTable byCaption(PageLayout home, ParamTable from, String name) {
        ParamTable best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ParamTable t : home.tables()) {
            if (t == from || t.captionKind() != CaptionKind.NAMED || !t.captionName().equals(name)) {
                continue;
            }
            int score = 0;
            if (t.side() == from.side()) {
                score += 4;
            }
            if (java.util.Objects.equals(t.status(), from.status())) {
                score += 2;
            }
            if (t.index() > from.index()) {
                score += 1;
            }
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }
}
