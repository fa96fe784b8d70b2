/** The {@code doc2java} command line ({@code generate}, {@code model}): a thin layer over {@link dev.doc2java.Generate}. */
package dev.doc2java.cli;
