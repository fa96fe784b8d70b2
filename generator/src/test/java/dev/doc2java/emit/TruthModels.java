package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.doc2java.model.ModelJsonReader;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The perfect models of the shared truth data, made by {@code ../shared/tools/truth-as-model}
 * (AWS truth files and Huawei oracles, shapes renamed at random). Skips when ../shared is absent;
 * when it is there, a truth file that cannot be converted or read fails the test.
 */
final class TruthModels {

    record Named(String name, ServiceModel model) {
    }

    private TruthModels() {
    }

    static Path shared() {
        return Shared.dir("corpus").getParent();
    }

    static List<Named> all() throws IOException, InterruptedException {
        Path shared = shared();
        List<Named> out = new ArrayList<>();
        for (Path truth : list(shared.resolve("corpus/aws/truth"))) {
            out.add(new Named(truth.getFileName().toString(), convert(shared, truth, false)));
        }
        for (Path oracle : list(shared.resolve("corpus/huawei/oracle"))) {
            out.add(new Named("huawei-" + oracle.getFileName(), convert(shared, oracle, true)));
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static ServiceModel convert(Path shared, Path truth, boolean huawei) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", shared.resolve("tools/truth-as-model").toString()));
        if (huawei) {
            command.add("--huawei");
        }
        command.add(truth.toString());
        Path errors = Files.createTempFile("truth-as-model", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            // ../shared is there (Shared.dir skips otherwise): a truth file it cannot convert is a failure.
            assertEquals(0, exit, () -> "truth-as-model failed on " + truth + ": " + read(errors));
            return ModelJsonReader.read(json);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }
}
