package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Doc2Java;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole AWS sample corpus ({@code ../shared/corpus/aws}), writes each service's model to
 * {@code target/corpus-models/aws/<service>.json} and scores it against the botocore truth with
 * {@code ../shared/tools/score-model}. Skips when the shared folder is absent.
 */
class Boto3CorpusTest {

    private static Path shared;
    private static Path corpus;
    private static Path out;
    private static Doc2Java.Loaded loaded;
    private static long millis;
    private static Map<String, Map<String, String>> scores;

    @BeforeAll
    static void load() throws Exception {
        String prop = System.getProperty("doc2java.shared");
        Assumptions.assumeTrue(prop != null && Files.isDirectory(Path.of(prop, "corpus", "aws")), "no ../shared corpus");
        shared = Path.of(prop);
        corpus = shared.resolve("corpus/aws");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("per-method"))) {
            s.filter(Files::isDirectory).sorted().forEach(inputs::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("per-service"))) {
            s.filter(p -> p.toString().endsWith(".rst")).sorted().forEach(inputs::add);
        }
        long start = System.nanoTime();
        loaded = Doc2Java.load(inputs);
        millis = (System.nanoTime() - start) / 1_000_000;
        out = Path.of("target/corpus-models/aws");
        Files.createDirectories(out);
        for (ServiceModel m : loaded.services()) {
            Files.writeString(out.resolve(m.id() + ".json"), ModelJson.write(m), StandardCharsets.UTF_8);
        }
        Path diag = Path.of("target/corpus-models/aws-diagnostics.txt");
        StringBuilder sb = new StringBuilder();
        loaded.diagnostics().sorted().forEach(d -> sb.append(d).append('\n'));
        Files.writeString(diag, sb.toString(), StandardCharsets.UTF_8);
        System.out.println("loaded the AWS sample (" + inputs.size() + " inputs) in " + millis + " ms, "
                + loaded.diagnostics().sorted().size() + " diagnostics");
        scores = score();
    }

    private static Map<String, Map<String, String>> score() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", shared.resolve("tools/score-model").toString(), "aws-dir",
                out.toString(), corpus.resolve("truth").toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        Pattern kv = Pattern.compile("(\\w+)=(\\S+)");
        for (String line : text.split("\n")) {
            if (line.startsWith("SCORE aws ")) {
                System.out.println(line);
                String[] parts = line.split(" ");
                Map<String, String> m = new LinkedHashMap<>();
                Matcher matcher = kv.matcher(line);
                while (matcher.find()) {
                    m.put(matcher.group(1), matcher.group(2));
                }
                result.put(parts[2], m);
            }
        }
        return result;
    }

    private static double metric(String service, String key) {
        String v = scores.get(service).get(key);
        return v == null || v.equals("n/a") ? Double.NaN : Double.parseDouble(v);
    }

    @Test
    void everyServiceIsRead() {
        assertEquals(10, loaded.services().size(), loaded.services().stream().map(ServiceModel::id).toList().toString());
        assertTrue(!loaded.diagnostics().hasErrors(), () -> loaded.diagnostics().sorted().stream()
                .filter(d -> d.isError()).limit(20).map(Object::toString).reduce("", (a, b) -> a + "\n" + b));
    }

    @Test
    void scoresHold() {
        for (String service : scores.keySet()) {
            if (service.equals("TOTAL")) {
                continue;
            }
            check(service, "ops_recall", 1.0);
            check(service, "path_f1", 0.999);
            check(service, "type_acc", 0.999);
            check(service, "required_f1", 0.999);
            check(service, "enum_exact", 0.999);
            check(service, "union_rate", 1.0);
            double harmful = metric(service, "harmful_rate");
            assertTrue(Double.isNaN(harmful) || harmful == 0.0, service + " harmful_rate " + harmful);
        }
    }

    private static void check(String service, String key, double min) {
        double v = metric(service, key);
        assertTrue(Double.isNaN(v) || v >= min, service + " " + key + " = " + v + " < " + min);
    }
}
