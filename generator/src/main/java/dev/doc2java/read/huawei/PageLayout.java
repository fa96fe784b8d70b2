package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.Example;
import dev.doc2java.read.table.TableDocument;
import java.util.List;
import java.util.SortedMap;

/**
 * What {@link PageScanner} found on one page: the pieces of an operation, not yet typed.
 *
 * @param method the HTTP method of the URI line, or {@code null} when the page has none
 * @param uri the URI path template with Markdown escapes removed and any query template cut off
 * @param queryTemplate the names of an RFC 6570 query template ({@code {?a,b}}) or {@code ?a={a}}
 * @param statuses every documented status code with its description, in order
 * @param errorCodes the error codes of an error-code table on the page
 * @param serviceHint the service id named by the page ({@code {ga_endpoint}}), or ""
 */
record PageLayout(
        TableDocument doc,
        String method,
        String uri,
        SourceLocation uriLocation,
        List<String> queryTemplate,
        String documentation,
        List<ParamTable> tables,
        List<Example> examples,
        SortedMap<Integer, String> statuses,
        List<Integer> statusOrder,
        List<String> errorCodes,
        String serviceHint) {

    PageLayout {
        queryTemplate = List.copyOf(queryTemplate);
        tables = List.copyOf(tables);
        examples = List.copyOf(examples);
        statusOrder = List.copyOf(statusOrder);
        errorCodes = List.copyOf(errorCodes);
    }

    boolean isOperation() {
        return method != null;
    }
}
