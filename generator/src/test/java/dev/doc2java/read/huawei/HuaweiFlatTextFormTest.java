package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Doc2Java;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument;
import dev.doc2java.read.table.BrowserCopy;
import dev.doc2java.read.table.TableDocuments;
import dev.doc2java.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same pages in another input form: the 46 dedicated-load-balancer HTML pages copied out of a
 * browser as flattened text (one cell a line, links lost), read back and scored like the HTML. The
 * interpreter may not lean on anchors or markup the flattened form does not have.
 */
class HuaweiFlatTextFormTest {

    @Test
    void flattenedHtmlPagesScoreLikeTheHtml() throws Exception {
        Path huawei = Shared.dir("corpus", "huawei");
        Path html = huawei.resolve("html/elb");
        Path out = Path.of("target", "corpus-models", "huawei", "flat-elb", "elb");
        Files.createDirectories(out);
        int pages = 0;
        for (String line : Files.readAllLines(html.resolve("index.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 5 || !cols[4].startsWith("/v3/")) {
                continue;
            }
            String file = cols[0];
            Page page = new Page(file, "elb", Files.readString(html.resolve(file), StandardCharsets.UTF_8));
            TableDocument doc = TableDocuments.read(page, new Diagnostics());
            Files.writeString(out.resolve(file.replaceAll("\\.html$", ".txt")), BrowserCopy.flatten(doc), StandardCharsets.UTF_8);
            pages++;
        }
        assertEquals(46, pages);
        Path cwd = Path.of("").toAbsolutePath();
        Doc2Java.Loaded loaded = Doc2Java.load(List.of(cwd.relativize(out.toAbsolutePath())));
        assertEquals(1, loaded.services().size());
        ServiceModel elb = loaded.services().get(0);
        List<Operation> ops = elb.operations();
        assertEquals(46, ops.size(), loaded.diagnostics().sorted().toString());
        Path model = out.getParent().resolve("elb.json");
        Files.writeString(model, ModelJson.write(elb), StandardCharsets.UTF_8);
        Map<String, String> s = HuaweiCorpusTest.score(model, huawei.resolve("oracle/elb.json"));
        assertTrue(Double.parseDouble(s.get("path_f1")) >= 0.95, s.toString());
        assertTrue(Double.parseDouble(s.get("type_acc")) >= 0.95, s.toString());
        assertTrue(Double.parseDouble(s.get("required_f1")) >= 0.85, s.toString());
    }
}
