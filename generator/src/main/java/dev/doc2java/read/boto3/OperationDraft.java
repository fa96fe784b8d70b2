package dev.doc2java.read.boto3;

import dev.doc2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** What one client method's documentation says, before shapes are named and folded. */
final class OperationDraft {
    String name;
    String pythonName;
    String documentation = "";
    boolean deprecated;
    /** The request structure, or null when the method takes nothing. */
    TypeNode input;
    /** The response structure, or null for {@code :returns: None}. */
    TypeNode output;
    final List<String> errors = new ArrayList<>();
    final List<SourceLocation> errorSources = new ArrayList<>();
    SourceLocation source = SourceLocation.UNKNOWN;
    String pagePath;
}
