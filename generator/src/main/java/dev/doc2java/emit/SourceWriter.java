package dev.doc2java.emit;

import com.palantir.javapoet.JavaFile;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * The single place where doc2java writes files: puts the files of one run under an output
 * directory, safely.
 *
 * <ul>
 *   <li>Nothing lands outside the output directory: every relative path is checked (no {@code ..},
 *       no absolute paths, no odd characters, no symbolic links on the way).
 *   <li>Nothing is half-written: files are first written to a temporary directory beside the
 *       output directory and then moved into place (the whole tree at once when the output directory
 *       does not exist yet, else file by file with atomic moves). When anything goes wrong before
 *       the move, the old tree is left exactly as it was.
 *   <li>Only its own files are ever replaced or deleted: a manifest ({@value #MANIFEST}) lists the
 *       relative path and SHA-256 of every file written. A later run deletes a file of an earlier run
 *       only when it is no longer produced and still has the content doc2java gave it; a file of
 *       somebody else at a path doc2java wants is a conflict and nothing is written.
 *   <li>A file whose content did not change is not touched, so its timestamp survives and
 *       incremental builds stay incremental.
 * </ul>
 *
 * <p>Problems are reported as diagnostics (codes {@code output.*}), never thrown.
 */
public final class SourceWriter {

    /** Name of the manifest file in the output directory. */
    public static final String MANIFEST = ".doc2java-manifest";

    private static final String MANIFEST_HEADER =
            "# doc2java manifest: files written by doc2java here (path, SHA-256). Do not edit.";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_$.\\-]{0,199}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_PATH = 1000;

    private final Path outputDirectory;

    public SourceWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** What one {@link #write} did, as relative paths with {@code /} separators, each list sorted. */
    public record Report(List<String> written, List<String> unchanged, List<String> removed, List<String> kept) {
        public Report {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            removed = List.copyOf(removed);
            kept = List.copyOf(kept);
        }

        /** Every file the run produced, written or unchanged, sorted. */
        public List<String> files() {
            TreeSet<String> all = new TreeSet<>(written);
            all.addAll(unchanged);
            return List.copyOf(all);
        }
    }

    /**
     * The path of a generated Java file below the output directory ({@code com/example/Foo.java}),
     * or empty with an error when the package or type name is not a valid Java name.
     */
    public static Optional<String> javaPath(JavaFile file, Diagnostics diagnostics) {
        String pkg = file.packageName();
        String type = file.typeSpec().name();
        if (!pkg.isEmpty() && !SourceVersion.isName(pkg, SourceVersion.RELEASE_17)) {
            diagnostics.error("output.invalid-package", SourceLocation.UNKNOWN,
                    "not a valid Java package name: " + quote(pkg));
            return Optional.empty();
        }
        if (type == null || !SourceVersion.isIdentifier(type) || SourceVersion.isKeyword(type, SourceVersion.RELEASE_17)) {
            diagnostics.error("output.invalid-type-name", SourceLocation.UNKNOWN,
                    "not a valid Java type name: " + quote(String.valueOf(type)));
            return Optional.empty();
        }
        String dir = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
        return Optional.of(dir + type + ".java");
    }

    /** The Java files as a path-to-text map ready for {@link #write}; empty when any name is invalid. */
    public static Optional<SortedMap<String, String>> javaSources(List<JavaFile> files, Diagnostics diagnostics) {
        SortedMap<String, String> out = new TreeMap<>();
        boolean ok = true;
        for (JavaFile file : files) {
            Optional<String> path = javaPath(file, diagnostics);
            if (path.isEmpty()) {
                ok = false;
            } else if (out.put(path.get(), file.toString()) != null) {
                diagnostics.error("output.duplicate", SourceLocation.UNKNOWN, "two generated files for " + path.get());
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** Whether {@code path} is an acceptable relative output path ({@code a/b/C.java}). */
    public static boolean isSafeRelativePath(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.endsWith(".") || segment.equals(MANIFEST)) {
                return false;
            }
            int dot = segment.indexOf('.');
            String stem = (dot < 0 ? segment : segment.substring(0, dot)).toLowerCase(Locale.ROOT);
            if (RESERVED.contains(stem)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts exactly these files (relative path to UTF-8 text) under the output directory.
     *
     * @return what was done, or empty when an error was reported (then nothing was changed)
     */
    public Optional<Report> write(SortedMap<String, String> files, Diagnostics diagnostics) {
        String shownOut = outputDirectory.toString().replace('\\', '/');
        SourceLocation at = SourceLocation.of(shownOut, 0);
        Path out = outputDirectory.toAbsolutePath().normalize();
        int errorsBefore = errorCount(diagnostics);

        Map<String, byte[]> content = new TreeMap<>();
        Map<String, String> lowerCase = new HashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            String rel = e.getKey();
            if (!isSafeRelativePath(rel)) {
                diagnostics.error("output.invalid-path", at, "refusing to write outside a plain relative path: " + quote(rel));
                continue;
            }
            String clash = lowerCase.put(rel.toLowerCase(Locale.ROOT), rel);
            if (clash != null) {
                diagnostics.error("output.case-clash", at, "paths differ only in case: " + clash + " and " + rel);
                continue;
            }
            content.put(rel, e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            diagnostics.error("output.not-a-directory", at, "output exists and is not a directory");
        }
        if (errorCount(diagnostics) > errorsBefore) {
            return Optional.empty();
        }

        try {
            Map<String, String> oldManifest = readManifest(out.resolve(MANIFEST), at, diagnostics);
            Map<String, String> newManifest = new TreeMap<>();
            List<String> toWrite = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                String rel = e.getKey();
                String hash = sha256(e.getValue());
                newManifest.put(rel, hash);
                Path target = out.resolve(rel);
                if (!insideWithoutLinks(out, target)) {
                    diagnostics.error("output.symlink", at, "a symbolic link leads out of the output directory at " + rel);
                    continue;
                }
                if (blockedByFile(out, target)) {
                    diagnostics.error("output.conflict", at, rel + ": a file of the same name as one of its folders is in the way");
                } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.error("output.conflict", at, rel + " is a directory, not a file doc2java wrote");
                } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] existing = Files.readAllBytes(target);
                    if (Arrays.equals(existing, e.getValue())) {
                        unchanged.add(rel);
                    } else if (oldManifest.containsKey(rel)) {
                        toWrite.add(rel);
                        if (!sha256(existing).equals(oldManifest.get(rel))) {
                            diagnostics.warning("output.overwrote-modified", SourceLocation.of(shownOut + "/" + rel, 0),
                                    "changed since doc2java wrote it; replaced (generated files are not to be edited)");
                        }
                    } else {
                        diagnostics.error("output.conflict", at, rel
                                + " exists and was not written by doc2java; move it away or choose another output directory");
                    }
                } else {
                    toWrite.add(rel);
                }
            }
            List<String> toRemove = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (Map.Entry<String, String> e : oldManifest.entrySet()) {
                String rel = e.getKey();
                Path target = out.resolve(rel);
                if (content.containsKey(rel) || !insideWithoutLinks(out, target)
                        || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (sha256(Files.readAllBytes(target)).equals(e.getValue())) {
                    toRemove.add(rel);
                } else {
                    kept.add(rel);
                    diagnostics.warning("output.kept-modified", SourceLocation.of(shownOut + "/" + rel, 0),
                            "no longer generated, but changed since doc2java wrote it: kept");
                }
            }
            if (errorCount(diagnostics) > errorsBefore) {
                return Optional.empty();
            }
            String manifestText = manifest(newManifest);
            boolean manifestChanged = !manifestText.equals(readString(out.resolve(MANIFEST)));
            if (toWrite.isEmpty() && toRemove.isEmpty() && !manifestChanged) {
                return Optional.of(new Report(List.of(), unchanged, List.of(), kept));
            }
            commit(out, content, toWrite, toRemove, oldManifest, newManifest, manifestText);
            return Optional.of(new Report(toWrite, unchanged, toRemove, kept));
        } catch (IOException | RuntimeException e) {
            diagnostics.error("output.io", at, "cannot write output: " + describe(e));
            return Optional.empty();
        }
    }

    private void commit(Path out, Map<String, byte[]> content, List<String> toWrite, List<String> toRemove,
            Map<String, String> oldManifest, Map<String, String> newManifest, String manifestText) throws IOException {
        Path parent = out.getParent();
        if (parent == null) {
            throw new IOException("the output directory cannot be a file system root");
        }
        Files.createDirectories(parent);
        String base = out.getFileName() == null ? "out" : out.getFileName().toString();
        Path staging = Files.createTempDirectory(parent, "." + base + ".doc2java-");
        try {
            for (String rel : toWrite) {
                Path file = staging.resolve(rel);
                Files.createDirectories(file.getParent());
                Files.write(file, content.get(rel));
            }
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.writeString(staging.resolve(MANIFEST), manifestText);
                move(staging, out);
                return;
            }
            // First a manifest naming everything about to be there, so that an interrupted run
            // still knows every file it may have written.
            Map<String, String> union = new TreeMap<>(oldManifest);
            union.putAll(newManifest);
            replace(staging, out, MANIFEST, manifest(union));
            for (String rel : toWrite) {
                Path target = out.resolve(rel);
                Files.createDirectories(target.getParent());
                move(staging.resolve(rel), target);
            }
            for (String rel : toRemove) {
                Files.deleteIfExists(out.resolve(rel));
                pruneEmptyParents(out, out.resolve(rel).getParent());
            }
            replace(staging, out, MANIFEST, manifestText);
        } finally {
            deleteTree(staging);
        }
    }

    private static void replace(Path staging, Path out, String name, String text) throws IOException {
        Path temp = staging.resolve(name);
        Files.writeString(temp, text);
        move(temp, out.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void pruneEmptyParents(Path out, Path dir) throws IOException {
        Path d = dir;
        while (d != null && d.startsWith(out) && !d.equals(out)) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            d = d.getParent();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    /** Whether every existing path element from {@code out} (exclusive) to {@code target} is no symbolic link. */
    private static boolean insideWithoutLinks(Path out, Path target) {
        Path normal = target.normalize();
        if (!normal.startsWith(out) || normal.equals(out)) {
            return false;
        }
        Path d = normal;
        while (!d.equals(out)) {
            if (Files.isSymbolicLink(d)) {
                return false;
            }
            d = d.getParent();
        }
        return true;
    }

    /** Whether an existing non-directory stands where a folder of {@code target} should be. */
    private static boolean blockedByFile(Path out, Path target) {
        for (Path d = target.getParent(); d != null && !d.equals(out); d = d.getParent()) {
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> readManifest(Path file, SourceLocation at, Diagnostics diagnostics) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String hash = space < 0 ? "" : line.substring(0, space);
            String rel = space < 0 ? "" : line.substring(space + 1);
            if (hash.length() != 64 || !isSafeRelativePath(rel)) {
                // A damaged or hostile entry never lets doc2java touch a file.
                diagnostics.warning("output.manifest", at, "ignoring a malformed manifest line in " + MANIFEST);
                continue;
            }
            entries.put(rel, hash);
        }
        return entries;
    }

    private static String manifest(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\n');
        entries.forEach((rel, hash) -> sb.append(hash).append(' ').append(rel).append('\n'));
        return sb.toString();
    }

    private static String readString(Path file) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readString(file) : null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static int errorCount(Diagnostics diagnostics) {
        return (int) diagnostics.count(dev.doc2java.diag.Severity.ERROR);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().limit(120).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
