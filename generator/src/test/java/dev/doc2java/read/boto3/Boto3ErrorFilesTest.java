package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Error files: every {@code errors/boto3/<case>.rst} is read and its diagnostics compared with
 * {@code <case>.diagnostics}, one {@code file:line:col: severity: message [code]} per line.
 * {@code -Dgolden.update=true} rewrites the expectations.
 */
class Boto3ErrorFilesTest {

    private static final Path DIR = Path.of("src/test/resources/errors/boto3");

    @TestFactory
    Stream<DynamicTest> errorFiles() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no error files in " + DIR);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path page) throws IOException {
        String name = page.getFileName().toString();
        Diagnostics d = new Diagnostics();
        new Boto3Reader().read(List.of(new Page(name, "boto3",
                Files.readString(page, StandardCharsets.UTF_8))), d);
        String actual = d.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));
        Path expected = page.resolveSibling(name.replaceAll("\\.rst$", ".diagnostics"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
