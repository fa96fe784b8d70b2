package dev.doc2java.cli;

import dev.doc2java.Doc2Java;
import dev.doc2java.Generate;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.Severity;
import dev.doc2java.model.ModelJson;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code doc2java} command line: {@code generate} writes Java sources, {@code model} writes
 * the model JSON. Exit codes: 0 success, 1 errors in the pages (or while writing), 2 usage error,
 * 3 internal error. Diagnostics go to standard error, sorted; standard output carries only what a
 * command was asked to print ({@code model -o -}, {@code --help}).
 */
@Command(name = "doc2java", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns published API reference pages (boto3 reStructuredText, Huawei Cloud pages) into Java.",
        subcommands = {Main.GenerateCommand.class, Main.ModelCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** The library, with a replaceable loader; replaceable as a whole in tests. */
    interface Engine {
        Doc2Java.Loaded load(Generate.Request request);

        default Generate.Result sources(Generate.Request request) {
            return Generate.sources(request, load(request));
        }

        default Generate.Result models(Generate.Request request) {
            return Generate.models(request, load(request));
        }
    }

    static final Engine LIBRARY = Generate::load;

    private final PrintStream out;
    private final PrintStream err;
    private final Engine engine;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    Main(PrintStream out, PrintStream err, Engine engine) {
        this.out = out;
        this.err = err;
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with these streams and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, LIBRARY);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Engine engine) {
        try {
            CommandLine cli = new CommandLine(new Main(out, err, engine), new Factory(out, err, engine));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, err));
            cli.setParameterExceptionHandler((e, a) -> {
                err.println("doc2java: " + e.getMessage());
                err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
                return USAGE;
            });
            return cli.execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, err);
        }
    }

    private static int internalError(Throwable thrown, PrintStream err) {
        Throwable e = thrown;
        while (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
            e = e.getCause();
        }
        err.println("doc2java: internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        err.println("This is a bug in doc2java, not in your pages. Please report it together with the"
                + " command line and the pages that trigger it.");
        return INTERNAL;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: generate or model");
    }

    /** Options both commands take. */
    abstract static class Common implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "<page|dir>", description = "Pages, or directories of pages.")
        List<Path> inputs;

        @Option(names = "--verbose", description = "Also show informational diagnostics and what was written.")
        boolean verbose;

        final PrintStream out;
        final PrintStream err;
        final Engine engine;

        Common(PrintStream out, PrintStream err, Engine engine) {
            this.out = out;
            this.err = err;
            this.engine = engine;
        }

        /** Prints diagnostics; returns whether there was an error. */
        boolean print(List<Diagnostic> diagnostics) {
            for (Diagnostic d : diagnostics) {
                if (d.severity() != Severity.INFO || verbose) {
                    err.println(d);
                }
            }
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
            if (errors > 0) {
                err.println("doc2java: " + plural(errors, "error") + ", " + plural(warnings, "warning") + "; nothing written");
            }
            return errors > 0;
        }

        void summary(Generate.Result result, Path output) {
            result.report().ifPresent(r -> {
                err.println("doc2java: " + plural(result.services().size(), "service") + ", "
                        + plural(r.files().size(), "file") + " in " + output + " (" + r.written().size() + " written, "
                        + r.unchanged().size() + " unchanged, " + r.removed().size() + " removed)");
                if (verbose) {
                    r.written().forEach(f -> err.println("  wrote " + f));
                    r.removed().forEach(f -> err.println("  removed " + f));
                }
            });
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Writes Java sources for the services documented by the pages.")
    static final class GenerateCommand extends Common {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>",
                description = "Directory for the generated sources (created; files doc2java did not write are kept).")
        Path output;

        @Option(names = "--package", required = true, paramLabel = "<pkg>",
                description = "Java package; with several services each goes to <pkg>.<service>.")
        String packageName;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        GenerateCommand(PrintStream out, PrintStream err, Engine engine) {
            super(out, err, engine);
        }

        @Override
        public Integer call() {
            if (!Generate.isPackageName(packageName)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--package: not a valid Java package name: '" + packageName + "'");
            }
            Generate.Result result = engine.sources(new Generate.Request(null, inputs, output, packageName));
            if (print(result.diagnostics()) || result.report().isEmpty()) {
                return ERRORS;
            }
            summary(result, output);
            return OK;
        }
    }

    @Command(name = "model", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Writes the model JSON (doc2java-model/1) of each service as <service-id>.json.")
    static final class ModelCommand extends Common {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir|->",
                description = "Directory for the model files, or - for standard output (one service only).")
        String output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        ModelCommand(PrintStream out, PrintStream err, Engine engine) {
            super(out, err, engine);
        }

        @Override
        public Integer call() {
            Generate.Request request = new Generate.Request(null, inputs, Path.of(output.equals("-") ? "." : output), "");
            if (!output.equals("-")) {
                Generate.Result result = engine.models(request);
                if (print(result.diagnostics()) || result.report().isEmpty()) {
                    return ERRORS;
                }
                summary(result, Path.of(output));
                return OK;
            }
            Doc2Java.Loaded loaded = engine.load(request);
            Diagnostics diagnostics = loaded.diagnostics();
            if (print(diagnostics.sorted())) {
                return ERRORS;
            }
            if (loaded.services().size() != 1) {
                err.println("doc2java: -o - prints exactly one service, but the pages describe "
                        + plural(loaded.services().size(), "service") + "; give an output directory instead");
                return loaded.services().isEmpty() ? ERRORS : USAGE;
            }
            out.print(ModelJson.write(loaded.services().get(0)));
            out.flush();
            return OK;
        }
    }

    /** Creates the commands with this run's streams (no static state). */
    private static final class Factory implements CommandLine.IFactory {
        private final PrintStream out;
        private final PrintStream err;
        private final Engine engine;

        Factory(PrintStream out, PrintStream err, Engine engine) {
            this.out = out;
            this.err = err;
            this.engine = engine;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GenerateCommand.class) {
                return cls.cast(new GenerateCommand(out, err, engine));
            }
            if (cls == ModelCommand.class) {
                return cls.cast(new ModelCommand(out, err, engine));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version of the generator jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"doc2java " + (v == null ? "(development build)" : v)};
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
