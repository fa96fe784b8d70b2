/** Emitters: model in, JavaPoet files out; plus the single writer that puts them on disk. */
package dev.doc2java.emit;
