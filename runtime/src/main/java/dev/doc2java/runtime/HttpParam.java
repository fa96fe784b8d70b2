package dev.doc2java.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that travels outside the JSON body: in the URI path, the query string, a
 * header, or as the whole payload. Such components are also {@code @JsonIgnore}d.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface HttpParam {

    /** Which part of the HTTP request carries the value. */
    In in();

    /** The name on the wire (the path variable, query parameter or header name). */
    String name();

    /** The part of an HTTP request a value travels in. */
    enum In { PATH, QUERY, HEADER, PAYLOAD }
}
