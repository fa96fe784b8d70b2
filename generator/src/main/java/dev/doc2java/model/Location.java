package dev.doc2java.model;

/** Where a top-level request member travels in an HTTP request (Huawei pages say; boto3 pages don't). */
public enum Location {
    PATH("path"),
    QUERY("query"),
    HEADER("header"),
    BODY("body");

    private final String id;

    Location(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
