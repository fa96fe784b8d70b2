package dev.doc2java;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import dev.doc2java.emit.EmitOptions;
import dev.doc2java.emit.JavaEmitter;
import dev.doc2java.emit.JavaNames;
import dev.doc2java.emit.SourceWriter;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * One generation run, shared by the command line and the Maven plugin: read the pages, emit Java
 * (or the model JSON) and hand the files to the {@link SourceWriter}. Nothing is written when the
 * pages have errors.
 */
public final class Generate {

    private Generate() {
    }

    /**
     * What to generate.
     *
     * @param baseDirectory where relative inputs are found, or null for the working directory;
     *     inputs are shown (diagnostics, generated headers) as given, so callers pass them relative
     * @param inputs page files and directories of pages
     * @param outputDirectory the directory the generated tree goes to
     * @param packageName the Java package (of the only service, or the parent of one package per
     *     service); ignored for model JSON
     */
    public record Request(Path baseDirectory, List<Path> inputs, Path outputDirectory, String packageName) {
        public Request {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            packageName = packageName == null ? "" : packageName;
        }
    }

    /**
     * What a run did.
     *
     * @param diagnostics every diagnostic, sorted
     * @param services the services read, sorted by id
     * @param report what the writer did; empty when nothing was written because of errors
     */
    public record Result(List<Diagnostic> diagnostics, List<ServiceModel> services, Optional<SourceWriter.Report> report) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            services = List.copyOf(services);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Reads the pages and writes the Java sources of every service. */
    public static Result sources(Request request) {
        // An unusable package is reported before any page is read.
        return sources(request, isPackageName(request.packageName())
                ? load(request) : new Doc2Java.Loaded(List.of(), new Diagnostics()));
    }

    /** Emits and writes the Java sources of services already loaded (the second half of {@link #sources(Request)}). */
    public static Result sources(Request request, Doc2Java.Loaded loaded) {
        Diagnostics diagnostics = new Diagnostics();
        if (!isPackageName(request.packageName())) {
            diagnostics.error("generate.invalid-package", SourceLocation.UNKNOWN,
                    "not a valid Java package name: '" + printable(request.packageName()) + "'");
            return new Result(diagnostics.sorted(), List.of(), Optional.empty());
        }
        diagnostics.addAll(loaded.diagnostics());
        List<ServiceModel> services = loaded.services();
        noServiceWarning(services, request, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics.sorted(), services, Optional.empty());
        }
        List<JavaFile> javaFiles = new ArrayList<>();
        for (ServiceModel service : services) {
            javaFiles.addAll(JavaEmitter.emit(service, new EmitOptions(packageOf(service, services, request.packageName()))));
        }
        Optional<SortedMap<String, String>> files = SourceWriter.javaSources(javaFiles, diagnostics);
        Optional<SourceWriter.Report> report = files.isEmpty() || diagnostics.hasErrors()
                ? Optional.empty()
                : new SourceWriter(outputPath(request)).write(files.get(), diagnostics);
        return new Result(diagnostics.sorted(), services, report);
    }

    /** Reads the pages and writes one {@code <service-id>.json} model file per service. */
    public static Result models(Request request) {
        return models(request, load(request));
    }

    /** Writes the model JSON of services already loaded (the second half of {@link #models(Request)}). */
    public static Result models(Request request, Doc2Java.Loaded loaded) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loaded.diagnostics());
        List<ServiceModel> services = loaded.services();
        noServiceWarning(services, request, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(diagnostics.sorted(), services, Optional.empty());
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (ServiceModel service : services) {
            files.put(service.id() + ".json", ModelJson.write(service));
        }
        Optional<SourceWriter.Report> report = new SourceWriter(outputPath(request)).write(files, diagnostics);
        return new Result(diagnostics.sorted(), services, report);
    }

    /** Reads the pages only (for {@code model -o -}). */
    public static Doc2Java.Loaded load(Request request) {
        return Doc2Java.load(request.baseDirectory(), request.inputs());
    }

    /** Whether {@code name} can be a Java package: dotted identifiers, no keywords. */
    public static boolean isPackageName(String name) {
        return name != null && !name.isEmpty() && SourceVersion.isName(name, SourceVersion.RELEASE_17);
    }

    /**
     * The package of {@code service}: the base package itself when it is the only service, else
     * {@code <base>.<service>} as the naming authority ({@link JavaNames#packageName}) spells it.
     */
    public static String packageOf(ServiceModel service, List<ServiceModel> all, String basePackage) {
        return all.size() == 1 ? basePackage : JavaNames.packageName(basePackage, service.id());
    }

    private static void noServiceWarning(List<ServiceModel> services, Request request, Diagnostics diagnostics) {
        if (services.isEmpty() && !diagnostics.hasErrors()) {
            String where = request.inputs().isEmpty() ? "<no input>" : request.inputs().get(0).toString().replace('\\', '/');
            diagnostics.warning("generate.no-service", SourceLocation.of(where, 0),
                    "no page of a known kind was found: nothing to generate");
        }
    }

    private static Path outputPath(Request request) {
        Path out = request.outputDirectory();
        return request.baseDirectory() == null ? out : request.baseDirectory().resolve(out);
    }

    private static String printable(String s) {
        return s.codePoints().limit(80)
                .map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
