package dev.doc2java.diag;

/** How bad a diagnostic is; only {@link #ERROR} makes a run fail. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
