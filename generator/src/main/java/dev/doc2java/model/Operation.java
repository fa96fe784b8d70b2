package dev.doc2java.model;

import dev.doc2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One API operation.
 *
 * @param name PascalCase operation name ({@code CreateListener})
 * @param pythonName boto3 client method name, or {@code null}
 * @param http method and URI where the docs give them, or {@code null}
 * @param input the input shape, or {@code null} when the operation takes nothing
 * @param output shape of the success response body, or {@code null}
 * @param responses every documented HTTP status (Huawei), in document order
 * @param errors error shapes (AWS) or error codes (Huawei), as documented
 * @param authentication names of authentication parameters the transport supplies (X-Auth-Token)
 * @param documentation HTML fragment
 * @param source the operation's first line
 */
public record Operation(
        String name,
        String pythonName,
        HttpBinding http,
        ShapeId input,
        ShapeId output,
        List<OperationResponse> responses,
        List<ErrorRef> errors,
        List<String> authentication,
        boolean deprecated,
        String documentation,
        List<Example> examples,
        SourceLocation source) {

    public Operation {
        Objects.requireNonNull(name, "name");
        responses = responses == null ? List.of() : List.copyOf(responses);
        errors = errors == null ? List.of() : List.copyOf(errors);
        authentication = authentication == null ? List.of() : List.copyOf(authentication);
        documentation = documentation == null ? "" : documentation;
        examples = examples == null ? List.of() : List.copyOf(examples);
        source = source == null ? SourceLocation.UNKNOWN : source;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name).pythonName(pythonName).http(http).input(input).output(output)
                .deprecated(deprecated).documentation(documentation).source(source);
        b.responses.addAll(responses);
        b.errors.addAll(errors);
        b.authentication.addAll(authentication);
        b.examples.addAll(examples);
        return b;
    }

    /** Mutable helper for readers. */
    public static final class Builder {
        private String name;
        private String pythonName;
        private HttpBinding http;
        private ShapeId input;
        private ShapeId output;
        private final List<OperationResponse> responses = new ArrayList<>();
        private final List<ErrorRef> errors = new ArrayList<>();
        private final List<String> authentication = new ArrayList<>();
        private boolean deprecated;
        private String documentation = "";
        private final List<Example> examples = new ArrayList<>();
        private SourceLocation source = SourceLocation.UNKNOWN;

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder pythonName(String v) { this.pythonName = v; return this; }
        public Builder http(HttpBinding v) { this.http = v; return this; }
        public Builder input(String v) { this.input = ShapeId.ofNullable(v); return this; }
        public Builder input(ShapeId v) { this.input = v; return this; }
        public Builder output(String v) { this.output = ShapeId.ofNullable(v); return this; }
        public Builder output(ShapeId v) { this.output = v; return this; }
        public Builder response(OperationResponse v) { this.responses.add(v); return this; }
        public Builder error(ErrorRef v) { this.errors.add(v); return this; }
        /** An error documented as an exception shape of the model. */
        public Builder errorShape(String shapeName) { this.errors.add(ErrorRef.shape(shapeName)); return this; }
        /** An error documented only by its code. */
        public Builder errorCode(String code) { this.errors.add(ErrorRef.code(code)); return this; }
        public Builder authentication(String v) { this.authentication.add(v); return this; }
        public Builder deprecated(boolean v) { this.deprecated = v; return this; }
        public Builder documentation(String v) { this.documentation = v; return this; }
        public Builder example(Example v) { this.examples.add(v); return this; }
        public Builder source(SourceLocation v) { this.source = v; return this; }

        public Operation build() {
            return new Operation(name, pythonName, http, input, output, responses, errors, authentication,
                    deprecated, documentation, examples, source);
        }
    }
}
