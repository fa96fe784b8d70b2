package dev.doc2java.read.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden dumps: every fixture page under {@code tables/{html,markdown,text}} printed with
 * {@link TableDocumentPrinter} (and its diagnostics) must equal {@code tables/golden/<file>.dump};
 * {@code -Dgolden.update=true} rewrites them.
 */
class TableGoldenTest {

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException, URISyntaxException {
        List<String> pages = new ArrayList<>();
        for (String dir : List.of("html", "markdown", "text")) {
            Path folder = Path.of(TableGoldenTest.class.getClassLoader().getResource("tables/" + dir).toURI());
            try (Stream<Path> s = Files.list(folder)) {
                s.map(p -> "tables/" + dir + "/" + p.getFileName()).sorted().forEach(pages::add);
            }
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(p, () -> check(p)));
    }

    private static void check(String resource) throws IOException {
        Page page = Fixtures.resource(resource);
        Diagnostics d = new Diagnostics();
        String actual = TableDocumentPrinter.print(TableDocuments.read(page, d))
                + d.sorted().stream().map(Diagnostic::toString).map(s -> "diagnostic " + s + "\n")
                        .collect(Collectors.joining());
        String golden = "tables/golden/" + resource.substring(resource.lastIndexOf('/') + 1) + ".dump";
        if (Boolean.getBoolean("golden.update")) {
            Path src = Path.of(System.getProperty("doc2java.root", ".."), "generator", "src", "test", "resources", golden);
            Files.createDirectories(src.getParent());
            Files.writeString(src, actual, StandardCharsets.UTF_8);
            return;
        }
        var url = TableGoldenTest.class.getClassLoader().getResource(golden);
        assertTrue(url != null, "missing golden file src/test/resources/" + golden
                + " (run with -Dgolden.update=true to create it)");
        String expected;
        try {
            expected = Files.readString(Path.of(url.toURI()), StandardCharsets.UTF_8);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        assertEquals(expected, actual, golden);
    }
}
