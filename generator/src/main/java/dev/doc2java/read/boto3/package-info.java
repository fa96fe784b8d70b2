/**
 * AWS boto3 reference pages (reStructuredText, one page per client method or one page per service).
 *
 * <p>{@link dev.doc2java.read.boto3.RstParser} splits a page into an {@link dev.doc2java.read.boto3.RstBlock}
 * tree by indentation (sections, paragraphs, literal blocks, directives, field lists, bullets, each
 * with its line and column); it never fails. {@code Boto3Interpreter} finds the client's methods in
 * that tree and reads each operation: its documentation, the Request and Response Syntax blocks
 * ({@link dev.doc2java.read.boto3.SyntaxParser}) merged with the parameter and bullet trees into one
 * type tree ({@code TypeMerger}), recursion markers, constraints stated in prose and the documented
 * exceptions. {@code Boto3ModelBuilder} makes one provisional shape per occurrence and folds
 * structurally identical ones into named shapes. boto3 pages name no shapes and show no HTTP binding,
 * so shape names are chosen here and members carry no HTTP location.
 */
package dev.doc2java.read.boto3;
