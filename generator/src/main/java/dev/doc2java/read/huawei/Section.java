package dev.doc2java.read.huawei;

import java.util.Locale;
import java.util.regex.Pattern;

/** The part of an operation page a block belongs to, recognised from headings (English or Chinese). */
enum Section {
    PREAMBLE, FUNCTION, CONSTRAINTS, URI, REQUEST, RESPONSE, EXAMPLE, EXAMPLE_REQUEST, EXAMPLE_RESPONSE,
    STATUS_CODES, ERROR_CODES, OTHER;

    private static final Pattern TRAILING = Pattern.compile("[\\s:：.。]+$");

    /** The section a heading opens, or {@code null} when the text is no known section heading. */
    static Section of(String heading) {
        String h = TRAILING.matcher(heading.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').trim()).replaceAll("");
        h = h.replaceAll("^\\d+(\\.\\d+)*\\s+", "");
        switch (h) {
            case "function", "functions", "description", "api description", "功能介绍", "功能", "功能描述", "接口功能", "接口说明" -> {
                return FUNCTION;
            }
            case "constraints", "constraint", "restrictions", "constraints and limitations", "precautions",
                    "约束与限制", "约束限制", "约束", "使用约束", "限制", "注意事项", "使用说明" -> {
                return CONSTRAINTS;
            }
            case "uri", "url", "request uri", "请求uri", "请求url", "uri格式", "接口uri" -> {
                return URI;
            }
            case "request", "requests", "request parameters", "request parameter", "request message", "request messages",
                    "请求", "请求参数", "请求消息", "请求说明", "请求参数说明" -> {
                return REQUEST;
            }
            case "response", "responses", "response parameters", "response parameter", "response message",
                    "response messages", "响应", "响应参数", "响应消息", "返回参数", "响应说明", "响应参数说明" -> {
                return RESPONSE;
            }
            case "example requests", "example request", "request example", "request examples", "sample request",
                    "sample requests", "请求示例", "请求样例", "请求消息样例", "请求消息示例", "请求样例示例" -> {
                return EXAMPLE_REQUEST;
            }
            case "example responses", "example response", "response example", "response examples",
                    "sample response", "sample responses", "响应示例", "响应样例", "响应消息样例", "响应消息示例", "返回示例" -> {
                return EXAMPLE_RESPONSE;
            }
            case "example", "examples", "示例", "样例" -> {
                return EXAMPLE;
            }
            case "status code", "status codes", "return codes", "return code", "returned values", "返回码", "状态码",
                    "返回状态码", "返回值" -> {
                return STATUS_CODES;
            }
            case "error code", "error codes", "错误码" -> {
                return ERROR_CODES;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A heading not in the list, read by its words: "Request Body Parameters", "请求Header参数",
     * "Response Headers"; {@code null} when the words say nothing certain.
     */
    static Section loosely(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).trim();
        if (h.length() > 40) {
            return null;
        }
        boolean example = h.contains("example") || h.contains("sample") || h.contains("示例") || h.contains("样例");
        boolean request = h.contains("request") || h.contains("请求");
        boolean response = h.contains("response") || h.contains("响应") || h.contains("返回");
        if (request == response) {
            return null;
        }
        if (example) {
            return request ? EXAMPLE_REQUEST : EXAMPLE_RESPONSE;
        }
        return request ? REQUEST : RESPONSE;
    }

    boolean isRequestSide() {
        return this == URI || this == REQUEST;
    }

    boolean isExample() {
        return this == EXAMPLE || this == EXAMPLE_REQUEST || this == EXAMPLE_RESPONSE;
    }
}
