package dev.doc2java.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Error files (Smithy's errorfiles): every broken page {@code src/test/resources/errors/<dir>/<case>.<ext>}
 * stands beside {@code <case>.diagnostics}, the exact diagnostics expected, one
 * {@code file:line:col: severity: message [code]} a line. {@code -Dgolden.update=true} rewrites the
 * expectations; a missing one fails with its path.
 */
public final class ErrorFiles {

    /** How a case's page is named in its diagnostics. */
    public enum Naming {
        /** The file name alone ({@code broken.rst}). */
        FILE_NAME,
        /** {@code errors/<dir>/<file name>}. */
        RESOURCE_PATH
    }

    private ErrorFiles() {
    }

    /**
     * One dynamic test per page in {@code errors/<dir>}: {@code read} takes the page and reports into
     * the diagnostics; the result must be non-empty and equal the {@code .diagnostics} file.
     */
    public static Stream<DynamicTest> cases(String dir, Naming naming, BiConsumer<Page, Diagnostics> read) {
        Path folder = Path.of(System.getProperty("doc2java.root", ".."), "generator", "src", "test", "resources", "errors", dir);
        List<Path> pages;
        try (Stream<Path> s = Files.list(folder)) {
            pages = s.filter(p -> !p.getFileName().toString().endsWith(".diagnostics")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(pages.isEmpty(), "no error files in " + folder);
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
                () -> check(dir, naming, page, read)));
    }

    private static void check(String dir, Naming naming, Path file, BiConsumer<Page, Diagnostics> read) throws IOException {
        String name = file.getFileName().toString();
        // Lenient decoding: some cases are binary junk on purpose.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        String pagePath = naming == Naming.FILE_NAME ? name : "errors/" + dir + "/" + name;
        Diagnostics diagnostics = new Diagnostics();
        read.accept(new Page(pagePath, dir, text), diagnostics);
        String actual = diagnostics.sorted().stream().map(Diagnostic::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        Path expected = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".diagnostics");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dgolden.update=true to create it)");
        assertFalse(diagnostics.isEmpty(), "a broken page must give at least one diagnostic: " + name);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
