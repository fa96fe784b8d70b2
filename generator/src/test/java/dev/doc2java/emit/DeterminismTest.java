package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same model, same text: run to run, and whatever order the reader built the model in. */
class DeterminismTest {

    private static List<String> render(List<JavaFile> files) {
        List<String> out = new ArrayList<>();
        for (JavaFile f : files) {
            out.add(f.packageName() + "." + f.typeSpec().name() + "\n" + f);
        }
        return out;
    }

    @Test
    void emittingTwiceGivesIdenticalText() {
        for (String name : GoldenFiles.cases()) {
            assertEquals(render(GoldenFiles.emit(name)), render(GoldenFiles.emit(name)), name);
        }
    }

    @Test
    void outputIsSortedByQualifiedName() {
        for (String name : GoldenFiles.cases()) {
            List<String> names = GoldenFiles.emit(name).stream()
                    .map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
            List<String> sorted = new ArrayList<>(names);
            Collections.sort(sorted);
            assertEquals(sorted, names);
        }
    }

    @Test
    void modelOrderDoesNotMatter() {
        for (String name : GoldenFiles.cases()) {
            ServiceModel model = GoldenFiles.model(name);
            List<Operation> reversedOps = new ArrayList<>(model.operations());
            Collections.reverse(reversedOps);
            List<Map.Entry<String, Shape>> entries = new ArrayList<>(model.shapes().entrySet());
            Collections.reverse(entries);
            Map<String, Shape> reversedShapes = new LinkedHashMap<>();
            entries.forEach(e -> reversedShapes.put(e.getKey(), e.getValue()));
            ServiceModel shuffled = new ServiceModel(model.id(), model.title(), model.flavor(), model.documentation(),
                    reversedOps, new java.util.TreeMap<>(reversedShapes), model.source());
            EmitOptions options = new EmitOptions(GoldenFiles.packageOf(name));
            assertEquals(render(JavaEmitter.emit(model, options)), render(JavaEmitter.emit(shuffled, options)), name);
        }
    }
}
