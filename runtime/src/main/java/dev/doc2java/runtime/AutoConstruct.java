package dev.doc2java.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a list or map the caller never set apart from one set to empty, the way AWS SDK v2's
 * {@code SdkAutoConstructList} does.
 *
 * <p>A generated record never holds a {@code null} collection: an unset list is the shared empty
 * {@link #list(List) auto-constructed list}, which reads like any empty list but is left out of the
 * JSON. A list set to empty ({@code List.of()}, or {@code []} received from the service) is a
 * different object and is sent as {@code []}, so "clear all tags" can be expressed. Use
 * {@link #isSet(Object)} to ask which one a value is; {@link Unset} is the Jackson filter that leaves
 * unset values ({@code null} and auto-constructed collections) out.
 */
public final class AutoConstruct {

    private static final List<Object> LIST = Collections.unmodifiableList(new ArrayList<>(0));
    private static final Map<Object, Object> MAP = Collections.unmodifiableMap(new LinkedHashMap<>(0));

    private AutoConstruct() {
    }

    /**
     * An immutable copy of {@code value}; the auto-constructed empty list when {@code value} is
     * {@code null} or is itself auto-constructed.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> list(List<T> value) {
        return value == null || value == LIST ? (List<T>) LIST : List.copyOf(value);
    }

    /**
     * An immutable copy of {@code value} keeping its order; the auto-constructed empty map when
     * {@code value} is {@code null} or is itself auto-constructed.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> map(Map<K, V> value) {
        return value == null || value == MAP ? (Map<K, V>) MAP : Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }

    /** Whether a collection was set (possibly to empty), as opposed to never set; {@code null} is unset. */
    public static boolean isSet(Object value) {
        return value != null && value != LIST && value != MAP;
    }

    /**
     * For {@code @JsonInclude(value = CUSTOM, valueFilter = AutoConstruct.Unset.class)}: Jackson leaves
     * out every value this object "equals", that is {@code null} and the auto-constructed collections.
     */
    public static final class Unset {

        /** Jackson creates the filter. */
        public Unset() {
        }

        @Override
        public boolean equals(Object value) {
            return !isSet(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
