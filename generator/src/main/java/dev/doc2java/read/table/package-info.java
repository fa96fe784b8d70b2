/**
 * The three Huawei page readers and the form they share.
 *
 * <p>{@link dev.doc2java.read.table.TableDocuments#read(dev.doc2java.read.Page, dev.doc2java.diag.Diagnostics)}
 * picks the reader by extension ({@code html}/{@code htm}/{@code xhtml}: {@link
 * dev.doc2java.read.table.HtmlTableReader}; {@code md}/{@code markdown}: {@link
 * dev.doc2java.read.table.MarkdownTableReader}; {@code txt}/{@code text}: {@link
 * dev.doc2java.read.table.FlatTextReader}) and returns a {@link dev.doc2java.read.table.TableDocument}:
 * the title and a flat list of headings, paragraphs, bullet lists, code blocks and tables, each
 * with its {@code file:line:col}. The readers know markup, not API pages; words they need to see
 * structure where the markup has none (header cells, flag values, section titles, caption labels
 * of flattened text) come from a {@link dev.doc2java.read.table.HeaderVocabulary} the caller may
 * pass. Bad input gives diagnostics, never exceptions; {@link
 * dev.doc2java.read.table.TableDocumentPrinter} prints a document for tests and debugging.
 *
 * <p>Shared conventions: heading levels are as written ({@code <h4>} is 4, {@code ##} is 2;
 * flattened text has 1 for the title and 2 for section titles); the title is also the first
 * level-1 heading block where the page has one; a caption keeps its label ({@code Table 4
 * CreateListenerOption}, with {@code Table 4} as its first strong run); a table's id is its
 * {@code id} or the {@code <a name>} just before it; a list item that holds code or a table is
 * followed by that block in the flat list; {@code <br>} splits paragraphs.
 */
package dev.doc2java.read.table;
