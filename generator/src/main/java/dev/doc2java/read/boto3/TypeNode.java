package dev.doc2java.read.boto3;

import dev.doc2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * One occurrence of a type on a page, before shapes are named and folded: what the Request or
 * Response Syntax block and the parameter/bullet tree say about it together.
 */
final class TypeNode {

    enum Kind { STRUCTURE, LIST, MAP, STRING, INTEGER, DOUBLE, BOOLEAN, TIMESTAMP, BLOB, DOCUMENT, RECURSIVE }

    Kind kind;
    final List<MemberNode> members = new ArrayList<>();
    TypeNode element;
    TypeNode key;
    TypeNode value;
    List<String> enumValues = List.of();
    boolean union;
    /** Whether the page showed whether this is a union (false inside an unrendered section). */
    boolean unionKnown = true;
    /** Whether the page shows required flags here (request side). */
    boolean requiredKnown;
    /**
     * A response blob the page shows as {@code StreamingBody}: the one blob boto3 hands over as a
     * stream. Request payload blobs ({@code b'bytes'|file}, {@code bytes or seekable file-like
     * object}) look the same on the page whether or not the service streams them, so they are
     * {@link #payload} blobs only.
     */
    boolean streaming;
    /** A request blob that is the operation's payload ({@code b'bytes'|file}). */
    boolean payload;
    boolean eventStream;
    /** The syntax block showed only {@code ...} here (botocore's placeholder for a float). */
    boolean placeholderOnly;
    String documentation = "";
    /** Limits the description states (see {@link ProseConstraints}). */
    dev.doc2java.model.Constraints constraints = dev.doc2java.model.Constraints.NONE;
    SourceLocation source = SourceLocation.UNKNOWN;
    TypeNode parent;
    /** The member name this node is the value of, or null for list elements, map values and roots. */
    String memberName;
    /** The nearest member name above (for naming list elements and map values). */
    String contextName;
    /** For RECURSIVE: what the bullet at this place said (null when no bullet). */
    TypeWord recursionTypeWord;
    List<String> recursionUnionMembers;
    boolean recursionUnionNoteSeen;
    String recursionDescription;
    TypeNode recursionTarget;

    TypeNode(Kind kind) {
        this.kind = kind;
    }

    boolean isDictLike() {
        return kind == Kind.STRUCTURE || kind == Kind.MAP;
    }

    MemberNode member(String name) {
        for (MemberNode m : members) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** A member of a structure node. */
    static final class MemberNode {
        final String name;
        TypeNode type;
        boolean required;
        String documentation = "";
        boolean idempotencyToken;
        boolean payload;
        boolean jsonValue;
        dev.doc2java.model.Constraints constraints = dev.doc2java.model.Constraints.NONE;
        SourceLocation source = SourceLocation.UNKNOWN;

        MemberNode(String name, TypeNode type) {
            this.name = name;
            this.type = type;
        }
    }
}
