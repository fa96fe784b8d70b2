package dev.doc2java.model;

/** Where a top-level request member travels in an HTTP request (Huawei pages say; boto3 pages don't). */
public enum HttpLocation {
    PATH("path"),
    QUERY("query"),
    HEADER("header"),
    BODY("body");

    private final String id;

    HttpLocation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
