package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.Doc2Java;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * End-to-end goldens from real pages: for each case, a few committed pages are read (paths
 * relative to the repository root, so nothing machine-specific reaches the output) and three
 * things are compared as whole text with {@code src/test/resources/golden-pages/<case>/}:
 * <ul>
 *   <li>{@code model.json}: the canonical model ({@link ModelJson#write});</li>
 *   <li>{@code diagnostics.txt}: every diagnostic of the run, sorted, one per line;</li>
 *   <li>{@code java/<package path>/<Type>.java}: every generated source, exactly as the writer
 *       would write it.</li>
 * </ul>
 * Every generated case is also compiled (runtime + Jackson only, all lint warnings are problems).
 * Run with {@code -Dgolden.update=true} to rewrite the goldens (stale files of a case are deleted),
 * then review the diff.
 *
 * <p>Pages: the two seeds in {@code input-docs/} read in place, and copies of real pages under
 * {@code src/test/resources/pages/} (see the README there for sources and licences).
 */
class PageGoldenTest {

    private static final String PAGES = "generator/src/test/resources/pages/";

    /** One golden case: a name (its folder under golden-pages/) and its inputs relative to the repository root. */
    record Case(String name, List<String> inputs) {
    }

    static final List<Case> CASES = List.of(
            new Case("vpc-lattice", List.of("input-docs/vpc-lattice/create_listener.rst")),
            new Case("ga", List.of("input-docs/ga/ga-create-listener.txt")),
            new Case("huawei-html-elb", List.of(PAGES + "huawei-html/elb/CreateListener.html")),
            new Case("aws-bedrock-runtime", List.of(PAGES + "aws/bedrock-runtime")),
            new Case("aws-lexv2-runtime", List.of(PAGES + "aws/lexv2-runtime")));

    private static boolean update() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    static Path repositoryRoot() {
        String root = System.getProperty("doc2java.root");
        return (root == null || root.isBlank() ? Path.of("..") : Path.of(root)).toAbsolutePath().normalize();
    }

    static Path goldenRoot() {
        return repositoryRoot().resolve("generator/src/test/resources/golden-pages");
    }

    /** What one case produces: the golden texts by path relative to its folder, and the Java files. */
    record Output(SortedMap<String, String> texts, List<JavaFile> javaFiles) {
    }

    static Output run(Case c) {
        Doc2Java.Loaded loaded = Doc2Java.load(repositoryRoot(), c.inputs().stream().map(Path::of).toList());
        List<ServiceModel> services = loaded.services();
        if (services.size() != 1) {
            fail(c.name() + ": each case must describe exactly one service, got "
                    + services.stream().map(ServiceModel::id).toList() + "; diagnostics: " + loaded.diagnostics().sorted());
        }
        Diagnostics emitDiagnostics = new Diagnostics();
        SortedMap<String, String> texts = new TreeMap<>();
        List<JavaFile> javaFiles = new ArrayList<>();
        ServiceModel model = services.get(0);
        texts.put("model.json", ModelJson.write(model));
        javaFiles.addAll(JavaEmitter.emit(model, new EmitOptions(JavaNames.packageName("dev.doc2java.pages", model.id()))));
        Optional<SortedMap<String, String>> sources = SourceWriter.javaSources(javaFiles, emitDiagnostics);
        sources.ifPresent(s -> s.forEach((path, text) -> texts.put("java/" + path, text)));
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics().sorted());
        all.addAll(emitDiagnostics.sorted());
        texts.put("diagnostics.txt", all.stream().map(d -> d.toString() + "\n").collect(Collectors.joining()));
        return new Output(texts, javaFiles);
    }

    @TestFactory
    List<DynamicTest> pagesMatchGoldenModelJavaAndDiagnostics() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
        }
        return tests;
    }

    /**
     * All cases are compiled together in one javac run (each case has its own package; one run
     * instead of five keeps the test fast), and each case then checks the problems in its files.
     */
    @TestFactory
    List<DynamicTest> pageGoldensCompileWithoutProblems() {
        List<JavaFile> all = new ArrayList<>();
        Map<String, String> packageDirs = new TreeMap<>();
        for (Case c : CASES) {
            List<JavaFile> files = run(c).javaFiles();
            assertFalse(files.isEmpty(), "no Java generated for " + c.name());
            packageDirs.put(c.name(), files.get(0).packageName().replace('.', '/') + "/");
            all.addAll(files);
        }
        List<String> problems = InMemoryCompiler.compile(all).problems();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            String dir = packageDirs.get(c.name());
            tests.add(DynamicTest.dynamicTest(c.name(), () -> assertEquals(List.of(),
                    problems.stream().filter(p -> p.contains(" " + dir) || p.matches("\\S+ :.*")).toList(), c.name())));
        }
        return tests;
    }

    private static void check(Case c) throws IOException {
        Output output = run(c);
        Path dir = goldenRoot().resolve(c.name());
        String absoluteRoot = repositoryRoot().toString();
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> e : output.texts().entrySet()) {
            Path golden = dir.resolve(e.getKey());
            String actual = e.getValue();
            checks.add(() -> assertFalse(actual.contains(absoluteRoot),
                    golden + " mentions the absolute path " + absoluteRoot + ": sources must be relative"));
            if (update()) {
                Files.createDirectories(golden.getParent());
                if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                }
            } else if (!Files.exists(golden)) {
                checks.add(() -> fail("missing golden file " + golden + " (run with -Dgolden.update=true)"));
            } else {
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                checks.add(() -> assertEquals(expected, actual, "golden file " + golden));
            }
        }
        if (Files.isDirectory(dir)) {
            List<Path> present;
            try (Stream<Path> walk = Files.walk(dir)) {
                present = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : present) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                if (!output.texts().containsKey(relative)) {
                    if (update()) {
                        Files.delete(p);
                    } else {
                        checks.add(() -> fail("golden file " + p + " is no longer generated (run with -Dgolden.update=true)"));
                    }
                }
            }
            if (update()) {
                deleteEmptyDirectories(dir);
            }
        }
        assertAll(c.name(), checks);
    }

    private static void deleteEmptyDirectories(Path dir) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(dir)) {
            dirs = walk.filter(Files::isDirectory).sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path d : dirs) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isEmpty() && !d.equals(dir)) {
                    Files.delete(d);
                }
            }
        }
    }
}
