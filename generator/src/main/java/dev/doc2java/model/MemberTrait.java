package dev.doc2java.model;

/** Facts about a member beyond its target shape. */
public enum MemberTrait {
    /** "This field is autopopulated if not provided." */
    IDEMPOTENCY_TOKEN,
    DEPRECATED,
    /** The member is the whole HTTP payload (a streaming or blob body, an event stream). */
    PAYLOAD,
    /** A header whose value is JSON ("JSON serializable"). */
    JSON_VALUE,
    /** The docs say the value may be empty or null. */
    NULLABLE,
    /** An authentication parameter (X-Auth-Token and the like): the transport fills it, not the caller. */
    AUTH
}
