package dev.doc2java.model;

/** Which documentation family a service was read from. */
public enum Flavor {
    AWS_BOTO3("aws-boto3"),
    HUAWEI("huawei");

    private final String id;

    Flavor(String id) {
        this.id = id;
    }

    /** The name used in the model JSON. */
    public String id() {
        return id;
    }
}
