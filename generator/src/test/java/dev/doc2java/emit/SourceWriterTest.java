package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceWriterTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path tmp;

    private static SortedMap<String, String> files(String... pathAndText) {
        SortedMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < pathAndText.length; i += 2) {
            m.put(pathAndText[i], pathAndText[i + 1]);
        }
        return m;
    }

    private static SourceWriter.Report write(Path out, SortedMap<String, String> files) {
        Diagnostics d = new Diagnostics();
        Optional<SourceWriter.Report> report = new SourceWriter(out).write(files, d);
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
        return report.orElseThrow();
    }

    private static List<Diagnostic> writeFailing(Path out, SortedMap<String, String> files) {
        Diagnostics d = new Diagnostics();
        Optional<SourceWriter.Report> report = new SourceWriter(out).write(files, d);
        assertTrue(report.isEmpty(), "expected the write to be refused");
        assertTrue(d.hasErrors());
        return d.sorted();
    }

    /** Every path below {@code dir}, relative, sorted: the whole visible state of a tree. */
    private static List<String> tree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesFilesAndManifestIntoANewDirectory() throws IOException {
        Path out = tmp.resolve("gen/out");
        SourceWriter.Report r = write(out, files("a/b/C.java", "class C {}\n", "D.java", "class D {}\n"));
        assertEquals(List.of("D.java", "a/b/C.java"), r.written());
        assertEquals("class C {}\n", Files.readString(out.resolve("a/b/C.java")));
        String manifest = Files.readString(out.resolve(SourceWriter.MANIFEST));
        assertTrue(manifest.contains(SourceWriter.sha256("class C {}\n".getBytes()) + " a/b/C.java\n"), manifest);
        try (Stream<Path> list = Files.list(tmp.resolve("gen"))) {
            assertEquals(List.of("out"), list.map(p -> p.getFileName().toString()).toList(), "no staging directory left behind");
        }
    }

    @Test
    void unchangedFilesAreNotRewritten() throws IOException {
        Path out = tmp.resolve("out");
        write(out, files("p/A.java", "A\n", "p/B.java", "B\n"));
        Files.setLastModifiedTime(out.resolve("p/A.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve("p/B.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve(SourceWriter.MANIFEST), LONG_AGO);

        SourceWriter.Report again = write(out, files("p/A.java", "A\n", "p/B.java", "B changed\n"));

        assertEquals(List.of("p/B.java"), again.written());
        assertEquals(List.of("p/A.java"), again.unchanged());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("p/A.java")));
        assertEquals("B changed\n", Files.readString(out.resolve("p/B.java")));

        Files.setLastModifiedTime(out.resolve("p/B.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve(SourceWriter.MANIFEST), LONG_AGO);
        SourceWriter.Report third = write(out, files("p/A.java", "A\n", "p/B.java", "B changed\n"));
        assertEquals(List.of(), third.written());
        for (String f : List.of("p/A.java", "p/B.java", SourceWriter.MANIFEST)) {
            assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve(f)), f);
        }
    }

    @Test
    void staleFilesAreRemovedOnlyWhenDocToJavaWroteThemAndNobodyChangedThem() throws IOException {
        Path out = tmp.resolve("out");
        write(out, files("p/Old.java", "old\n", "p/Edited.java", "edited\n", "q/Gone.java", "gone\n", "p/Keep.java", "k\n"));
        Files.writeString(out.resolve("p/Edited.java"), "edited by hand\n");
        Files.writeString(out.resolve("p/UserFile.java"), "mine\n");

        Diagnostics d = new Diagnostics();
        SourceWriter.Report r = new SourceWriter(out).write(files("p/Keep.java", "k\n"), d).orElseThrow();

        assertEquals(List.of("p/Old.java", "q/Gone.java"), r.removed());
        assertEquals(List.of("p/Edited.java"), r.kept());
        assertEquals(1, d.sorted().size());
        assertEquals("output.kept-modified", d.sorted().get(0).code());
        assertEquals(List.of(SourceWriter.MANIFEST, "p", "p/Edited.java", "p/Keep.java", "p/UserFile.java"), tree(out),
                "emptied folder q removed, the user's files kept");
        assertEquals("mine\n", Files.readString(out.resolve("p/UserFile.java")));
    }

    @Test
    void aUserFileAtAGeneratedPathIsAConflictAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        write(out, files("p/A.java", "A\n"));
        Files.writeString(out.resolve("p/B.java"), "the user's own B\n");
        List<String> before = tree(out);

        List<Diagnostic> errors = writeFailing(out, files("p/A.java", "A2\n", "p/B.java", "B\n"));

        assertEquals("output.conflict", errors.get(0).code());
        assertTrue(errors.get(0).message().startsWith("p/B.java exists and was not written by doc2java"), errors.toString());
        assertEquals(before, tree(out));
        assertEquals("A\n", Files.readString(out.resolve("p/A.java")), "old tree intact");
        assertEquals("the user's own B\n", Files.readString(out.resolve("p/B.java")));
    }

    @Test
    void anEditedGeneratedFileIsReplacedWithAWarning() throws IOException {
        Path out = tmp.resolve("out");
        write(out, files("p/A.java", "A\n"));
        Files.writeString(out.resolve("p/A.java"), "A edited by hand\n");
        Diagnostics d = new Diagnostics();
        SourceWriter.Report r = new SourceWriter(out).write(files("p/A.java", "A\n"), d).orElseThrow();
        assertEquals(List.of("p/A.java"), r.written());
        assertEquals("A\n", Files.readString(out.resolve("p/A.java")));
        assertEquals("output.overwrote-modified", d.sorted().get(0).code());
    }

    @Test
    void aFileInTheWayOfAFolderIsAConflict() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("p"), "a file named like a package folder\n");
        List<Diagnostic> errors = writeFailing(out, files("p/A.java", "A\n"));
        assertEquals("output.conflict", errors.get(0).code());
        assertEquals(List.of("p"), tree(out));
    }

    @Test
    void aFileWithTheGeneratedContentIsAdopted() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/A.java"), "A\n");
        Files.setLastModifiedTime(out.resolve("p/A.java"), LONG_AGO);
        SourceWriter.Report r = write(out, files("p/A.java", "A\n"));
        assertEquals(List.of("p/A.java"), r.unchanged());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("p/A.java")));
        assertTrue(Files.readString(out.resolve(SourceWriter.MANIFEST)).contains(" p/A.java\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../Evil.java", "/etc/Evil.java", "a/../../Evil.java", "a/./B.java", "a//B.java",
        "a\\B.java", "a/B.java/", "", "con.java", "a b/C.java", "a/B\u0000.java", "a/\u00e9/B.java", "a/B.",
        ".doc2java-manifest", ".hidden/A.java", "~/A.java", "a:b/C.java"})
    void hostilePathsAreRefusedAndNothingIsWritten(String path) throws IOException {
        Path out = tmp.resolve("out");
        List<Diagnostic> errors = writeFailing(out, files("ok/Fine.java", "fine\n", path, "x\n"));
        assertEquals("output.invalid-path", errors.get(0).code());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(List.of(), tree(tmp));
    }

    @Test
    void pathsDifferingOnlyInCaseAreRefused() {
        List<Diagnostic> errors = writeFailing(tmp.resolve("out"), files("p/Foo.java", "1\n", "p/FOO.java", "2\n"));
        assertEquals("output.case-clash", errors.get(0).code());
    }

    @Test
    void aHostileManifestNeverMakesTheWriterDeleteOutsideTheOutput() throws IOException {
        Path out = tmp.resolve("out");
        write(out, files("p/A.java", "A\n"));
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        String hash = SourceWriter.sha256("precious\n".getBytes());
        Files.writeString(out.resolve(SourceWriter.MANIFEST), hash + " ../victim.txt\n" + hash + " /tmp/victim.txt\n");

        Diagnostics d = new Diagnostics();
        new SourceWriter(out).write(files("p/B.java", "B\n"), d);

        assertTrue(Files.exists(victim));
        assertTrue(d.sorted().stream().anyMatch(x -> x.code().equals("output.manifest")));
    }

    @Test
    void aSymbolicLinkOutOfTheOutputIsRefused() throws IOException {
        Path out = tmp.resolve("out");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out);
        try {
            Files.createSymbolicLink(out.resolve("p"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        List<Diagnostic> errors = writeFailing(out, files("p/A.java", "A\n"));
        assertEquals("output.symlink", errors.get(0).code());
        assertEquals(List.of(), tree(elsewhere));
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        Path out = tmp.resolve("out");
        Files.writeString(out, "not a directory\n");
        assertEquals("output.not-a-directory", writeFailing(out, files("A.java", "A\n")).get(0).code());
        assertEquals("not a directory\n", Files.readString(out));
    }

    @Test
    void javaPathsComeFromPackageAndTypeName() {
        Diagnostics d = new Diagnostics();
        JavaFile file = JavaFile.builder("com.example.svc", TypeSpec.classBuilder("Thing").build()).build();
        assertEquals(Optional.of("com/example/svc/Thing.java"), SourceWriter.javaPath(file, d));
        Map<String, String> sources = SourceWriter.javaSources(List.of(file), d).orElseThrow();
        assertEquals(file.toString(), sources.get("com/example/svc/Thing.java"));
        assertFalse(d.hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "com.example.class", "com..example", "com/example", "com.ex ample", ".com"})
    void hostilePackageNamesAreRefused(String pkg) {
        Diagnostics d = new Diagnostics();
        JavaFile file;
        try {
            file = JavaFile.builder(pkg, TypeSpec.classBuilder("Thing").build()).build();
        } catch (IllegalArgumentException rejectedByJavaPoet) {
            return; // JavaPoet refuses it already: fine too
        }
        assertTrue(SourceWriter.javaSources(List.of(file), d).isEmpty());
        assertEquals("output.invalid-package", d.sorted().get(0).code());
    }
}
