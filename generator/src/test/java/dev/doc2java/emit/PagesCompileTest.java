package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.Doc2Java;
import dev.doc2java.model.ServiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the real pages of the shared corpus: whatever the readers make of them, the
 * emitted Java compiles without a warning. Skips when ../shared is absent.
 */
class PagesCompileTest {

    @Test
    void everyCorpusServiceCompilesCleanly() {
        Path corpus = TruthModels.shared().resolve("corpus");
        List<Path> inputs = new ArrayList<>();
        for (String dir : List.of("aws/per-service", "aws/per-method", "huawei/html", "huawei/markdown", "huawei/text")) {
            if (Files.isDirectory(corpus.resolve(dir))) {
                inputs.add(corpus.resolve(dir));
            }
        }
        Doc2Java.Loaded loaded = Doc2Java.load(corpus, inputs.stream().map(corpus::relativize).toList());
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (ServiceModel model : loaded.services()) {
            List<JavaFile> out = JavaEmitter.emit(model,
                    new EmitOptions(JavaNames.packageName("dev.doc2java.pages", model.id())));
            files += out.size();
            for (String p : InMemoryCompiler.check(out).problems()) {
                problems.add(model.id() + ": " + p);
            }
        }
        System.out.println("pages: " + loaded.services().size() + " services, " + files + " files");
        assertTrue(loaded.services().size() >= 5, "services read: " + loaded.services().size());
        assertEquals(List.of(), problems.subList(0, Math.min(30, problems.size())), problems.size() + " problems");
    }
}
