package dev.doc2java.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelJsonReaderTest {

    private static Path golden() {
        String root = System.getProperty("doc2java.root");
        return Path.of(root == null ? ".." : root).resolve("generator/src/test/resources/golden");
    }

    @Test
    void goldenModelsRoundTripByteForByte() throws IOException {
        try (Stream<Path> dirs = Files.list(golden())) {
            for (Path dir : dirs.sorted().toList()) {
                String json = Files.readString(dir.resolve("model.json"), StandardCharsets.UTF_8);
                String once = ModelJson.write(ModelJsonReader.read(json));
                String twice = ModelJson.write(ModelJsonReader.read(once));
                assertEquals(once, twice, dir.toString());
            }
        }
    }

    @Test
    void everythingTheWriterWritesIsReadBack() {
        Member member = Member.builder("X-Token", "Token")
                .required(true).location(HttpLocation.HEADER).wireName("x-token")
                .documentation("<p>doc</p>")
                .constraints(Constraints.NONE.withMin(java.math.BigDecimal.ONE).withPattern("^a$")
                        .withProvenance(new Provenance("min", SourceLocation.of("p.md", 3), "at least 1")))
                .trait(MemberTrait.IDEMPOTENCY_TOKEN).trait(MemberTrait.AUTH).trait(MemberTrait.PAYLOAD)
                .trait(MemberTrait.DEPRECATED).trait(MemberTrait.NULLABLE).trait(MemberTrait.JSON_VALUE)
                .source(SourceLocation.of("dir/p.md", 12))
                .build();
        StructureShape request = new StructureShape("Req", List.of(member), "<p>r</p>",
                Set.of(ShapeTrait.RECURSIVE, ShapeTrait.DEPRECATED), SourceLocation.of("dir/p.md", 10));
        SimpleShape token = new SimpleShape("Token", ShapeType.STRING, "", Constraints.NONE
                .withEnumValues(List.of(EnumValue.of("a"), EnumValue.of("b"))), Set.of(), null);
        Operation op = Operation.builder("Do").pythonName("do").http(new HttpBinding("POST", "/v1/{id}"))
                .input("Req").output("Req").response(new OperationResponse(201, "Req", "created"))
                .errorCode("E.1").authentication("X-Token").deprecated(true).documentation("d")
                .example(new Example(Example.Kind.REQUEST, "t", null, "POST", "/v1/x", "{}", SourceLocation.of("p.md", 40)))
                .source(SourceLocation.of("dir/p.md", 1)).build();
        TreeMap<String, Shape> shapes = new TreeMap<>();
        shapes.put("Req", request);
        shapes.put("Token", token);
        ServiceModel model = new ServiceModel("svc", "Svc", Flavor.HUAWEI, "docs", List.of(op), shapes, null);
        String json = ModelJson.write(model);
        ServiceModel read = ModelJsonReader.read(json);
        assertEquals(json, ModelJson.write(read));
        assertEquals(model.operations(), read.operations());
        assertEquals(model.shapes(), read.shapes());
    }

    @Test
    void shapeLevelPayloadMarksTheMember() {
        String json = "{\"format\":\"doc2java-model/1\",\"service\":{\"id\":\"s\",\"title\":\"S\",\"flavor\":\"aws-boto3\"},"
                + "\"operations\":[],\"shapes\":{\"R\":{\"type\":\"structure\",\"payload\":\"body\","
                + "\"members\":{\"body\":{\"shape\":\"B\"},\"other\":{\"shape\":\"B\"}}},"
                + "\"B\":{\"type\":\"blob\",\"streaming\":true}}}";
        ServiceModel model = ModelJsonReader.read(json);
        StructureShape r = (StructureShape) model.require("R");
        assertTrue(r.member("body").orElseThrow().has(MemberTrait.PAYLOAD));
        assertTrue(!r.member("other").orElseThrow().has(MemberTrait.PAYLOAD));
        assertTrue(model.require("B").has(ShapeTrait.STREAMING));
    }

    @Test
    void rejectsWhatIsNotAModel() {
        assertThrows(IllegalArgumentException.class, () -> ModelJsonReader.read("{\"format\":\"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> ModelJsonReader.read("not json"));
    }

    /** The canonical form, written by Jackson as it was by hand: layout, escapes, plain numbers, empty containers. */
    @Test
    void theCanonicalFormIsExact() {
        StructureShape empty = new StructureShape("Empty", List.of(), "q\"b\\ n\n t\t c\u0001 f\f bs\b ls\u2028 \u00e9\u4e2d /", null, null);
        SimpleShape port = new SimpleShape("Port", ShapeType.INTEGER, "",
                Constraints.NONE.withMin(new java.math.BigDecimal("1.000")).withMax(new java.math.BigDecimal("1E+3")),
                null, null);
        ServiceModel m = new ServiceModel("s", "S", Flavor.HUAWEI, "", List.of(), new java.util.TreeMap<>(
                java.util.Map.of("Empty", empty, "Port", port)), null);
        assertEquals("""
                {
                  "format": "doc2java-model/1",
                  "service": {
                    "id": "s",
                    "title": "S",
                    "flavor": "huawei"
                  },
                  "operations": [],
                  "shapes": {
                    "Empty": {
                      "type": "structure",
                      "members": {},
                      "documentation": "q\\"b\\\\ n\\n t\\t c\\u0001 f\\u000c bs\\u0008 ls\\u2028 \u00e9\u4e2d /"
                    },
                    "Port": {
                      "type": "integer",
                      "min": 1,
                      "max": 1000
                    }
                  }
                }
                """, ModelJson.write(m));
    }
}
