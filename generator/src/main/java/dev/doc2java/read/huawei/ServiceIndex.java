package dev.doc2java.read.huawei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parameter tables of all pages of one service, for links to other pages ({@code other.md#anchor})
 * and for object names a page uses but describes elsewhere (a shared data-structure page).
 */
final class ServiceIndex {

    private final List<PageLayout> pages;

    ServiceIndex(List<PageLayout> pages) {
        List<PageLayout> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(p -> p.doc().path()));
        this.pages = List.copyOf(sorted);
    }

    /** The table a link target names: {@code #anchor} on {@code from}'s page, or {@code file#anchor} on another page. */
    ParamTable byLink(PageLayout from, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        String t = target.trim();
        int hash = t.indexOf('#');
        String file = hash < 0 ? t : t.substring(0, hash);
        String anchor = hash < 0 ? "" : t.substring(hash + 1);
        if (file.isEmpty()) {
            return byAnchor(from, anchor);
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        for (PageLayout p : pages) {
            if (p.doc().path().endsWith("/" + base) || p.doc().path().equals(base)) {
                if (anchor.isEmpty()) {
                    return p.tables().isEmpty() ? null : p.tables().get(0);
                }
                ParamTable found = byAnchor(p, anchor);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static ParamTable byAnchor(PageLayout page, String anchor) {
        if (anchor.isEmpty()) {
            return null;
        }
        for (ParamTable table : page.tables()) {
            String id = table.id();
            if (id.isEmpty()) {
                continue;
            }
            if (id.equals(anchor) || id.endsWith("__" + anchor) || anchor.endsWith("__" + id)) {
                return table;
            }
        }
        return null;
    }

    /**
     * A table captioned with this model name on another page: on a page that is no operation (a
     * data-structure page) first, then on the same side (request or response) of another operation.
     */
    ParamTable byName(PageLayout from, String name, ParamTable.Side side) {
        ParamTable sameSide = null;
        ParamTable any = null;
        for (PageLayout p : pages) {
            if (p == from) {
                continue;
            }
            for (ParamTable t : p.tables()) {
                if (t.captionKind() == ParamTable.CaptionKind.NAMED && t.captionName().equals(name)) {
                    if (!p.isOperation()) {
                        return t;
                    }
                    if (sameSide == null && t.side() == side) {
                        sameSide = t;
                    }
                    if (any == null) {
                        any = t;
                    }
                }
            }
        }
        return sameSide != null ? sameSide : any;
    }

    PageLayout pageOf(ParamTable table) {
        for (PageLayout p : pages) {
            if (p.doc() == table.doc()) {
                return p;
            }
        }
        return null;
    }
}
