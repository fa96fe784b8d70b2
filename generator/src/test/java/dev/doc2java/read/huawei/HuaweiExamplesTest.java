package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Doc2Java;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example body on the sample's operation pages should fit the request or response shape
 * the interpreter built for it (model-level check; see {@link ExampleShapeCheck}).
 */
class HuaweiExamplesTest {

    @Test
    void exampleBodiesFitTheirShapes() throws Exception {
        Path corpus = Shared.dir("corpus", "huawei");
        List<ExampleShapeCheck.Result> all = new ArrayList<>();
        for (Path dir : List.of(corpus.resolve("html/elb"), corpus.resolve("markdown/elb"), corpus.resolve("markdown/ims"),
                corpus.resolve("text"))) {
            Doc2Java.Loaded loaded = Doc2Java.load(List.of(dir));
            for (ServiceModel m : loaded.services()) {
                all.addAll(ExampleShapeCheck.check(m));
            }
        }
        List<ExampleShapeCheck.Result> checked = all.stream().filter(r -> !r.skipped()).toList();
        List<ExampleShapeCheck.Result> failing = checked.stream().filter(r -> !r.fits()).toList();
        StringBuilder report = new StringBuilder();
        for (ExampleShapeCheck.Result r : failing) {
            report.append(r.example().source()).append(' ').append(r.operation().name()).append(' ')
                    .append(r.example().kind()).append(": ").append(r.problems().subList(0, Math.min(3, r.problems().size())))
                    .append('\n');
        }
        double rate = checked.isEmpty() ? 1.0 : 1.0 - (double) failing.size() / checked.size();
        System.out.printf("# examples: %d bodies, %d checked, %d fit, pass rate %.4f (%d without a documented shape)%n%s",
                all.size(), checked.size(), checked.size() - failing.size(), rate, all.size() - checked.size(), report);
        // a request example keeps the method and URL the page shows beside its body; the API Explorer style
        // pages (named after the operation, CreateListener.html) always show both, the classic ones often none
        List<ExampleShapeCheck.Result> requests = all.stream()
                .filter(r -> r.example().kind() == dev.doc2java.model.Example.Kind.REQUEST).toList();
        List<String> noMethod = requests.stream().filter(r -> r.example().method() == null || r.example().url() == null)
                .map(r -> r.example().source().toString()).toList();
        List<String> explorerNoMethod = noMethod.stream()
                .filter(f -> Path.of(f.replaceAll(":\\d+(:\\d+)?$", "")).getFileName().toString().matches("[A-Z][A-Za-z]+\\.(html|md)"))
                .toList();
        System.out.printf("# request examples: %d, without method or URL: %d%n%s%n", requests.size(), noMethod.size(),
                String.join("\n", noMethod));
        assertTrue(explorerNoMethod.isEmpty(), "request examples without method or URL: " + explorerNoMethod);
        assertTrue(checked.size() > 100, "too few examples found: " + checked.size());
        assertTrue(rate >= 0.98, "pass rate " + rate + "\n" + report);
    }
}
