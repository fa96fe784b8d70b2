package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.model.Member;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void casing() {
        assertEquals("xAuthToken", JavaNames.camel("X-Auth-Token"));
        assertEquals("osExtStsVmState", JavaNames.camel("OS-EXT-STS:vm_state"));
        assertEquals("createListener", JavaNames.camel("CreateListener"));
        assertEquals("dbInstanceIdentifier", JavaNames.camel("DBInstanceIdentifier"));
        assertEquals("targetArn", JavaNames.camel("TargetARN"));
        assertEquals("portRanges", JavaNames.camel("port_ranges"));
        assertEquals("OsExtStsVmState", JavaNames.pascal("OS-EXT-STS:vm_state"));
        assertEquals("VPCLattice", JavaNames.pascal("VPCLattice"));
        assertEquals("Ga", JavaNames.pascal("ga"));
        assertEquals("T2xlarge", JavaNames.pascal("2xlarge"));
        assertEquals("Unnamed", JavaNames.pascal("中文"));
    }

    @Test
    void packageNames() {
        assertEquals("com.acme.vpclattice", JavaNames.packageName("com.acme", "vpc-lattice"));
        assertEquals("com.acme.elb", JavaNames.packageName("com.acme", "elb"));
        assertEquals("com.acme.service2fa", JavaNames.packageName("com.acme", "2fa"));
        assertEquals("com.acme.new_", JavaNames.packageName("com.acme", "new"));
        assertEquals("ga", JavaNames.packageName("", "ga"));
    }

    @Test
    void memberNamesAreValidDistinctAndAvoidReservedMethods() {
        ServiceModel model = GoldenFiles.model("hostile");
        JavaNames names = new JavaNames(model, "p");
        for (var shape : model.shapes().values()) {
            if (shape instanceof StructureShape s) {
                for (boolean exception : List.of(false, true)) {
                    Map<Member, String> members = names.memberNames(s, exception);
                    assertEquals(s.members().size(), new HashSet<>(members.values()).size(), s.name());
                    for (String n : members.values()) {
                        assertTrue(SourceVersion.isName(n), n);
                        assertTrue(!List.of("hashCode", "toString", "getClass", "builder", "toBuilder").contains(n), n);
                        assertTrue(!exception || !List.of("getMessage", "errorCode").contains(n), n);
                    }
                }
            }
        }
    }

    @Test
    void typeNamesNeverShadowJavaLangOrClashWithTheClient() {
        ServiceModel model = GoldenFiles.model("hostile");
        JavaNames names = new JavaNames(model, "p");
        List<String> all = new ArrayList<>();
        for (String shape : model.shapes().keySet()) {
            String simple = names.shapeClass(shape).simpleName();
            all.add(simple);
            assertTrue(SourceVersion.isName(simple), simple);
            assertTrue(!JavaNames.RESERVED_TYPE_NAMES.contains(simple), simple);
        }
        all.add(names.clientClass().simpleName());
        assertEquals(all.size(), new HashSet<>(all).size(), all.toString());
        assertEquals("ObjectType", names.shapeClass("Object").simpleName());
        assertEquals("GaClient", names.clientClass().simpleName());
        assertEquals("GaClientType", names.shapeClass("GaClient").simpleName());
    }

    @Test
    void typeNamesDifferIgnoringCase() {
        java.util.TreeMap<String, dev.doc2java.model.Shape> shapes = new java.util.TreeMap<>();
        for (String n : List.of("Listener", "LISTENER", "listener", "Listener2")) {
            shapes.put(n, new StructureShape(n, List.of(), "", null, null));
        }
        ServiceModel model = new ServiceModel("s", "Listener", dev.doc2java.model.Flavor.HUAWEI, "", List.of(), shapes, null);
        JavaNames names = new JavaNames(model, "p");
        java.util.Set<String> lower = new HashSet<>();
        for (String n : shapes.keySet()) {
            assertTrue(lower.add(names.shapeClass(n).simpleName().toLowerCase(java.util.Locale.ROOT)), n);
        }
        assertTrue(lower.add(names.clientClass().simpleName().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void operationsThatShareANameGetDistinctMethods() {
        ServiceModel model = GoldenFiles.model("hostile");
        JavaNames names = new JavaNames(model, "p");
        List<String> methods = model.operations().stream().map(names::operationMethod).toList();
        assertEquals(List.of("createListener", "default_", "getClass_"), methods);
    }
}
