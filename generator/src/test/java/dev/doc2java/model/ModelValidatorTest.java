package dev.doc2java.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each check of {@link ModelValidator} on a model that breaks it, with the page location it cites. */
class ModelValidatorTest {

    private static final SourceLocation SERVICE = SourceLocation.of("p/service.md", 1);
    private static final SourceLocation SHAPE = SourceLocation.of("p/page.md", 10);
    private static final SourceLocation MEMBER = SourceLocation.of("p/page.md", 12);
    private static final SourceLocation OP = SourceLocation.of("p/page.md", 3);

    private static ServiceModel model(List<Operation> ops, Shape... shapes) {
        TreeMap<String, Shape> all = new TreeMap<>();
        all.put("String", SimpleShape.canonical(ShapeType.STRING));
        all.put("Integer", SimpleShape.canonical(ShapeType.INTEGER));
        all.put("Boolean", SimpleShape.canonical(ShapeType.BOOLEAN));
        for (Shape s : shapes) {
            all.put(s.name(), s);
        }
        return new ServiceModel("svc", "Svc", Flavor.HUAWEI, "", ops, all, SERVICE);
    }

    private static StructureShape structure(String name, Member... members) {
        return new StructureShape(name, List.of(members), "", Set.of(), SHAPE);
    }

    private static Member member(String name, String target) {
        return Member.builder(name, target).source(MEMBER).build();
    }

    private static List<String> lines(ServiceModel model) {
        return ModelValidator.validate(model).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aSoundModelHasNothingToReport() {
        ServiceModel m = model(List.of(Operation.builder("Get").input("GetRequest").output("Things").source(OP).build()),
                structure("GetRequest", member("id", "String")),
                new ListShape("Things", "GetRequest", "", null, null, SHAPE));
        assertEquals(List.of(), lines(m));
        assertTrue(ModelValidator.isValid(m));
    }

    @Test
    void danglingReferencesAreReportedWhereTheyAreMade() {
        ServiceModel m = model(List.of(Operation.builder("Get").input("NoRequest").output("GetResponse")
                        .errorShape("NoError").source(OP).build()),
                structure("GetResponse", member("ghost", "NoSuchShape")),
                new ListShape("Ghosts", "NoElement", "", null, null, SHAPE),
                new MapShape("GhostMap", "String", "NoValue", "", null, null, SHAPE));
        assertEquals(List.of(
                "p/page.md:3:1: error: operation Get error refers to NoError, which is no shape of service svc [model.dangling-reference]",
                "p/page.md:3:1: error: operation Get input refers to NoRequest, which is no shape of service svc [model.dangling-reference]",
                "p/page.md:10:1: error: element of shape Ghosts refers to NoElement, which is no shape of service svc [model.dangling-reference]",
                "p/page.md:10:1: error: value of shape GhostMap refers to NoValue, which is no shape of service svc [model.dangling-reference]",
                "p/page.md:12:1: error: member ghost of GetResponse refers to NoSuchShape, which is no shape of service svc [model.dangling-reference]"),
                lines(m));
        assertFalse(ModelValidator.isValid(m));
    }

    @Test
    void wrongKindsAreReported() {
        ServiceModel m = model(List.of(Operation.builder("Get").input("Things").output("String")
                        .errorShape("Plain").errorCode("E.404").source(OP).build()),
                structure("Plain"),
                new ListShape("Things", "String", "", null, null, SHAPE),
                new MapShape("ByFlag", "Boolean", "String", "", null, null, SHAPE));
        List<String> lines = lines(m);
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.contains("p/page.md:3:1: error: operation Get input Things is a list, not a structure [model.wrong-kind]"));
        assertTrue(lines.contains("p/page.md:3:1: error: operation Get output String is a string, not a structure, list or map [model.wrong-kind]"));
        assertTrue(lines.contains("p/page.md:3:1: error: operation Get error Plain is a structure, not an exception structure [model.wrong-kind]"));
        assertTrue(lines.contains("p/page.md:10:1: error: key of shape ByFlag is a boolean, not a string or an integer [model.wrong-kind]"));
    }

    @Test
    void boundsOutOfOrderAndEnumsOnOtherTypesAreReported() {
        Constraints backwards = Constraints.NONE.withMin(new BigDecimal("1000")).withMax(BigDecimal.ONE);
        ServiceModel m = model(List.of(),
                new SimpleShape("Port", ShapeType.INTEGER, "", backwards, Set.of(), SHAPE),
                new SimpleShape("Flag", ShapeType.BOOLEAN, "", Constraints.NONE.withEnumValues(
                        List.of(EnumValue.of("true"), EnumValue.of("false"))), Set.of(), SHAPE),
                structure("Holder", Member.builder("size", "Integer").constraints(backwards).source(MEMBER).build(),
                        Member.builder("on", "Boolean").constraints(Constraints.NONE.withEnumValues(
                                List.of(EnumValue.of("yes")))).source(MEMBER).build()));
        assertEquals(List.of(
                "p/page.md:10:1: error: shape Port has min 1000 greater than max 1 [model.bounds]",
                "p/page.md:10:1: error: shape Flag lists values [true, false] but is a boolean, not a string or an integer [model.enum-type]",
                "p/page.md:12:1: error: member size of Holder has min 1000 greater than max 1 [model.bounds]",
                "p/page.md:12:1: error: member on of Holder lists values [yes] but is a boolean, not a string or an integer [model.enum-type]"),
                lines(m));
    }

    @Test
    void duplicateWireNamesInOnePartOfTheRequestAreReported() {
        ServiceModel m = model(List.of(),
                structure("Req",
                        Member.builder("name", "String").source(MEMBER).build(),
                        Member.builder("displayName", "String").wireName("name").source(MEMBER).build(),
                        Member.builder("nameInPath", "String").wireName("name").location(HttpLocation.PATH).source(MEMBER).build(),
                        Member.builder("token", "String").wireName("X-Token").location(HttpLocation.HEADER).source(MEMBER).build(),
                        Member.builder("token2", "String").wireName("x-token").location(HttpLocation.HEADER).source(MEMBER).build()));
        assertEquals(List.of(
                "p/page.md:12:1: error: member displayName of Req has the body name 'name' of member name [model.duplicate-wire-name]",
                "p/page.md:12:1: error: member token2 of Req has the header name 'x-token' of member token [model.duplicate-wire-name]"),
                lines(m));
    }

    @Test
    void collectionsThatContainThemselvesOrNestTooDeepAreReported() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new ListShape("Loop", "LoopMap", "", null, null, SHAPE));
        shapes.add(new MapShape("LoopMap", "String", "Loop", "", null, null, SHAPE));
        // Deep0 holds Deep1 ... holds Deep33 holds String: 34 lists deep.
        for (int i = 0; i <= ModelValidator.MAX_NESTING + 1; i++) {
            String inner = i == ModelValidator.MAX_NESTING + 1 ? "String" : "Deep" + (i + 1);
            shapes.add(new ListShape("Deep" + i, inner, "", null, null, SourceLocation.of("p/deep.md", i + 1)));
        }
        List<String> lines = lines(model(List.of(), shapes.toArray(Shape[]::new)));
        assertEquals(2, lines.size(), lines::toString);
        assertEquals("p/deep.md:2:1: error: shape Deep1 nests lists and maps 33 deep; at most 32 are supported [model.recursion]",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("p/page.md:10:1: error: shape Loop"), lines.get(1));
        assertTrue(lines.get(1).endsWith("contains itself through lists and maps only (Loop -> LoopMap -> Loop); "
                + "a structure must be on every cycle [model.recursion]"), lines.get(1));
        // Through a structure, recursion is fine.
        ServiceModel tree = model(List.of(), structure("Node", member("children", "Nodes")),
                new ListShape("Nodes", "Node", "", null, null, SHAPE));
        assertEquals(List.of(), lines(tree));
    }

    @Test
    void aMissingShapeLocationFallsBackToTheService() {
        ServiceModel m = model(List.of(), new ListShape("Ghosts", "NoElement", "", null, null, null));
        assertEquals(List.of("p/service.md:1:1: error: element of shape Ghosts refers to NoElement, which is no shape "
                + "of service svc [model.dangling-reference]"), lines(m));
    }

    /** Every committed model (hand-written emitter goldens, page goldens) is one the emitters can trust. */
    @Test
    void everyGoldenModelIsValid() throws IOException {
        Path root = Path.of(System.getProperty("doc2java.root", "..")).resolve("generator/src/test/resources");
        List<Path> models;
        try (Stream<Path> walk = Files.walk(root)) {
            models = walk.filter(p -> p.getFileName().toString().equals("model.json")).sorted().toList();
        }
        assertTrue(models.size() >= 7, "golden models under " + root + ": " + models);
        for (Path p : models) {
            ServiceModel m = ModelJsonReader.read(Files.readString(p, StandardCharsets.UTF_8));
            assertEquals(List.of(), lines(m), p.toString());
        }
    }
}
