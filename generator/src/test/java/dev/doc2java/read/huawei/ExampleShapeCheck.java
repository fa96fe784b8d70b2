package dev.doc2java.read.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doc2java.model.Example;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.Member;
import dev.doc2java.model.Operation;
import dev.doc2java.model.OperationResponse;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.Shape;
import dev.doc2java.model.StructureShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks that an example's JSON body fits the model: walks the JSON tree against the request or
 * response shape and lists unknown keys and values of the wrong kind. A model-level stand-in for
 * deserialising the examples into generated records.
 */
final class ExampleShapeCheck {

    /**
     * Lenient where pages are sloppy but a client would still read the body: raw line breaks inside
     * strings (PEM certificates wrapped on the page) and trailing commas.
     */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** The outcome for one example: {@code problems} empty means it fits; {@code skipped} when there is nothing to check against. */
    record Result(Operation operation, Example example, List<String> problems, boolean skipped) {
        boolean fits() {
            return !skipped && problems.isEmpty();
        }
    }

    private ExampleShapeCheck() {
    }

    static List<Result> check(ServiceModel model) {
        List<Result> out = new ArrayList<>();
        for (Operation op : model.operations()) {
            for (Example e : op.examples()) {
                if (e.body() == null || e.body().isBlank()) {
                    continue;
                }
                out.add(check(model, op, e));
            }
        }
        return out;
    }

    static Result check(ServiceModel model, Operation op, Example e) {
        List<String> problems = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(e.body());
        } catch (Exception ex) {
            problems.add("not JSON: " + ex.getMessage().lines().findFirst().orElse(""));
            return new Result(op, e, problems, false);
        }
        if (e.kind() == Example.Kind.REQUEST) {
            if (op.input() == null) {
                problems.add("the operation takes no body");
                return new Result(op, e, problems, false);
            }
            StructureShape input = (StructureShape) model.require(op.input());
            List<Member> body = input.members().stream()
                    .filter(m -> m.location() == null || m.location() == HttpLocation.BODY).toList();
            Member payload = body.stream().filter(m -> m.has(dev.doc2java.model.MemberTrait.PAYLOAD)).findFirst().orElse(null);
            if (payload != null) {
                value(model, model.require(payload.target()), tree, "$", problems);
            } else {
                members(model, body, tree, "$", problems);
            }
            return new Result(op, e, problems, false);
        }
        ShapeId shape = null;
        if (e.status() == null) {
            shape = op.output();
        } else {
            for (OperationResponse r : op.responses()) {
                if (r.status() == e.status()) {
                    shape = r.shape();
                }
            }
        }
        if (shape == null) {
            return new Result(op, e, problems, true);
        }
        Shape s = model.require(shape);
        if (s instanceof StructureShape st) {
            members(model, st.members().stream().filter(m -> m.location() != HttpLocation.HEADER).toList(), tree, "$", problems);
        } else {
            value(model, s, tree, "$", problems);
        }
        return new Result(op, e, problems, false);
    }

    private static void members(ServiceModel model, List<Member> members, JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": expected an object, found " + node.getNodeType());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Member m = members.stream().filter(x -> x.wireName().equals(field.getKey())).findFirst().orElse(null);
            if (m == null) {
                problems.add(path + "." + field.getKey() + ": unknown key");
                continue;
            }
            value(model, model.require(m.target()), field.getValue(), path + "." + field.getKey(), problems);
        }
    }

    private static void value(ServiceModel model, Shape shape, JsonNode node, String path, List<String> problems) {
        if (node.isNull()) {
            return;
        }
        if (shape instanceof StructureShape st) {
            members(model, st.members(), node, path, problems);
        } else if (shape instanceof ListShape l) {
            if (!node.isArray()) {
                problems.add(path + ": expected an array, found " + node.getNodeType());
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                value(model, model.require(l.member()), node.get(i), path + "[" + i + "]", problems);
            }
        } else if (shape instanceof MapShape m) {
            if (!node.isObject()) {
                problems.add(path + ": expected an object (map), found " + node.getNodeType());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                value(model, model.require(m.value()), f.getValue(), path + "." + f.getKey(), problems);
            }
        } else {
            // the scalar coercions Jackson applies by default when binding to records
            boolean ok = switch (shape.type()) {
                case STRING -> node.isValueNode();
                case TIMESTAMP, BLOB -> node.isTextual();
                case INTEGER, LONG -> node.isIntegralNumber() || node.isTextual() && node.asText().matches("-?\\d+");
                case FLOAT, DOUBLE -> node.isNumber() || node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?");
                case BOOLEAN -> node.isBoolean() || node.isTextual() && node.asText().matches("true|false")
                        || node.isIntegralNumber() && node.asText().matches("[01]");
                default -> true;
            };
            if (!ok) {
                problems.add(path + ": expected " + shape.type().id() + ", found " + node.getNodeType()
                        + " " + abbreviate(node.toString()));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }
}
