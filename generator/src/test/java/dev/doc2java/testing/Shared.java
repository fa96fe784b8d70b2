package dev.doc2java.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code ../shared} folder beside the clone (corpus, truth, scorer), which surefire passes as the
 * system property {@code doc2java.shared}. Tests that need it skip, never fail, where it is absent.
 */
public final class Shared {

    private Shared() {
    }

    /** {@code shared/<parts...>}, or the calling test is skipped when that folder is not there. */
    public static Path dir(String... parts) {
        String root = System.getProperty("doc2java.shared");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "doc2java.shared is not set");
        Path dir = Path.of(root, parts);
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared is absent: " + dir);
        return dir;
    }
}
