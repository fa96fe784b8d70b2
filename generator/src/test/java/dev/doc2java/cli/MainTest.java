package dev.doc2java.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Doc2Java;
import dev.doc2java.Generate;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.emit.SourceWriter;
import dev.doc2java.model.Flavor;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process: exit codes, what goes to which stream, what is written. */
class MainTest {

    @TempDir
    Path tmp;

    /** One CLI run. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(Main.Engine engine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e, engine);
        }
        Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), () -> "a stack trace reached the user:\n" + r.err());
        return r;
    }

    private static Run run(String... args) {
        return run(Main.LIBRARY, args);
    }

    private static ServiceModel service(String id) {
        return new ServiceModel(id, id.toUpperCase(), Flavor.AWS_BOTO3, "The " + id + " service.", List.of(),
                new TreeMap<>(), SourceLocation.of("pages/" + id + "/op.rst", 1));
    }

    /** An engine that "reads" these services with these diagnostics, whatever the pages are. */
    private static Main.Engine reading(Diagnostics diagnostics, ServiceModel... services) {
        return request -> new Doc2Java.Loaded(List.of(services), diagnostics);
    }

    private static List<String> tree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = run();
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("missing command"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "frobnicate", "generate", "generate x.rst", "generate x.rst -o out",
        "generate x.rst --package p", "model", "model x.rst", "generate x.rst -o out --package 1bad",
        "generate x.rst -o out --package com.example.class", "generate x.rst -o out --package a..b"})
    void usageErrorsExitWithTwo(String line) {
        Run r = run(line.split(" "));
        assertEquals(Main.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("doc2java: "), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "generate --help", "model --help", "generate -h", "model -h"})
    void helpOnEveryCommand(String line) {
        Run r = run(line.split(" "));
        assertEquals(Main.OK, r.exit());
        assertTrue(r.out().startsWith("Usage: doc2java"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpNamesTheOptions() {
        assertTrue(run("generate", "--help").out().contains("--package=<pkg>"));
        assertTrue(run("model", "--help").out().contains("-o, --output=<dir|->"));
        assertTrue(run("--help").out().contains("generate"));
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(Main.OK, r.exit());
        assertTrue(r.out().startsWith("doc2java "), r.out());
    }

    @Test
    void aMissingInputIsADiagnosticAndNothingIsWritten() {
        Path out = tmp.resolve("out");
        Path missing = tmp.resolve("nope.rst");
        Run r = run("generate", missing.toString(), "-o", out.toString(), "--package", "com.example");
        assertEquals(Main.ERRORS, r.exit());
        assertTrue(r.err().startsWith(missing + ":0:1: error: no such file or directory [input.missing]\n"), r.err());
        assertTrue(r.err().contains("1 error, 0 warnings; nothing written"), r.err());
        assertFalse(Files.exists(out));

        Run model = run("model", missing.toString(), "-o", out.toString());
        assertEquals(Main.ERRORS, model.exit());
        assertFalse(Files.exists(out));
        Run stdout = run("model", missing.toString(), "-o", "-");
        assertEquals(Main.ERRORS, stdout.exit());
        assertEquals("", stdout.out());
    }

    @Test
    void errorsInThePagesMeanNothingIsWritten() throws IOException {
        Diagnostics d = new Diagnostics();
        d.error("rst.broken", new SourceLocation("pages/alpha/op.rst", 7, 3), "unclosed literal");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Mine.java"), "mine\n");

        Run gen = run(reading(d, service("alpha")), "generate", "pages", "-o", out.toString(), "--package", "com.example");
        Run model = run(reading(d, service("alpha")), "model", "pages", "-o", out.toString());

        for (Run r : List.of(gen, model)) {
            assertEquals(Main.ERRORS, r.exit());
            assertTrue(r.err().startsWith("pages/alpha/op.rst:7:3: error: unclosed literal [rst.broken]\n"), r.err());
        }
        assertEquals(List.of("Mine.java"), tree(out));
    }

    @Test
    void diagnosticsAreSortedWarningsShownInfosOnlyWhenVerbose() {
        Diagnostics d = new Diagnostics();
        d.info("x.info", new SourceLocation("b.rst", 1, 1), "just so you know");
        d.warning("x.warn", new SourceLocation("b.rst", 9, 1), "later warning");
        d.warning("x.warn", new SourceLocation("a.rst", 2, 5), "earlier warning");
        Path out = tmp.resolve("out");

        Run quiet = run(reading(d, service("alpha")), "model", "pages", "-o", out.toString());
        assertEquals(Main.OK, quiet.exit(), quiet.err());
        assertTrue(quiet.err().startsWith("a.rst:2:5: warning: earlier warning [x.warn]\n"
                + "b.rst:9:1: warning: later warning [x.warn]\n"), quiet.err());
        assertFalse(quiet.err().contains("just so you know"));

        Run verbose = run(reading(d, service("alpha")), "model", "pages", "-o", out.toString(), "--verbose");
        assertTrue(verbose.err().startsWith("a.rst:2:5: warning: earlier warning [x.warn]\n"
                + "b.rst:1:1: info: just so you know [x.info]\n"
                + "b.rst:9:1: warning: later warning [x.warn]\n"), verbose.err());
    }

    @Test
    void modelToStandardOutputWithOneService() {
        Run r = run(reading(new Diagnostics(), service("alpha")), "model", "pages", "-o", "-");
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals(ModelJson.write(service("alpha")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void modelToStandardOutputWithSeveralServicesIsAUsageError() {
        Run r = run(reading(new Diagnostics(), service("alpha"), service("beta")), "model", "pages", "-o", "-");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("2 services"), r.err());
    }

    @Test
    void modelFilesOnePerService() throws IOException {
        Path out = tmp.resolve("models");
        Run r = run(reading(new Diagnostics(), service("alpha"), service("vpc-lattice")), "model", "pages", "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals(List.of(SourceWriter.MANIFEST, "alpha.json", "vpc-lattice.json"), tree(out));
        assertEquals(ModelJson.write(service("vpc-lattice")), Files.readString(out.resolve("vpc-lattice.json")));
        assertTrue(r.err().contains("2 services, 2 files in " + out + " (2 written, 0 unchanged, 0 removed)"), r.err());

        Run again = run(reading(new Diagnostics(), service("alpha")), "model", "pages", "-o", out.toString());
        assertTrue(again.err().contains("(0 written, 1 unchanged, 1 removed)"), again.err());
        assertEquals(List.of(SourceWriter.MANIFEST, "alpha.json"), tree(out));
    }

    @Test
    void aHostileServiceIdCannotEscapeTheOutputDirectory() throws IOException {
        Path out = tmp.resolve("models");
        Run r = run(reading(new Diagnostics(), service("../../evil")), "model", "pages", "-o", out.toString());
        assertEquals(Main.ERRORS, r.exit());
        assertTrue(r.err().contains("[output.invalid-path]"), r.err());
        assertEquals(List.of(), tree(tmp));
    }

    @Test
    void severalServicesGoToOnePackageEachOneServiceToTheBasePackage() throws IOException {
        List<ServiceModel> two = List.of(service("ga"), service("vpc-lattice"));
        assertEquals("com.example.ga", Generate.packageOf(two.get(0), two, "com.example"));
        assertEquals("com.example.vpclattice", Generate.packageOf(two.get(1), two, "com.example"));
        assertEquals("com.example", Generate.packageOf(two.get(1), List.of(two.get(1)), "com.example"));

        // Holds whatever the emitters produce: every generated file sits in its service's package.
        Path out = tmp.resolve("src");
        Run r = run(reading(new Diagnostics(), two.toArray(ServiceModel[]::new)),
                "generate", "pages", "-o", out.toString(), "--package", "com.example");
        assertEquals(Main.OK, r.exit(), r.err());
        for (String f : tree(out)) {
            if (f.endsWith(".java")) {
                assertTrue(f.startsWith("com/example/ga/") || f.startsWith("com/example/vpclattice/"), f);
            }
        }
        assertTrue(Files.exists(out.resolve(SourceWriter.MANIFEST)));
    }

    @Test
    void anInternalErrorIsReportedWithoutAStackTrace() {
        Main.Engine broken = request -> {
            throw new IllegalStateException("model of x has no shape Y");
        };
        Run r = run(broken, "generate", "pages", "-o", tmp.resolve("out").toString(), "--package", "com.example");
        assertEquals(Main.INTERNAL, r.exit());
        assertTrue(r.err().startsWith("doc2java: internal error: java.lang.IllegalStateException: model of x has no shape Y\n"), r.err());
        assertTrue(r.err().contains("This is a bug in doc2java"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aStackOverflowIsAnInternalErrorToo() {
        Main.Engine deep = request -> {
            throw new StackOverflowError();
        };
        Run r = run(deep, "model", "pages", "-o", "-");
        assertEquals(Main.INTERNAL, r.exit());
        assertTrue(r.err().startsWith("doc2java: internal error: java.lang.StackOverflowError\n"), r.err());
    }

    /** With the real boto3 reader and emitters. */
    @Test
    void aSmallBoto3PageEndToEnd() throws IOException {
        Path page = tmp.resolve("pages/demo/get_thing.rst");
        Files.createDirectories(page.getParent());
        Files.writeString(page, String.join("\n",
                ":doc:`Demo <../../demo>` / Client / get_thing",
                "",
                "*********",
                "get_thing",
                "*********",
                "",
                ".. py:method:: Demo.Client.get_thing(**kwargs)",
                "",
                "  Gets a thing.",
                "",
                "  See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/GetThing>`_",
                "",
                "  **Request Syntax**",
                "  ::",
                "",
                "    response = client.get_thing(",
                "        thingId='string'",
                "    )",
                "",
                "  :type thingId: string",
                "  :param thingId: **[REQUIRED]**",
                "",
                "    The ID of the thing.",
                "",
                "  :rtype: dict",
                "  :returns:",
                "",
                "    **Response Syntax**",
                "    ::",
                "",
                "      {",
                "          'name': 'string'",
                "      }",
                "",
                "    **Response Structure**",
                "",
                "    - *(dict) --*",
                "",
                "      - **name** *(string) --*",
                "",
                "        The name of the thing.",
                ""));
        Path out = tmp.resolve("src");
        Run r = run("generate", tmp.resolve("pages").toString(), "-o", out.toString(), "--package", "com.example.demo");
        assertEquals(Main.OK, r.exit(), r.err());
        List<String> java = tree(out).stream().filter(f -> f.endsWith(".java")).toList();
        assertTrue(java.contains("com/example/demo/GetThingRequest.java"), java.toString());
        for (String f : java) {
            assertTrue(f.startsWith("com/example/demo/"), f);
        }
        assertTrue(r.err().contains("doc2java: 1 service, " + java.size() + " files in " + out
                + " (" + java.size() + " written, 0 unchanged, 0 removed)"), r.err());

        Run again = run("generate", tmp.resolve("pages").toString(), "-o", out.toString(), "--package", "com.example.demo");
        assertTrue(again.err().contains("(0 written, " + java.size() + " unchanged, 0 removed)"), again.err());

        Run model = run("model", tmp.resolve("pages").toString(), "-o", tmp.resolve("models").toString());
        assertEquals(Main.OK, model.exit(), model.err());
        assertTrue(Files.isRegularFile(tmp.resolve("models/demo.json")), tree(tmp.resolve("models")).toString());

        Run stdout = run("model", page.toString(), "-o", "-");
        assertEquals(Main.OK, stdout.exit(), stdout.err());
        assertEquals(Files.readString(tmp.resolve("models/demo.json")), stdout.out());
    }
}
