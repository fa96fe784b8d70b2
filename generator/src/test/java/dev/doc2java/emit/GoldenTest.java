package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated sources compared as whole text with {@code golden/<case>/expected/}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files (then review the diff).
 */
class GoldenTest {

    private static boolean update() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    @TestFactory
    List<DynamicTest> generatedSourcesMatchGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : GoldenFiles.cases()) {
            tests.add(DynamicTest.dynamicTest(name, () -> check(name)));
        }
        assertTrue(tests.size() >= 2, "golden cases missing under " + GoldenFiles.root());
        return tests;
    }

    private static void check(String name) throws IOException {
        List<JavaFile> files = GoldenFiles.emit(name);
        Path expectedDir = GoldenFiles.root().resolve(name).resolve("expected");
        List<Path> wanted = new ArrayList<>();
        for (JavaFile file : files) {
            Path expected = GoldenFiles.expected(name, file);
            wanted.add(expected);
            String actual = file.toString();
            if (update()) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            } else if (!Files.exists(expected)) {
                fail("missing golden file " + expected + " (run with -Dgolden.update=true)");
            } else {
                assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
            }
        }
        try (Stream<Path> present = Files.list(expectedDir)) {
            for (Path p : present.sorted().toList()) {
                if (!wanted.contains(p)) {
                    if (update()) {
                        Files.delete(p);
                    } else {
                        fail("golden file " + p + " is no longer generated (run with -Dgolden.update=true)");
                    }
                }
            }
        }
    }

    @TestFactory
    List<DynamicTest> goldenOutputCompilesWithoutWarnings() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : GoldenFiles.cases()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                InMemoryCompiler.Result result = InMemoryCompiler.compile(GoldenFiles.emit(name));
                assertEquals(List.of(), result.problems());
            }));
        }
        return tests;
    }
}
