package dev.doc2java.emit;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated files in memory against what generated code may use: the runtime and Jackson.
 * {@code -Xlint:all -Werror}-like: every warning is reported as a problem.
 */
final class InMemoryCompiler {

    record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, ClassLoader loader) {
        List<String> problems() {
            return diagnostics.stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                            + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
        }

        Class<?> load(String name) throws ClassNotFoundException {
            return Class.forName(name, true, loader);
        }
    }

    private InMemoryCompiler() {
    }

    static Result compile(List<JavaFile> files) {
        return compile(files, true);
    }

    /** Attributes and flow-checks only (every error and lint warning), without generating classes. */
    static Result check(List<JavaFile> files) {
        return compile(files, false);
    }

    private static Result compile(List<JavaFile> files, boolean generate) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile f : files) {
            sources.add(f.toJavaFileObject());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-proc:none", "-classpath", classpath()));
        if (!generate) {
            options.add("-XDshould-stop.ifNoError=FLOW");
        }
        boolean ok = javac.getTask(null, memory, diagnostics, options, null, sources).call();
        ClassLoader loader = new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        return new Result(diagnostics.getDiagnostics(), ok ? loader : null);
    }

    /** The runtime and Jackson jars (or class folders) only: what generated code may depend on. */
    static String classpath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(dev.doc2java.runtime.Blob.class,
                com.fasterxml.jackson.annotation.JsonProperty.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonGenerator.class)) {
            try {
                entries.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
