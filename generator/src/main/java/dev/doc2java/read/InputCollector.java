package dev.doc2java.read;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the pages named by command-line arguments: files as given, directories walked (sorted,
 * hidden entries skipped). Only files with a page extension are taken from directories.
 */
public final class InputCollector {

    /** Extensions of pages any reader may take; other files in a directory are ignored. */
    public static final Set<String> PAGE_EXTENSIONS = Set.of("rst", "html", "htm", "md", "markdown", "txt");

    private InputCollector() {
    }

    public static List<Page> collect(List<Path> arguments, Diagnostics diagnostics) {
        return collect(null, arguments, diagnostics);
    }

    /**
     * Like {@link #collect(List, Diagnostics)}, but relative arguments are found below {@code base}
     * (when not null) while page paths still start with the argument as given. The Maven plugin
     * passes paths relative to the project so that no absolute path reaches a generated file.
     */
    public static List<Page> collect(Path base, List<Path> arguments, Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>();
        for (Path given : arguments) {
            String shown = slashes(given.toString());
            Path arg = base == null ? given : base.resolve(given);
            if (Files.isDirectory(arg)) {
                String group = arg.toAbsolutePath().normalize().getFileName() == null
                        ? "" : arg.toAbsolutePath().normalize().getFileName().toString();
                List<Path> files;
                try (Stream<Path> walk = Files.walk(arg)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(arg.relativize(p)))
                            .filter(p -> !isProjectFile(p))
                            .filter(p -> PAGE_EXTENSIONS.contains(extension(p)))
                            .sorted(Comparator.comparing(p -> slashes(arg.relativize(p).toString())))
                            .toList();
                } catch (IOException | RuntimeException e) {
                    diagnostics.error("input.unreadable", SourceLocation.of(shown, 0), "cannot list directory: " + e.getMessage());
                    continue;
                }
                for (Path file : files) {
                    String rel = slashes(arg.relativize(file).toString());
                    String path = shown.isEmpty() || shown.equals(".") ? rel
                            : shown.endsWith("/") ? shown + rel : shown + "/" + rel;
                    Path parent = arg.relativize(file).getParent();
                    String hint = parent == null ? group : parent.getFileName().toString();
                    read(file, path, hint, diagnostics, pages);
                }
            } else if (Files.isRegularFile(arg)) {
                Path parent = arg.toAbsolutePath().normalize().getParent();
                String hint = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
                read(arg, shown, hint, diagnostics, pages);
            } else {
                diagnostics.error("input.missing", SourceLocation.of(shown, 0), "no such file or directory");
            }
        }
        return pages;
    }

    private static void read(Path file, String path, String hint, Diagnostics diagnostics, List<Page> out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error("input.unreadable", SourceLocation.of(path, 0), "cannot read: " + e.getMessage());
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.error("input.encoding", SourceLocation.of(path, 1), "not valid UTF-8; save the page as UTF-8");
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        out.add(new Page(path, hint, text));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * README, LICENSE, NOTICE and CHANGELOG files describe a folder of pages; they are not pages
     * (taken only when named explicitly).
     */
    private static boolean isProjectFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.equals("readme") || stem.startsWith("license") || stem.startsWith("licence")
                || stem.equals("notice") || stem.equals("changelog");
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }
}
