/**
 * Reading pages into models: what every reader shares. {@link dev.doc2java.read.InputCollector}
 * walks the files and directories given, decodes them as UTF-8 and hands out
 * {@link dev.doc2java.read.Page}s with the path as the user wrote it; a
 * {@link dev.doc2java.read.DocReader} takes the pages of its family and returns one
 * {@link dev.doc2java.model.ServiceModel} per service, with every problem as a diagnostic at its
 * {@code file:line:col} and never an exception. Each family first parses a page into its own small
 * syntax tree with locations ({@code read.boto3}: an RST block tree; {@code read.table}: one table
 * document for HTML, Markdown and flattened text), then interprets that tree ({@code read.boto3},
 * {@code read.huawei}). The pipeline validates every model a reader returns
 * ({@link dev.doc2java.model.ModelValidator}).
 *
 * <p>Readers know pages and the model; they never see Java: no emitter, no JavaPoet (checked by
 * {@code ArchitectureTest}).
 */
package dev.doc2java.read;
