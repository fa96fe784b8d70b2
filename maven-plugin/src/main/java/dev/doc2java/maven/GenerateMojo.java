package dev.doc2java.maven;

import dev.doc2java.Generate;
import dev.doc2java.diag.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Generates Java sources from the API reference pages in a directory and adds them to the build. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Directory of the pages (boto3 .rst, Huawei .html/.md/.txt), walked recursively. */
    @Parameter(property = "doc2java.inputDirectory", defaultValue = "${project.basedir}/src/main/doc2java")
    private File inputDirectory;

    /** Java package; with several services each one goes to {@code <packageName>.<service>}. */
    @Parameter(property = "doc2java.packageName", required = true)
    private String packageName;

    /** Where the sources are written; added as a compile source root. */
    @Parameter(property = "doc2java.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/doc2java")
    private File outputDirectory;

    /** Page paths in diagnostics and generated headers are shown relative to this directory. */
    @Parameter(property = "doc2java.pathBase", defaultValue = "${project.basedir}")
    private File pathBase;

    @Parameter(property = "doc2java.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("doc2java: skipped");
            return;
        }
        Path base = pathBase.toPath().toAbsolutePath().normalize();
        Path input = base.relativize(inputDirectory.toPath().toAbsolutePath().normalize());
        Generate.Request request = new Generate.Request(base, List.of(input), outputDirectory.toPath(), packageName);
        Generate.Result result = Generate.sources(request);
        for (Diagnostic d : result.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> getLog().error(d.toString());
                case WARNING -> getLog().warn(d.toString());
                case INFO -> getLog().debug(d.toString());
                default -> throw new IllegalStateException(d.severity().toString());
            }
        }
        if (result.hasErrors() || result.report().isEmpty()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            throw new MojoFailureException("doc2java: " + errors + " error(s) in " + inputDirectory
                    + "; nothing was generated (see the messages above)");
        }
        result.report().ifPresent(r -> getLog().info("doc2java: " + result.services().size() + " service(s), "
                + r.files().size() + " file(s) in " + outputDirectory + ": " + r.written().size() + " written, "
                + r.unchanged().size() + " unchanged, " + r.removed().size() + " removed"));
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
}
