package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Error files for the interpreter: each {@code errors/huawei/<case>.<ext>} beside
 * {@code <case>.diagnostics}, every diagnostic the Huawei reader gives for the page (reader and
 * interpreter), one a line. {@code -Dgolden.update=true} rewrites the expectations.
 */
class HuaweiErrorFilesTest {

    private static final String DIR = "errors/huawei";

    @TestFactory
    Stream<DynamicTest> errorFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(HuaweiErrorFilesTest.class.getClassLoader().getResource(DIR).toURI());
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> !p.getFileName().toString().endsWith(".diagnostics")).sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        String text = Files.readString(input, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Page page = new Page(DIR + "/" + name, "huawei", text);
        Diagnostics d = new Diagnostics();
        new HuaweiReader().read(List.of(page), d);
        String actual = d.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));
        String expectedName = name.substring(0, name.lastIndexOf('.')) + ".diagnostics";
        if (Boolean.getBoolean("golden.update")) {
            Path src = Path.of(System.getProperty("doc2java.root", ".."), "generator", "src", "test", "resources", DIR,
                    expectedName);
            Files.writeString(src, actual, StandardCharsets.UTF_8);
            return;
        }
        Path expected = input.resolveSibling(expectedName);
        assertTrue(Files.exists(expected), "missing " + DIR + "/" + expectedName
                + " (run with -Dgolden.update=true to create it)");
        assertFalse(d.isEmpty(), "a broken page must give at least one diagnostic");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
