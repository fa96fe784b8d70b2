package dev.doc2java.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the docs restrict about a value. {@code min}/{@code max} are lengths for strings and blobs,
 * sizes for lists and maps, values for numbers; {@code pattern} is a Java regex that must match the
 * whole value. Every stated constraint should have a {@link Provenance} entry.
 */
public record Constraints(
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String defaultValue,
        List<EnumValue> enumValues,
        List<Provenance> provenance) {

    public static final Constraints NONE = new Constraints(null, null, null, null, List.of(), List.of());

    public Constraints {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }

    public boolean isEmpty() {
        return min == null && max == null && pattern == null && defaultValue == null && enumValues.isEmpty();
    }

    public boolean hasEnum() {
        return !enumValues.isEmpty();
    }

    public List<String> enumNames() {
        return enumValues.stream().map(EnumValue::value).toList();
    }

    public Constraints withMin(BigDecimal value) {
        return new Constraints(value, max, pattern, defaultValue, enumValues, provenance);
    }

    public Constraints withMax(BigDecimal value) {
        return new Constraints(min, value, pattern, defaultValue, enumValues, provenance);
    }

    public Constraints withPattern(String value) {
        return new Constraints(min, max, value, defaultValue, enumValues, provenance);
    }

    public Constraints withDefault(String value) {
        return new Constraints(min, max, pattern, value, enumValues, provenance);
    }

    public Constraints withEnumValues(List<EnumValue> values) {
        return new Constraints(min, max, pattern, defaultValue, values, provenance);
    }

    public Constraints withProvenance(Provenance p) {
        var all = new java.util.ArrayList<>(provenance);
        all.add(p);
        return new Constraints(min, max, pattern, defaultValue, enumValues, all);
    }

    /** Structural equality that ignores provenance (where the page said it). */
    public boolean sameAs(Constraints other) {
        return java.util.Objects.equals(min, other.min)
                && java.util.Objects.equals(max, other.max)
                && java.util.Objects.equals(pattern, other.pattern)
                && java.util.Objects.equals(defaultValue, other.defaultValue)
                && enumValues.equals(other.enumValues);
    }
}
