package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.doc2java.Doc2Java;
import dev.doc2java.model.Example;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.Member;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.Operation;
import dev.doc2java.model.OperationResponse;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.Shape;
import dev.doc2java.model.StructureShape;
import dev.doc2java.runtime.Json;
import dev.doc2java.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example body of the Huawei sample pages, deserialised into the records generated from
 * those pages with unknown properties failing. Skips when {@code ../shared} is absent.
 */
class HuaweiExamplesIntoRecordsTest {

    private static Path corpus() {
        return Shared.dir("corpus");
    }

    @Test
    void huaweiExamplesDeserialiseIntoGeneratedRecords() throws Exception {
        Path corpus = corpus();
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (String dir : List.of("huawei/html/elb", "huawei/markdown/elb", "huawei/markdown/ims", "huawei/text")) {
            for (ServiceModel model : Doc2Java.load(List.of(corpus.resolve(dir))).services()) {
                String pkg = JavaNames.packageName("dev.doc2java.examples", model.id());
                JavaNames names = new JavaNames(model, pkg);
                InMemoryCompiler.Result compiled = InMemoryCompiler.compile(JavaEmitter.emit(model, new EmitOptions(pkg)));
                assertEquals(List.of(), compiled.problems().stream().limit(10).toList(), model.id());
                ObjectMapper mapper = lenient();
                for (Operation op : model.operations()) {
                    for (Example example : op.examples()) {
                        if (example.body() == null || example.body().isBlank()) {
                            continue;
                        }
                        JavaType target = target(model, names, compiled, mapper, op, example);
                        if (target == null) {
                            continue;
                        }
                        tried++;
                        try {
                            mapper.readValue(example.body(), target);
                        } catch (Exception e) {
                            // a body that is not JSON at all is the page's error, reported apart but still failed
                            String category = parses(mapper, example.body()) ? "does not fit" : "invalid JSON on the page";
                            failures.add(example.source().toModelString() + " " + op.name() + " " + example.kind()
                                    + " [" + category + "]: " + e.getMessage().lines().findFirst().orElse(""));
                        }
                    }
                }
            }
        }
        double rate = tried == 0 ? 0 : 1.0 - (double) failures.size() / tried;
        System.out.printf("# examples into records: %d tried, %d failed, pass rate %.4f%n%s%n", tried, failures.size(), rate,
                String.join("\n", failures));
        assertTrue(tried > 100, "too few examples: " + tried);
        assertTrue(rate >= 0.98, "pass rate " + rate + "\n" + String.join("\n", failures));
    }

    private static boolean parses(ObjectMapper mapper, String body) {
        try {
            mapper.readTree(body);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Pages wrap long strings (certificates) over several lines and leave trailing commas; a client
     * reading such a body would be lenient in the same two ways, nothing else.
     */
    private static ObjectMapper lenient() {
        // Strict about members (see Json.newStrictObjectMapper): a member the reader missed fails here.
        return Json.configure(JsonMapper.builder())
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The Java type an example body should read into, or null when the page documents no body shape. */
    private static JavaType target(ServiceModel model, JavaNames names, InMemoryCompiler.Result compiled,
            ObjectMapper mapper, Operation op, Example example) throws ClassNotFoundException {
        ShapeId shapeName;
        if (example.kind() == Example.Kind.REQUEST) {
            shapeName = op.input();
        } else {
            shapeName = op.output();
            for (OperationResponse r : op.responses()) {
                if (example.status() != null && r.status() == example.status()) {
                    shapeName = r.shape();
                }
            }
        }
        if (shapeName == null) {
            return null;
        }
        Shape shape = model.require(shapeName);
        if (shape instanceof StructureShape st) {
            for (Member m : st.members()) {
                if (m.has(MemberTrait.PAYLOAD) && (m.location() == null || m.location() == HttpLocation.BODY)) {
                    return type(model, names, compiled, mapper, model.require(m.target()));
                }
            }
        }
        return type(model, names, compiled, mapper, shape);
    }

    private static JavaType type(ServiceModel model, JavaNames names, InMemoryCompiler.Result compiled,
            ObjectMapper mapper, Shape shape) throws ClassNotFoundException {
        if (shape instanceof ListShape list) {
            JavaType element = type(model, names, compiled, mapper, model.require(list.member()));
            return element == null ? null : mapper.getTypeFactory().constructCollectionType(List.class, element);
        }
        if (shape instanceof StructureShape) {
            return mapper.getTypeFactory().constructType(compiled.load(names.shapeClass(shape.name()).reflectionName()));
        }
        return null;
    }
}
