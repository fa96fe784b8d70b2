package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every truth model (10 AWS services, 2 Huawei oracles) emits Java that compiles without a warning. */
class CorpusCompileTest {

    @Test
    void everyTruthModelCompilesCleanly() throws Exception {
        long t0 = System.nanoTime();
        List<TruthModels.Named> models = TruthModels.all();
        long t1 = System.nanoTime();
        long emitNanos = 0;
        long compileNanos = 0;
        assertTrue(models.size() >= 12, "expected the 12 truth models, got " + models.size());
        List<String> problems = new ArrayList<>();
        int files = 0;
        long lines = 0;
        for (TruthModels.Named named : models) {
            String pkg = JavaNames.packageName("dev.doc2java.corpus", named.model().id());
            long e0 = System.nanoTime();
            List<JavaFile> out = JavaEmitter.emit(named.model(), new EmitOptions(pkg));
            emitNanos += System.nanoTime() - e0;
            files += out.size();
            for (JavaFile f : out) {
                lines += f.toString().lines().count();
            }
            long c0 = System.nanoTime();
            InMemoryCompiler.Result result = InMemoryCompiler.check(out);
            compileNanos += System.nanoTime() - c0;
            problems.addAll(result.problems());
        }
        System.out.println("corpus: " + models.size() + " models, " + files + " files, " + lines + " lines; convert " + (t1 - t0) / 1_000_000 + " ms, emit " + emitNanos / 1_000_000
                + " ms, compile " + compileNanos / 1_000_000 + " ms");
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 30)), problems.size() + " problems");
    }
}
