package dev.doc2java.read.huawei;

import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Expands a table's body rows into a rectangular grid, repeating cells that span rows or columns. */
final class Grid {

    private Grid() {
    }

    static List<List<Cell>> rows(Table table, int width) {
        List<List<Cell>> out = new ArrayList<>();
        Cell[] carried = new Cell[Math.max(width, 1)];
        int[] left = new int[carried.length];
        for (Row row : table.rows()) {
            Cell[] line = new Cell[carried.length];
            int col = 0;
            int next = 0;
            List<Cell> cells = row.cells();
            while (col < line.length) {
                if (left[col] > 0) {
                    line[col] = carried[col];
                    left[col]--;
                    col++;
                    continue;
                }
                if (next >= cells.size()) {
                    break;
                }
                Cell c = cells.get(next++);
                int span = Math.max(1, c.colspan());
                for (int k = 0; k < span && col < line.length; k++, col++) {
                    line[col] = c;
                    if (c.rowspan() > 1) {
                        carried[col] = c;
                        left[col] = c.rowspan() - 1;
                    }
                }
            }
            List<Cell> list = new ArrayList<>(Arrays.asList(line));
            while (!list.isEmpty() && list.get(list.size() - 1) == null) {
                list.remove(list.size() - 1);
            }
            if (list.contains(null)) {
                list.replaceAll(c -> c == null ? new Cell(List.of(), 1, 1, row.location()) : c);
            }
            if (!list.isEmpty()) {
                out.add(list);
            }
        }
        return out;
    }
}
