/** The doc2java Maven plugin: a thin Mojo over {@link dev.doc2java.Generate}. */
package dev.doc2java.maven;
