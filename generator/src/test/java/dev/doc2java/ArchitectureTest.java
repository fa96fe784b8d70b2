package dev.doc2java;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three one-way layers, read → model → emit, checked on the compiled classes of
 * {@code src/main} (code as well as imports: a fully qualified name in a method body counts too).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/doc2java/runtime/"))
                .importPackages("dev.doc2java");
        // A rule over no classes passes whatever it says: make sure the layers are there.
        for (String p : new String[] {"dev.doc2java.model", "dev.doc2java.diag", "dev.doc2java.emit",
                "dev.doc2java.read", "dev.doc2java.read.boto3", "dev.doc2java.read.huawei", "dev.doc2java.read.table"}) {
            assertTrue(classes.containPackage(p) && !classes.getPackage(p).getClasses().isEmpty(), "no classes in " + p);
        }
    }

    @Test
    void readersNeverSeeJava() {
        noClasses().that().resideInAPackage("dev.doc2java.read..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.doc2java.emit..", "com.palantir.javapoet..",
                        "dev.doc2java.cli..")
                .because("readers know pages and the model; Java is the emitters' business")
                .check(classes);
    }

    @Test
    void theModelKnowsNeitherReadersNorEmitters() {
        noClasses().that().resideInAPackage("dev.doc2java.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.doc2java.read..", "dev.doc2java.emit..",
                        "dev.doc2java.cli..", "com.palantir.javapoet..", "org.jsoup..", "com.vladsch.flexmark..")
                .because("the model is the contract both sides share and depends on neither")
                .check(classes);
        noClasses().that().resideInAPackage("dev.doc2java.model..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Doc2Java.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Generate.class.getName())
                .check(classes);
    }

    @Test
    void emittersNeverSeeAPage() {
        noClasses().that().resideInAPackage("dev.doc2java.emit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.doc2java.read..", "dev.doc2java.cli..",
                        "com.vladsch.flexmark..")
                .because("emitters take the model, never a page (jsoup is allowed: JavadocSanitizer cleans the"
                        + " model's HTML documentation with it)")
                .check(classes);
    }

    @Test
    void diagnosticsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.doc2java.diag..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.doc2java.model..", "dev.doc2java.read..",
                        "dev.doc2java.emit..", "dev.doc2java.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Doc2Java.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Generate.class.getName())
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.doc2java.(**)").should().beFreeOfCycles().check(classes);
    }
}
