package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.Page;
import dev.doc2java.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rare boto3 layouts, made from real pages of the sample ({@code ../shared/corpus/aws}) by the
 * general rule of each quirk ({@link QuirkPages}): the model read from the broken page must be the
 * model of the page as it should be, and nothing may be lost silently. Skips when ../shared is absent.
 */
class Boto3QuirkPagesTest {

    private record Read(ServiceModel model, Diagnostics diagnostics) {
        List<Diagnostic> coded(String code) {
            return diagnostics.sorted().stream().filter(d -> d.code().equals(code)).toList();
        }
    }

    private static Read read(List<Page> pages) {
        Diagnostics d = new Diagnostics();
        List<ServiceModel> models = new Boto3Reader().read(pages, d);
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
        assertEquals(1, models.size());
        return new Read(models.get(0), d);
    }

    private static List<Page> pages(Path dir, String group, UnaryOperator<String> quirk) throws IOException {
        List<Page> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rst")).sorted().toList()) {
                out.add(new Page(group + "/" + p.getFileName(), group, quirk.apply(Files.readString(p, StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    /** The model JSON without page positions (a replaced element is located at its description instead). */
    private static String withoutSources(ServiceModel m) {
        return ModelJson.write(m).replaceAll("\"source\" *: *\"[^\"]*\",?", "");
    }

    @Test
    void listElementsShownAsEllipsisAreReadFromTheDescription() throws IOException {
        Path dir = Shared.dir("corpus", "aws", "per-method", "vpc-lattice");
        int[] rewritten = {0};
        List<Page> broken = pages(dir, "vpc-lattice", text -> {
            QuirkPages.Rewritten r = QuirkPages.ellipsisListElements(text);
            rewritten[0] += r.count();
            return r.text();
        });
        Read original = read(pages(dir, "vpc-lattice", UnaryOperator.identity()));
        Read read = read(broken);
        assertTrue(rewritten[0] >= 50, "lists rewritten: " + rewritten[0]);
        // Every rewritten list is reported where its '...' stands, and read as before.
        assertEquals(rewritten[0], read.coded("boto3.list-element-unknown").size());
        assertTrue(read.coded("boto3.list-element-unknown").stream().allMatch(d -> d.location().line() > 0
                && d.message().contains("their type is taken from the description")), read.coded("boto3.list-element-unknown").toString());
        assertEquals(original.model().operations().size(), read.model().operations().size());
        assertEquals(withoutSources(original.model()), withoutSources(read.model()));
        // No other complaint: the members of a replaced element are not "missing from the syntax block".
        List<Diagnostic> others = new ArrayList<>(read.diagnostics().sorted());
        others.removeAll(read.coded("boto3.list-element-unknown"));
        assertEquals(original.diagnostics().sorted().toString(), others.toString());
    }

    @Test
    void exampleTextAtColumnZeroDoesNotEndTheClient() throws IOException {
        Path file = Shared.dir("corpus", "aws", "per-service").resolve("elbv2.rst");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // create_listener is the fifth operation of 34: 29 would be lost after it.
        String broken = QuirkPages.dedentExample(text, "create_listener");
        assertEquals(text.split("\n", -1).length, broken.split("\n", -1).length);
        Read original = read(List.of(new Page("elbv2.rst", "", text)));
        Read read = read(List.of(new Page("elbv2.rst", "", broken)));
        assertEquals(34, read.model().operations().size(),
                read.model().operations().stream().map(Operation::name).toList().toString());
        assertEquals(ModelJson.write(original.model()), ModelJson.write(read.model()));
        List<Diagnostic> dedent = read.coded("boto3.dedent");
        assertEquals(1, dedent.size(), dedent.toString());
        assertTrue(dedent.get(0).message().contains("create_listener"), dedent.toString());
        assertTrue(read.coded("boto3.method-unread").isEmpty(), read.coded("boto3.method-unread").toString());
    }

    @Test
    void aListedMethodThatIsNotDocumentedIsReported() throws IOException {
        Path file = Shared.dir("corpus", "aws", "per-service").resolve("elbv2.rst");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // The page as a broken renderer might leave it: create_rule's directive line is gone.
        String broken = text.replace(".. py:method:: create_rule(**kwargs)", "create_rule(**kwargs)");
        assertTrue(!broken.equals(text));
        Read read = read(List.of(new Page("elbv2.rst", "", broken)));
        assertEquals(33, read.model().operations().size());
        List<Diagnostic> unread = read.coded("boto3.method-unread");
        assertEquals(1, unread.size(), unread.toString());
        assertTrue(unread.get(0).message().contains("'create_rule'"), unread.toString());
        assertEquals(text.lines().toList().indexOf("  *   :py:meth:`~ElasticLoadBalancingv2.Client.create_rule`") + 1,
                unread.get(0).location().line());
        assertTrue(read(List.of(new Page("elbv2.rst", "", text))).coded("boto3.method-unread").isEmpty());
    }
}
