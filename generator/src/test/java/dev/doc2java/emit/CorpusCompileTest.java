package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ModelJsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every truth model (10 AWS services, 2 Huawei oracles, via {@code truth-as-model}) survives the model
 * JSON round trip and emits Java that compiles without a single warning ({@code -Xlint:all}).
 * Services are compiled side by side (one javac task each) to keep the test short.
 */
class CorpusCompileTest {

    @Test
    void everyTruthModelCompilesCleanly() throws Exception {
        List<TruthModels.Named> models = TruthModels.all();
        assertTrue(models.size() >= 12, "expected the 12 truth models, got " + models.size());
        List<List<JavaFile>> emitted = new ArrayList<>();
        int files = 0;
        long lines = 0;
        for (TruthModels.Named named : models) {
            String json = ModelJson.write(named.model());
            assertEquals(json, ModelJson.write(ModelJsonReader.read(json)), named.name() + " model JSON round trip");
            String pkg = JavaNames.packageName("dev.doc2java.corpus", named.model().id());
            List<JavaFile> out = JavaEmitter.emit(named.model(), new EmitOptions(pkg));
            emitted.add(out);
            files += out.size();
            for (JavaFile f : out) {
                lines += f.toString().lines().count();
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<String> problems = new ArrayList<>();
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (List<JavaFile> out : emitted) {
                results.add(pool.submit(() -> InMemoryCompiler.check(out).problems()));
            }
            for (Future<List<String>> r : results) {
                problems.addAll(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("corpus: " + models.size() + " models, " + files + " files, " + lines + " lines");
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 30)), problems.size() + " problems");
    }
}
