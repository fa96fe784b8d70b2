package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Doc2Java;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Severity;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Huawei sample corpus (../shared/corpus/huawei) read end to end: every page yields an operation
 * or an explained skip, no page crashes, and the models score against the SDK oracles with
 * {@code score-model --docs-restrict}. Skips when the shared folder is absent.
 */
class HuaweiCorpusTest {

    private static final Path OUT = Path.of("target", "corpus-models", "huawei");

    private static Path corpus() {
        return Shared.dir("corpus", "huawei");
    }

    /** The folder as a path relative to the working directory, as a user would type it. */
    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return cwd.relativize(p.toAbsolutePath().normalize());
    }

    private static Doc2Java.Loaded load(Path dir) {
        Doc2Java.Loaded loaded = Doc2Java.load(List.of(relative(dir)));
        Assumptions.assumeFalse(loaded.diagnostics().sorted().stream()
                .anyMatch(d -> d.code().equals("table.unsupported-page")), "no table reader yet for pages in " + dir);
        for (Diagnostic d : loaded.diagnostics().sorted()) {
            assertFalse(d.code().equals("huawei.page-failed"), "page crashed: " + d);
        }
        return loaded;
    }

    /** Every page: an operation, or an INFO skip that says why. */
    private static Outcome outcome(Path dir, Doc2Java.Loaded loaded) throws IOException {
        Set<String> operationPages = new HashSet<>();
        for (ServiceModel m : loaded.services()) {
            for (Operation op : m.operations()) {
                operationPages.add(op.source().file());
            }
        }
        Set<String> skipped = new HashSet<>();
        int warnings = 0;
        int errors = 0;
        for (Diagnostic d : loaded.diagnostics().sorted()) {
            if (d.code().equals("huawei.page-skipped")) {
                skipped.add(d.location().file());
            }
            if (d.severity() == Severity.WARNING) {
                warnings++;
            } else if (d.severity() == Severity.ERROR) {
                errors++;
            }
        }
        int pages = 0;
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|md|txt)$")).toList()) {
                pages++;
                String shown = relative(dir).toString().replace('\\', '/') + "/"
                        + dir.relativize(p).toString().replace('\\', '/');
                assertTrue(operationPages.contains(shown) || skipped.contains(shown),
                        "page neither read as an operation nor skipped with a reason: " + shown);
            }
        }
        Outcome o = new Outcome(pages, operationPages.size(), skipped.size(), warnings, errors);
        System.out.println("# " + dir.getFileName() + ": " + o);
        return o;
    }

    record Outcome(int pages, int operations, int skipped, int warnings, int errors) {
    }

    private static Path write(String folder, ServiceModel model) throws IOException {
        Path dir = OUT.resolve(folder);
        Files.createDirectories(dir);
        Path file = dir.resolve(model.id() + ".json");
        Files.writeString(file, ModelJson.write(model), StandardCharsets.UTF_8);
        return file;
    }

    /** Runs score-model and returns the restricted headline metrics. */
    static Map<String, String> score(Path model, Path oracle) throws IOException, InterruptedException {
        Path tool = Shared.dir("tools").resolve("score-model");
        ProcessBuilder pb = new ProcessBuilder("python3", tool.toString(), "huawei", model.toString(), oracle.toString(),
                "--docs-restrict", "--docs-root", ".", "--details", "400");
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("python3 not available: " + e.getMessage());
            return Map.of();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Files.writeString(Path.of(model.toString().replaceAll("\\.json$", ".score.txt")), out, StandardCharsets.UTF_8);
        String headline = out.lines().filter(l -> l.startsWith("SCORE ")).reduce((a, b) -> b).orElseThrow();
        System.out.println(headline);
        Map<String, String> metrics = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(headline);
        while (m.find()) {
            metrics.put(m.group(1), m.group(2));
        }
        return metrics;
    }

    private static double num(Map<String, String> metrics, String key) {
        return Double.parseDouble(metrics.get(key));
    }

    @Test
    void seedTextPageScoresPerfectly() throws Exception {
        Path corpus = corpus();
        Doc2Java.Loaded loaded = load(corpus.resolve("text"));
        outcome(corpus.resolve("text"), loaded);
        assertEquals(1, loaded.services().size(), loaded.diagnostics().sorted().toString());
        ServiceModel ga = loaded.services().get(0);
        assertEquals("ga", ga.id());
        Path model = write("text", ga);
        Map<String, String> s = score(model, corpus.resolve("oracle").resolve("ga.json"));
        assertEquals("1/1", s.get("ops_matched"));
        for (String k : List.of("path_f1", "type_acc", "required_f1", "enum_exact")) {
            assertEquals(1.0, num(s, k), k + " in " + s);
        }
        assertEquals(0.0, num(s, "harmful_rate"), s.toString());
    }

    @Test
    void dedicatedLoadBalancerHtmlPagesScore() throws Exception {
        Path corpus = corpus();
        Path dir = corpus.resolve("html").resolve("elb");
        Doc2Java.Loaded loaded = load(dir);
        Outcome o = outcome(dir, loaded);
        assertEquals(187, o.pages());
        ServiceModel elb = loaded.services().stream().filter(m -> m.id().equals("elb")).findFirst().orElseThrow();
        write("html", elb);
        List<Operation> v3 = elb.operations().stream()
                .filter(op -> op.http() != null && op.http().uri().startsWith("/v3/")).toList();
        assertEquals(46, v3.size(), "the 45 dedicated pages and the duplicate CreatePool1");
        Path model = write("html-v3", elb.withOperations(v3));
        Map<String, String> s = score(model, corpus.resolve("oracle").resolve("elb.json"));
        assertTrue(num(s, "path_f1") >= 0.98, s.toString());
        assertTrue(num(s, "type_acc") >= 0.98, s.toString());
        assertTrue(num(s, "required_f1") >= 0.90, s.toString());
    }

    @Test
    void markdownPagesReadAndScore() throws Exception {
        Path corpus = corpus();
        for (String svc : List.of("elb", "ims")) {
            Path dir = corpus.resolve("markdown").resolve(svc);
            Doc2Java.Loaded loaded = load(dir);
            Outcome o = outcome(dir, loaded);
            assertEquals(svc.equals("elb") ? 12 : 10, o.operations(), loaded.diagnostics().sorted().toString());
            assertEquals(1, loaded.services().size());
            ServiceModel m = loaded.services().get(0);
            assertEquals(svc, m.id());
            Path model = write("markdown-" + svc, m);
            if (svc.equals("elb")) {
                // Chinese pages of the same API: 11 of 12 operations are in the SDK
                Map<String, String> s = score(model, corpus.resolve("oracle").resolve("elb.json"));
                assertEquals("11/12", s.get("ops_matched"));
                assertTrue(num(s, "path_f1") >= 0.95, s.toString());
                assertTrue(num(s, "type_acc") >= 0.95, s.toString());
                assertTrue(num(s, "required_f1") >= 0.90, s.toString());
            }
        }
    }
}
