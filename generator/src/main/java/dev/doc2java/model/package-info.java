/**
 * The model of one service: the only thing readers and emitters share.
 *
 * <p><b>What it promises.</b> A {@link dev.doc2java.model.ServiceModel} is values all the way down:
 * records and enums, unmodifiable, sorted where order carries no meaning (operations and shapes by
 * name) and in document order where it does (members). Shapes refer to each other through
 * {@link dev.doc2java.model.ShapeId}, operations to their errors through
 * {@link dev.doc2java.model.ErrorRef} (an exception shape or a bare error code), and every stated
 * constraint can say where the page states it ({@link dev.doc2java.model.Provenance} with a
 * {@link dev.doc2java.model.ConstraintKind}). A model that left a reader has passed
 * {@link dev.doc2java.model.ModelValidator}: no dangling reference, no wrong kind (an input or error
 * that is no structure, a map key that is no string or integer), no {@code min} above its
 * {@code max}, enumerations only on strings and integers, no two members of a structure with one
 * wire name in one part of a request, and a structure on every reference cycle; what it found is
 * reported at the page location. So an emitter, a validator or a client never has to guess: a
 * missing shape there is a bug in doc2java, not a problem of a page. Every element carries the
 * {@link dev.doc2java.diag.SourceLocation} it was read from. {@link dev.doc2java.model.ModelJson}
 * writes it as canonical {@code doc2java-model/1} JSON (see {@code MODEL-JSON.md}) and
 * {@link dev.doc2java.model.ModelJsonReader} reads that back.
 *
 * <p><b>What it must not know.</b> Pages and their formats (RST, HTML tables, Markdown, flattened
 * text), how a reader found a fact or guessed a name, and Java: no JavaPoet, no Java names, no
 * keywords. It depends on {@code dev.doc2java.diag} only; readers and emitters depend on it, never
 * the other way (checked by {@code ArchitectureTest}).
 */
package dev.doc2java.model;
