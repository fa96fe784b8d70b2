package dev.doc2java.read;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ServiceModel;
import java.util.List;

/**
 * Turns pages of one documentation family into service models. Implementations keep no state
 * between calls.
 */
public interface DocReader {

    /** Whether this reader takes the page (decided by extension, and by content where that is cheap). */
    boolean accepts(Page page);

    /**
     * Reads all accepted pages of one run, groups them into services and returns one model per
     * service, sorted by service id. Problems go to {@code diagnostics}; a page that cannot be
     * read yields diagnostics, never an exception.
     */
    List<ServiceModel> read(List<Page> pages, Diagnostics diagnostics);
}
