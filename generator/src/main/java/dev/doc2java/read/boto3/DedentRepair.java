package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads past a boto3 rendering quirk: an example description that holds a line break is printed
 * with its second line at column 0, inside a method. In reStructuredText that line ends the method
 * and the client's {@code py:class} block, and every later method of the page would come out as a
 * stray block outside the client.
 *
 * <p>The rule: after a {@code py:class} or {@code py:method} block, paragraphs at or left of its
 * column that are followed by blocks indented deeper than it again are text of that block printed
 * too far left; they and what follows them, as long as it is indented deeper, belong to the block.
 * Each such paragraph gets an info diagnostic.
 */
final class DedentRepair {

    /** Paragraphs printed too far left, with the innermost block they belong to. */
    private final Map<RstBlock, RstBlock> dedented = new LinkedHashMap<>();

    private DedentRepair() {
    }

    static List<RstBlock> repair(List<RstBlock> blocks, Page page, Diagnostics diagnostics) {
        DedentRepair r = new DedentRepair();
        List<RstBlock> out = r.nest(blocks);
        r.dedented.forEach((paragraph, owner) -> diagnostics.info("boto3.dedent", page.at(paragraph.line(), paragraph.column()),
                "text at column " + paragraph.column() + " inside '.. " + owner.name() + ":: " + owner.text()
                + "' (a boto3 rendering quirk) would end that block; it is read as part of it"));
        return out;
    }

    private static boolean container(RstBlock b) {
        return b.isDirective("py:class") || b.isDirective("py:method");
    }

    private List<RstBlock> nest(List<RstBlock> blocks) {
        List<RstBlock> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            RstBlock b = blocks.get(i++);
            if (!container(b)) {
                out.add(b);
                continue;
            }
            List<RstBlock> children = new ArrayList<>(b.children());
            while (i < blocks.size()) {
                int k = i;
                while (k < blocks.size() && blocks.get(k).column() <= b.column() && blocks.get(k).is(RstBlock.Kind.PARAGRAPH)) {
                    k++;
                }
                if (k >= blocks.size() || blocks.get(k).column() <= b.column()) {
                    break;
                }
                for (int x = i; x < k; x++) {
                    dedented.put(blocks.get(x), b);
                }
                children.addAll(blocks.subList(i, k + 1));
                i = k + 1;
            }
            out.add(new RstBlock(b.kind(), b.line(), b.column(), b.name(), b.text(), nest(children)));
        }
        return out;
    }
}
