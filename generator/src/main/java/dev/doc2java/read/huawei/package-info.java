/**
 * Huawei Cloud API reference pages in their table format, as HTML, Markdown or flattened text.
 *
 * <p>The readers of {@code dev.doc2java.read.table} turn each page into one
 * {@link dev.doc2java.read.table.TableDocument}; this package interprets it and never sees markup.
 * {@code PageScanner} sorts a document's blocks into the parts of an operation page (URI line,
 * function text, parameter tables per section, examples, status and error codes);
 * {@code OperationBuilder} turns them into an operation and its shapes (types from the type column,
 * constraints and enumerations from the description column, HTTP locations from the sections, error
 * codes as {@link dev.doc2java.model.ErrorRef} codes); {@code ExampleFitter} reconciles the shapes with the
 * page's JSON examples; {@code ServiceAssembler} puts the pages of one directory together into one
 * service, with unique operation names and one folding pass over identical shapes. A page that is no
 * operation page is skipped with an info diagnostic saying why.
 */
package dev.doc2java.read.huawei;
