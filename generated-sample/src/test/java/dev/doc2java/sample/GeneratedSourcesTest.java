package dev.doc2java.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks on what the plugin generated from input-docs/ in this build: exactly the files the library
 * gives for the same pages (the page goldens {@code golden-pages/vpc-lattice} and {@code golden-pages/ga}
 * of the generator, which a test there keeps current), the manifest matches the tree, every source was
 * compiled, headers name the pages relative to the repository and never an absolute path of this
 * machine.
 */
class GeneratedSourcesTest {

    private static final Path GENERATED = Path.of(System.getProperty("doc2java.generated", "target/generated-sources/doc2java"));
    private static final Path ROOT = Path.of(System.getProperty("doc2java.root", "..")).toAbsolutePath().normalize();

    /** A page named with a line, as in generated headers: {@code input-docs/ga/ga-create-listener.txt:12}. */
    private static final java.util.regex.Pattern PAGE_REFERENCE =
            java.util.regex.Pattern.compile("([\\w./\\-]+\\.(?:rst|txt|html?|md|markdown)):\\d+");

    /** The generator's page goldens of the two seeds, and the package the plugin puts each in. */
    private static final Map<String, String> SEEDS = Map.of(
            "vpc-lattice/java/dev/doc2java/pages/vpclattice", "dev/doc2java/sample/vpclattice",
            "ga/java/dev/doc2java/pages/ga", "dev/doc2java/sample/ga");

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(GENERATED)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** What the library gives for input-docs/, by path below the output directory, with the sample's packages. */
    private static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        Path goldens = ROOT.resolve("generator/src/test/resources/golden-pages");
        for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
            Path dir = goldens.resolve(seed.getKey());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String text = Files.readString(f).replace("package dev.doc2java.pages.", "package dev.doc2java.sample.");
                    expected.put(seed.getValue() + "/" + f.getFileName(), text);
                }
            }
        }
        return expected;
    }

    @Test
    void thePluginGeneratesWhatTheLibraryGivesForTheSeedPages() throws IOException {
        Map<String, String> expected = expected();
        TreeMap<String, String> actual = new TreeMap<>();
        for (Path f : javaFiles()) {
            actual.put(GENERATED.relativize(f).toString().replace('\\', '/'), Files.readString(f));
        }
        // Whatever the emitters become, these are there: the clients, the union, a request of each service.
        for (String key : List.of("vpclattice/VPCLatticeClient.java", "vpclattice/DefaultAction.java",
                "vpclattice/CreateListenerRequest.java", "ga/GAClient.java", "ga/CreateListenerRequest.java")) {
            assertTrue(actual.containsKey("dev/doc2java/sample/" + key), "missing " + key + " in " + actual.keySet());
        }
        assertTrue(expected.size() >= 20, "the page goldens of the seeds: " + expected.keySet());
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
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
