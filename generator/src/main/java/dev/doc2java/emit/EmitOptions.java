package dev.doc2java.emit;

import java.util.Objects;

/**
 * What the emitters need besides the model.
 *
 * @param packageName the Java package of every generated type of this service
 */
public record EmitOptions(String packageName) {
    public EmitOptions {
        Objects.requireNonNull(packageName, "packageName");
    }
}
