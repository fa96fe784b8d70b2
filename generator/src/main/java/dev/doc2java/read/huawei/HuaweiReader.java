package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.DocReader;
import dev.doc2java.read.Page;
import java.util.List;
import java.util.Set;

/** Huawei Cloud table-format API pages: HTML, Markdown and flattened text. */
public final class HuaweiReader implements DocReader {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "md", "markdown", "txt");

    @Override
    public boolean accepts(Page page) {
        return EXTENSIONS.contains(page.extension());
    }

    @Override
    public List<ServiceModel> read(List<Page> pages, Diagnostics diagnostics) {
        return List.of(); // TODO(issue 3)
    }
}
