package dev.doc2java.model;

import java.util.Objects;

/** One documented value of an enumeration (wire form) and what the page says it means, if anything. */
public record EnumValue(String value, String documentation) {
    public EnumValue {
        Objects.requireNonNull(value, "value");
        documentation = documentation == null ? "" : documentation;
    }

    public static EnumValue of(String value) {
        return new EnumValue(value, "");
    }
}
