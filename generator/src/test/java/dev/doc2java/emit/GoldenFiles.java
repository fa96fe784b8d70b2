package dev.doc2java.emit;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.model.ModelJsonReader;
import dev.doc2java.model.ServiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written models under {@code src/test/resources/golden/<case>/model.json} and their outputs. */
final class GoldenFiles {

    private GoldenFiles() {
    }

    static Path root() {
        String root = System.getProperty("doc2java.root");
        Path base = root == null || root.isBlank() ? Path.of("..") : Path.of(root);
        return base.resolve("generator/src/test/resources/golden");
    }

    static List<String> cases() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("model.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceModel model(String name) {
        try {
            return ModelJsonReader.read(Files.readString(root().resolve(name).resolve("model.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String packageOf(String name) {
        return "dev.doc2java.golden." + name;
    }

    static List<JavaFile> emit(String name) {
        return JavaEmitter.emit(model(name), new EmitOptions(packageOf(name)));
    }

    /** Where a generated file's expected text lives: {@code golden/<case>/expected/<Type>.java}. */
    static Path expected(String name, JavaFile file) {
        return root().resolve(name).resolve("expected").resolve(file.typeSpec().name() + ".java");
    }
}
