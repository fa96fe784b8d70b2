package dev.doc2java.read.table;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.Row;
import java.util.ArrayList;
import java.util.List;

/** Checks that every row of a table spans as many columns as its header, counting row and column spans. */
final class TableShape {

    private TableShape() {
    }

    /** The width of each row in grid columns, cells spanning down from earlier rows included. */
    static List<Integer> widths(List<Row> rows) {
        List<Integer> widths = new ArrayList<>();
        List<Integer> carried = new ArrayList<>(); // rows still covered, per grid column
        for (Row row : rows) {
            int col = 0;
            int width = 0;
            List<Integer> next = new ArrayList<>();
            for (Cell cell : row.cells()) {
                while (col < carried.size() && carried.get(col) > 0) {
                    set(next, col, carried.get(col) - 1);
                    col++;
                    width++;
                }
                for (int k = 0; k < cell.colspan(); k++) {
                    set(next, col, cell.rowspan() - 1);
                    col++;
                    width++;
                }
            }
            while (col < carried.size()) {
                if (carried.get(col) > 0) {
                    set(next, col, carried.get(col) - 1);
                    width++;
                }
                col++;
            }
            widths.add(width);
            carried = next;
        }
        return widths;
    }

    private static void set(List<Integer> list, int index, int value) {
        while (list.size() <= index) {
            list.add(0);
        }
        list.set(index, value);
    }

    /** Reports rows whose width differs from the header's (or, with no header, the first row's). */
    static void check(List<Row> header, List<Row> body, Diagnostics diagnostics) {
        List<Row> all = new ArrayList<>(header);
        all.addAll(body);
        if (all.isEmpty()) {
            return;
        }
        List<Integer> widths = widths(all);
        int expected = widths.get(0);
        for (int i = 1; i < all.size(); i++) {
            int w = widths.get(i);
            if (w != expected) {
                Row row = all.get(i);
                diagnostics.warning("table.cell-count", row.location(),
                        "the row spans " + w + (w == 1 ? " column" : " columns") + " where the table's first row spans "
                                + expected);
            }
        }
    }
}
