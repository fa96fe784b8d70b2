package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The javadoc tool itself, with doclint's HTML, syntax and reference checks, finds nothing wrong in
 * the Javadoc of the golden models (hostile documentation included): the comments are well-formed.
 */
class JavadocToolTest {

    @Test
    void goldenJavadocIsWellFormed(@TempDir Path out) throws IOException {
        List<JavaFile> files = new ArrayList<>();
        for (String name : GoldenFiles.cases()) {
            files.addAll(GoldenFiles.emit(name));
        }
        assertEquals(List.of(), javadocProblems(files, out));
    }

    /** Errors and warnings of the javadoc tool (doclint html, syntax, reference) on these files. */
    static List<String> javadocProblems(List<JavaFile> files, Path out) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile f : files) {
            sources.add(f.toJavaFileObject());
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-Xdoclint:html,syntax,reference", "-quiet", "-d", out.toString(),
                "--release", "17", "-classpath", InMemoryCompiler.classpath());
        boolean ok = javadoc.getTask(new StringWriter(), null, diagnostics, null, options, sources).call();
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                problems.add((d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add("javadoc failed without a diagnostic");
        }
        return problems;
    }
}
