/** doc2java: API reference pages in, Java out. */
package dev.doc2java;
