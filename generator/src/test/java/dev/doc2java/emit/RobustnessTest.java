package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Constraints;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Flavor;
import dev.doc2java.model.Member;
import dev.doc2java.model.ModelValidator;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Odd models a reader might produce on bad pages, still within what {@link ModelValidator} allows,
 * give Java that compiles cleanly. Models it rejects never reach the emitters (see
 * {@code ModelValidatorTest}).
 */
class RobustnessTest {

    private static StructureShape structure(String name, Set<ShapeTrait> traits, Member... members) {
        return new StructureShape(name, List.of(members), "", traits, SourceLocation.UNKNOWN);
    }

    @Test
    void oddModelsStillCompile() {
        TreeMap<String, Shape> shapes = new TreeMap<>();
        shapes.put("EmptyUnion", structure("EmptyUnion", Set.of(ShapeTrait.UNION)));
        shapes.put("BareError", structure("BareError", Set.of(ShapeTrait.EXCEPTION)));
        shapes.put("NotAnError", structure("NotAnError", Set.of()));
        shapes.put("Dupes", new SimpleShape("Dupes", ShapeType.STRING, "", Constraints.NONE.withEnumValues(
                List.of(EnumValue.of("a"), EnumValue.of("a"), EnumValue.of("A"))), Set.of(), null));
        shapes.put("Numbers", new SimpleShape("Numbers", ShapeType.INTEGER, "", Constraints.NONE.withEnumValues(
                List.of(EnumValue.of("1"), EnumValue.of("01"), EnumValue.of("one"), EnumValue.of("-3"))), Set.of(), null));
        shapes.put("BigNumbers", new SimpleShape("BigNumbers", ShapeType.LONG, "", Constraints.NONE.withEnumValues(
                List.of(EnumValue.of("9999999999"))), Set.of(), null));
        shapes.put("Loop", structure("Loop", Set.of(ShapeTrait.RECURSIVE), Member.builder("self", "Loop").build(),
                Member.builder("many", "Loops").build()));
        shapes.put("Loops", new dev.doc2java.model.ListShape("Loops", "Loop", "", null, null, null));
        Operation weird = Operation.builder("Weird").input("EmptyUnion").output("Loops")
                .errorCode("NotAnError").errorCode("BareError").errorCode("BareError").errorCode("E.404").build();
        Operation blank = Operation.builder("").build();
        ServiceModel model = new ServiceModel("odd-service", "", Flavor.HUAWEI, "", List.of(weird, blank), shapes, null);
        assertEquals(List.of(), ModelValidator.validate(model), "odd, but what the model allows");
        List<JavaFile> files = JavaEmitter.emit(model, new EmitOptions("dev.doc2java.odd"));
        assertEquals(List.of(), InMemoryCompiler.compile(files).problems());
        assertTrue(files.stream().anyMatch(f -> f.typeSpec().name().equals("OddServiceClient")));
    }

    /**
     * The emitters never guess a type: a dangling reference, which {@link ModelValidator} would have
     * reported, is a bug in doc2java, not a {@code Document}.
     */
    @Test
    void anUnvalidatedDanglingReferenceIsABugNotADocument() {
        TreeMap<String, Shape> shapes = new TreeMap<>();
        shapes.put("Dangling", structure("Dangling", Set.of(), Member.builder("ghost", "NoSuchShape").build()));
        ServiceModel model = new ServiceModel("odd-service", "Odd", Flavor.HUAWEI, "", List.of(), shapes, null);
        assertFalse(ModelValidator.isValid(model));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JavaEmitter.emit(model, new EmitOptions("dev.doc2java.odd")));
        assertTrue(e.getMessage().contains("NoSuchShape"), e.getMessage());
    }
}
