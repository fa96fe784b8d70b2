package dev.doc2java.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks on what the plugin generated from input-docs/ in this build that hold whatever the
 * emitters produce: the manifest matches the tree, every source was compiled, headers name the
 * pages relative to the repository and never an absolute path of this machine.
 */
class GeneratedSourcesTest {

    private static final Path GENERATED = Path.of(System.getProperty("doc2java.generated", "target/generated-sources/doc2java"));
    private static final Path ROOT = Path.of(System.getProperty("doc2java.root", "..")).toAbsolutePath().normalize();

    /** A page named with a line, as in generated headers: {@code input-docs/ga/ga-create-listener.txt:12}. */
    private static final java.util.regex.Pattern PAGE_REFERENCE =
            java.util.regex.Pattern.compile("([\\w./\\-]+\\.(?:rst|txt|html?|md|markdown)):\\d+");

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(GENERATED)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void theManifestListsExactlyTheGeneratedFiles() throws IOException {
        Path manifest = GENERATED.resolve(".doc2java-manifest");
        assertTrue(Files.isRegularFile(manifest), "the plugin ran and kept a manifest");
        TreeSet<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(manifest)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.substring(line.indexOf(' ') + 1));
            }
        }
        TreeSet<String> present = new TreeSet<>();
        for (Path f : javaFiles()) {
            present.add(GENERATED.relativize(f).toString().replace('\\', '/'));
        }
        assertEquals(listed, present);
    }

    @Test
    void everyGeneratedSourceIsCompiledAndInTheSamplePackage() throws IOException {
        for (Path f : javaFiles()) {
            String rel = GENERATED.relativize(f).toString().replace('\\', '/');
            assertTrue(rel.startsWith("dev/doc2java/sample/"), rel);
            String className = rel.substring(0, rel.length() - ".java".length()).replace('/', '.');
            try {
                Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError("not compiled: " + className, e);
            }
        }
    }

    @Test
    void headersNameThePagesRelativeToTheRepository() throws IOException {
        for (Path f : javaFiles()) {
            String text = Files.readString(f);
            assertFalse(text.contains(ROOT.toString()), "absolute path in " + f);
            java.util.regex.Matcher page = PAGE_REFERENCE.matcher(text);
            while (page.find()) {
                assertTrue(page.group(1).startsWith("input-docs/"), "page reference " + page.group() + " in " + f);
            }
        }
    }
}
