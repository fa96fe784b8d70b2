package dev.doc2java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.emit.SourceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run shared by the command line and the Maven plugin. */
class GenerateTest {

    @TempDir
    Path tmp;

    private static Path root() {
        return Path.of(System.getProperty("doc2java.root", "..")).toAbsolutePath().normalize();
    }

    @Test
    void pagesAreShownRelativeToTheBaseDirectoryWhateverTheWorkingDirectory() throws IOException {
        Path project = tmp.resolve("project");
        Path page = project.resolve("src/main/doc2java/demo/broken.rst");
        Files.createDirectories(page.getParent());
        Files.write(page, new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});

        Generate.Result r = Generate.sources(new Generate.Request(project, List.of(Path.of("src/main/doc2java")),
                project.resolve("target/gen"), "com.example"));

        assertTrue(r.hasErrors());
        assertEquals("src/main/doc2java/demo/broken.rst:1:1: error: not valid UTF-8; save the page as UTF-8 [input.encoding]",
                r.diagnostics().get(0).toString());
        assertTrue(r.report().isEmpty());
        assertFalse(Files.exists(project.resolve("target")), "nothing written when there are errors");
    }

    @Test
    void anInvalidPackageIsAnErrorBeforeAnythingIsRead() {
        Generate.Result r = Generate.sources(new Generate.Request(null, List.of(tmp.resolve("missing")), tmp.resolve("out"),
                "com.example.\u0000evil"));
        assertEquals(1, r.diagnostics().size());
        assertEquals("generate.invalid-package", r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).message().contains("com.example.?evil"), r.diagnostics().get(0).message());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void pagesWithoutAServiceAreAWarningNotAFailure() throws IOException {
        Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(tmp.resolve("pages/README.md"), "# not a page\n");
        Generate.Result r = Generate.models(new Generate.Request(tmp, List.of(Path.of("pages")), Path.of("out"), ""));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("pages:0:1: warning: no page of a known kind was found: nothing to generate [generate.no-service]",
                r.diagnostics().get(0).toString());
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(SourceWriter.MANIFEST)), "output relative to the base");
    }

    /** The generated-sample build depends on this: the seed pages never fail a run, readers or not. */
    @Test
    void theSeedPagesGenerateWithoutErrors() throws IOException {
        Path root = root();
        assumeTrue(Files.isDirectory(root.resolve("input-docs")), "no input-docs/ at " + root);
        Path out = tmp.resolve("out");
        Generate.Result r = Generate.sources(new Generate.Request(root, List.of(Path.of("input-docs")), out, "dev.doc2java.sample"));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.location().file().startsWith("input-docs"), "relative location: " + d);
        }
        assertEquals(List.of("ga", "vpc-lattice"), r.services().stream().map(s -> s.id()).toList());
        List<String> files = r.report().orElseThrow().files();
        assertTrue(files.contains("dev/doc2java/sample/vpclattice/VPCLatticeClient.java"), files.toString());
        for (String f : files) {
            assertTrue(f.startsWith("dev/doc2java/sample/ga/") || f.startsWith("dev/doc2java/sample/vpclattice/"), f);
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(root.toString()), "absolute path in " + f);
            }
        }

        Generate.Result models = Generate.models(new Generate.Request(root, List.of(Path.of("input-docs")), tmp.resolve("models"), ""));
        assertFalse(models.hasErrors(), models.diagnostics().toString());
        assertEquals(List.of("ga.json", "vpc-lattice.json"), models.report().orElseThrow().files());
    }

    /** The seed pages are byte-for-byte the corpus originals (skipped where ../shared is absent). */
    @Test
    void theSeedPagesAreTheCorpusOriginals() throws IOException {
        Path shared = Path.of(System.getProperty("doc2java.shared", "../../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "no shared corpus at " + shared);
        Path docs = root().resolve("input-docs");
        assertArrayEquals(Files.readAllBytes(shared.resolve("corpus/aws/per-method/vpc-lattice/create_listener.rst")),
                Files.readAllBytes(docs.resolve("vpc-lattice/create_listener.rst")));
        assertArrayEquals(Files.readAllBytes(shared.resolve("corpus/huawei/text/ga-create-listener.txt")),
                Files.readAllBytes(docs.resolve("ga/ga-create-listener.txt")));
    }
}
