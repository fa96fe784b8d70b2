package dev.doc2java.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads a tagged union: a JSON object with exactly one non-null member. A known key becomes its
 * variant record (read by Jackson as {@code {"key": value}}); an unknown key becomes the union's
 * {@code Unknown} variant, which keeps the key and the raw value so nothing the service sent is lost.
 * Generated unions extend this with their own table of keys.
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Class<? extends T>> variants;
    private final transient BiFunction<String, Document, ? extends T> unknown;

    protected UnionDeserializer(
            Class<T> type,
            Map<String, Class<? extends T>> variants,
            BiFunction<String, Document, ? extends T> unknown) {
        super(type);
        this.variants = Map.copyOf(variants);
        this.unknown = unknown;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = p.readValueAsTree();
        if (tree == null || !tree.isObject()) {
            return ctxt.reportInputMismatch(this, "%s: expected a JSON object with one member", handledType().getSimpleName());
        }
        List<String> set = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isNull()) {
                set.add(e.getKey());
            }
        }
        if (set.size() != 1) {
            return ctxt.reportInputMismatch(this, "%s: exactly one member must be set, found %s",
                    handledType().getSimpleName(), set);
        }
        String key = set.get(0);
        Class<? extends T> variant = variants.get(key);
        if (variant == null) {
            return unknown.apply(key, Document.fromJsonNode(tree.get(key)));
        }
        ObjectNode single = ctxt.getNodeFactory().objectNode();
        single.set(key, tree.get(key));
        return ctxt.readTreeAsValue(single, variant);
    }
}
