package dev.doc2java.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A stream of events of a sealed event type {@code T}, consumed once in arrival order. A transport
 * backs it by a connection; {@link #close()} releases it. Tests and callers that send events can use
 * {@link #of(List)}.
 */
public interface EventStream<T> extends Iterable<T>, AutoCloseable {

    @Override
    void close();

    /** An event stream over events already in memory. */
    static <T> EventStream<T> of(List<? extends T> events) {
        List<T> copy = List.copyOf(Objects.requireNonNull(events, "events"));
        return new EventStream<>() {
            @Override
            public Iterator<T> iterator() {
                return copy.iterator();
            }

            @Override
            public void close() {
            }
        };
    }
}
