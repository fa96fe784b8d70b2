package dev.doc2java.read.huawei;

import dev.doc2java.model.Shape;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The shapes one page defines, under temporary names ({@code prefix#n}) with the name each would
 * like to have; {@link ServiceAssembler} folds and names them for the whole service.
 */
final class PageShapes {

    final Map<String, Shape> shapes = new LinkedHashMap<>();
    final Map<String, String> preferred = new LinkedHashMap<>();
    /** The shapes that stand for object types no table describes (free-form documents). */
    final Set<String> unresolved = new LinkedHashSet<>();
    /** Lists whose element type the page did not state ({@code Array}); examples may tell. */
    final Set<String> guessedElements = new LinkedHashSet<>();
    /** Structures built from tables without a Mandatory column (response tables): their required flags are unstated. */
    final Set<String> requiredUnstated = new LinkedHashSet<>();
    private final String prefix;
    private int counter;

    PageShapes(String prefix) {
        this.prefix = prefix;
    }

    /** A new temporary shape name, unique within the service. */
    String temp(String what) {
        return prefix + "#" + (++counter) + what;
    }

    /** The preferred name of a temporary shape, or the name itself ({@code String}). */
    String displayName(String target) {
        return preferred.getOrDefault(target, target);
    }
}
