package dev.doc2java.read.table;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument.Block;
import dev.doc2java.read.table.TableDocument.Cell;
import dev.doc2java.read.table.TableDocument.Row;
import dev.doc2java.read.table.TableDocument.Table;
import dev.doc2java.testing.Shared;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test helpers: fixture pages, the shared corpus, and short ways to look into a document. */
final class Fixtures {

    private Fixtures() {
    }

    /** A test resource as a page whose path is the resource path. */
    static Page resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "missing test resource " + path);
            return new Page(path, "", new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Page page(String path, String text) {
        return new Page(path, "", text);
    }

    /** The shared corpus folder {@code huawei/<sub>}, skipping the test when it is absent. */
    static Path corpus(String sub) {
        return Shared.dir("corpus", "huawei", sub);
    }

    static Page corpusPage(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Path base = file.getParent().getParent();
            return new Page(base.relativize(file).toString().replace('\\', '/'), file.getParent().getFileName().toString(),
                    text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir, String ext) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith("." + ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableDocument read(Page page, Diagnostics d) {
        return TableDocuments.read(page, d);
    }

    static List<Table> tables(TableDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    static <T extends Block> List<T> blocks(TableDocument doc, Class<T> type) {
        return doc.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> cells(Row row) {
        return row.cells().stream().map(Cell::plainText).toList();
    }

    static List<String> header(Table t) {
        return t.header().isEmpty() ? List.of() : cells(t.header().get(0));
    }

    static List<String> firstColumn(Table t) {
        return t.rows().stream().map(r -> r.cells().isEmpty() ? "" : r.cells().get(0).plainText()).toList();
    }

    static Optional<Table> tableCaptioned(TableDocument doc, String captionEnd) {
        return tables(doc).stream()
                .filter(t -> t.caption() != null && t.caption().plain().endsWith(captionEnd))
                .findFirst();
    }
}
