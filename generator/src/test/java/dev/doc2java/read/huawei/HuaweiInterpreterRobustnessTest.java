package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import dev.doc2java.read.table.TableDocuments;
import dev.doc2java.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real pages damaged on purpose (blocks dropped, shuffled, tables cut, cells removed): the
 * interpreter never throws, and the same input gives the same model.
 */
class HuaweiInterpreterRobustnessTest {

    @Test
    void damagedPagesNeverCrashTheInterpreter() throws Exception {
        Path dir = Shared.dir("corpus", "huawei", "html", "elb");
        List<TableDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().limit(60).toList()) {
                Page page = new Page("elb/" + p.getFileName(), "elb", Files.readString(p, StandardCharsets.UTF_8));
                docs.add(TableDocuments.read(page, new Diagnostics()));
            }
        }
        Random random = new Random(20261122L);
        List<TableDocument> damaged = new ArrayList<>();
        for (TableDocument doc : docs) {
            for (int variant = 0; variant < 4; variant++) {
                damaged.add(damage(doc, random, variant));
            }
        }
        Diagnostics d = new Diagnostics();
        ServiceModel first = HuaweiReader.interpret("elb", damaged, d);
        for (Diagnostic x : d.sorted()) {
            assertTrue(!x.code().equals("huawei.page-failed") && !x.code().equals("huawei.service-failed"), x.toString());
        }
        ServiceModel again = HuaweiReader.interpret("elb", damaged, new Diagnostics());
        assertEquals(ModelJson.write(first), ModelJson.write(again));
    }

    private static TableDocument damage(TableDocument doc, Random random, int variant) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        switch (variant) {
            case 0 -> blocks.removeIf(b -> random.nextInt(3) == 0);
            case 1 -> Collections.shuffle(blocks, random);
            case 2 -> {
                List<Block> cut = new ArrayList<>();
                for (Block b : blocks) {
                    cut.add(b instanceof Table t ? cutTable(t, random) : b);
                }
                blocks = cut;
            }
            default -> {
                if (!blocks.isEmpty()) {
                    blocks = blocks.subList(0, random.nextInt(blocks.size()));
                }
            }
        }
        return new TableDocument(doc.path().replace(".html", "-" + variant + ".html"), doc.title(), doc.titleLocation(),
                blocks);
    }

    private static Table cutTable(Table t, Random random) {
        List<Row> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<TableDocument.Cell> cells = new ArrayList<>(r.cells());
            if (!cells.isEmpty() && random.nextBoolean()) {
                cells.remove(random.nextInt(cells.size()));
            }
            rows.add(new Row(cells, r.location()));
        }
        List<Row> header = random.nextInt(4) == 0 ? List.of() : t.header();
        return new Table(t.id(), random.nextBoolean() ? t.caption() : null, header, rows, t.location());
    }
}
