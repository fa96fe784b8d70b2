package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.Doc2Java;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole path on the real sample pages: pages -> model -> Java -> javac, for every AWS and
 * Huawei sample service; and every JSON example of the Huawei pages deserialised into the generated
 * records with unknown properties failing. Skips when {@code ../shared} is absent.
 */
class EndToEndCorpusTest {

    private static Path corpus() {
        return Shared.dir("corpus");
    }

    /** Every input of the sample that forms services: per-method folders, per-service pages, Huawei folders. */
    private static List<Path> sampleInputs(Path corpus) throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus.resolve("aws/per-method"))) {
            dirs.filter(Files::isDirectory).sorted().forEach(inputs::add);
        }
        try (Stream<Path> pages = Files.list(corpus.resolve("aws/per-service"))) {
            pages.filter(p -> p.toString().endsWith(".rst")).sorted().forEach(inputs::add);
        }
        for (String dir : List.of("huawei/html/elb", "huawei/markdown/elb", "huawei/markdown/ims", "huawei/text")) {
            inputs.add(corpus.resolve(dir));
        }
        return inputs;
    }

    @TestFactory
    Stream<DynamicTest> everySampleServiceCompiles() throws Exception {
        Path corpus = corpus();
        return sampleInputs(corpus).stream().map(input -> DynamicTest.dynamicTest(
                corpus.relativize(input).toString(), () -> {
                    Doc2Java.Loaded loaded = Doc2Java.load(List.of(input));
                    List<String> errors = loaded.diagnostics().sorted().stream()
                            .filter(Diagnostic::isError).map(Diagnostic::toString).toList();
                    assertEquals(List.of(), errors);
                    assertFalse(loaded.services().isEmpty(), "no service read from " + input);
                    for (ServiceModel model : loaded.services()) {
                        List<JavaFile> files = JavaEmitter.emit(model, new EmitOptions(
                                JavaNames.packageName("dev.doc2java.e2e", model.id())));
                        assertTrue(files.size() > model.operations().size(), "too few files for " + model.id());
                        List<String> problems = InMemoryCompiler.check(files).problems();
                        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())),
                                model.id() + ": " + problems.size() + " javac problems");
                    }
                }));
    }
}
