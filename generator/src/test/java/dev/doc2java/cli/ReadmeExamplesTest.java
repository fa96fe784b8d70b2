package dev.doc2java.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.Generate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line examples of the README are run, on the seed pages of {@code input-docs/}, and what
 * they print must be what the README shows: a change of the emitters or readers that changes the
 * example makes this fail until the README is brought up to date, so the two cannot drift.
 *
 * <p>An example is a {@code sh} block whose lines starting with {@code $ java -jar
 * generator/target/doc2java.jar} are commands and the lines after each its expected output
 * (standard error for {@code generate}, standard output for {@code model -o -}); {@code | head -N}
 * keeps the first N lines. The output directory {@code /tmp/out} of the README is a temporary
 * directory here. The sentence announcing the example also states what a second identical run
 * reports, which is checked by running it twice.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("doc2java.root", "..")).toAbsolutePath().normalize();
    private static final String PROMPT = "$ java -jar generator/target/doc2java.jar ";
    private static final Pattern SECOND_RUN = Pattern.compile("a second identical run reports `([^`]*)`");

    @TempDir
    Path tmp;

    /** The library, reading pages below the repository root while showing their paths as given. */
    private static final Main.Engine FROM_ROOT = request -> Generate.load(new Generate.Request(
            ROOT, request.inputs(), request.outputDirectory(), request.packageName()));

    private record Example(String command, List<String> expected) {
    }

    private record Run(String out, String err) {
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** Every {@code $ java -jar ...} command of the README's sh blocks, with the lines it shows. */
    private static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            Example current = null;
            for (String line : block.group(1).split("\n", -1)) {
                if (line.startsWith(PROMPT)) {
                    current = new Example(line.substring(PROMPT.length()), new ArrayList<>());
                    examples.add(current);
                } else if (line.startsWith("$ ")) {
                    current = null;
                } else if (current != null && !line.isEmpty()) {
                    current.expected().add(line);
                }
            }
        }
        return examples;
    }

    private Run run(String command) {
        String[] args = command.replace("/tmp/out", tmp.resolve("out").toString()).split(" ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = Main.run(args, o, e, FROM_ROOT);
            assertEquals(Main.OK, exit, command + ":\n" + err.toString(StandardCharsets.UTF_8));
        }
        return new Run(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(tmp.resolve("out").toString(), "/tmp/out"));
    }

    private static List<String> lines(String text, int limit) {
        List<String> lines = text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return limit < 0 ? lines : lines.subList(0, Math.min(limit, lines.size()));
    }

    @Test
    void theCommandLineExamplesPrintWhatTheReadmeShows() throws IOException {
        List<Example> examples = examples(readme());
        assertEquals(2, examples.size(), "the README's command-line examples: " + examples);
        for (Example e : examples) {
            String command = e.command();
            int limit = -1;
            Matcher head = Pattern.compile("\\s*\\|\\s*head -(\\d+)$").matcher(command);
            if (head.find()) {
                limit = Integer.parseInt(head.group(1));
                command = command.substring(0, head.start());
            }
            Run r = run(command);
            boolean toStdout = command.contains(" -o -");
            assertEquals(e.expected(), lines(toStdout ? r.out() : r.err(), limit), "README example: " + e.command());
        }
    }

    @Test
    void theSecondRunTheReadmeAnnouncesWritesNothing() throws IOException {
        String readme = readme();
        Matcher second = SECOND_RUN.matcher(readme);
        assertTrue(second.find(), "the README says what a second run reports");
        Example generate = examples(readme).stream().filter(e -> e.command().startsWith("generate ")).findFirst()
                .orElseThrow();
        run(generate.command());
        List<String> again = lines(run(generate.command()).err(), -1);
        String summary = again.get(again.size() - 1);
        assertTrue(summary.contains("(" + second.group(1) + ", 0 removed)"),
                "README: '" + second.group(1) + "'; the second run: " + summary);
    }

    /**
     * The types the README lists for the seed pages exist in the page goldens of the seeds (which a
     * test keeps equal to what the build generates), as files or as nested types, and "N exceptions"
     * is their number of exceptions.
     */
    @Test
    void theTypesListedForTheSeedPagesAreGenerated() throws IOException {
        Matcher block = Pattern.compile("```\n(dev/doc2java/sample/.*?)```", Pattern.DOTALL).matcher(readme());
        assertTrue(block.find(), "the README lists what generated-sample gets");
        Path goldens = ROOT.resolve("generator/src/test/resources/golden-pages");
        Path dir = null;
        int checked = 0;
        for (String line : block.group(1).split("\n")) {
            Matcher pkg = Pattern.compile("^dev/doc2java/sample/(\\w+)/").matcher(line);
            if (pkg.find()) {
                String service = pkg.group(1).equals("vpclattice") ? "vpc-lattice" : pkg.group(1);
                dir = goldens.resolve(service).resolve("java/dev/doc2java/pages/" + pkg.group(1));
                line = line.substring(pkg.end());
            }
            assertTrue(dir != null && Files.isDirectory(dir), "no page goldens for " + line);
            StringBuilder all = new StringBuilder();
            List<Path> files;
            try (var list = Files.list(dir)) {
                files = list.sorted().toList();
            }
            for (Path f : files) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            Matcher type = Pattern.compile("\\b[A-Z][A-Za-z0-9]+\\b").matcher(line);
            while (type.find()) {
                String name = type.group();
                boolean file = Files.exists(dir.resolve(name + ".java"));
                boolean nested = Pattern.compile("(record|class|interface) " + name + "\\b").matcher(all).find();
                assertTrue(file || nested, "README lists " + name + ", which is not generated in " + dir);
                checked++;
            }
            Matcher exceptions = Pattern.compile("(\\d+) exceptions").matcher(line);
            if (exceptions.find()) {
                long count = files.stream().filter(f -> {
                    try {
                        return Files.readString(f, StandardCharsets.UTF_8).contains(" extends ServiceException");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).count();
                assertEquals(Long.parseLong(exceptions.group(1)), count, "exceptions generated in " + dir);
            }
        }
        assertTrue(checked >= 15, "type names checked: " + checked);
    }
}
