package dev.doc2java.model;

/** The kinds of shape the model knows, named as in the model JSON. */
public enum ShapeType {
    STRUCTURE("structure"),
    LIST("list"),
    MAP("map"),
    STRING("string"),
    INTEGER("integer"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    TIMESTAMP("timestamp"),
    BLOB("blob"),
    DOCUMENT("document");

    private final String id;

    ShapeType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isSimple() {
        return this != STRUCTURE && this != LIST && this != MAP;
    }

    public boolean isNumber() {
        return this == INTEGER || this == LONG || this == FLOAT || this == DOUBLE;
    }
}
