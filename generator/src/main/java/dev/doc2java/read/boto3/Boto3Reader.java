package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.DocReader;
import dev.doc2java.read.Page;
import java.util.List;

/** AWS boto3 reference pages (reStructuredText), per-method and per-service layouts. */
public final class Boto3Reader implements DocReader {

    @Override
    public boolean accepts(Page page) {
        return page.extension().equals("rst");
    }

    @Override
    public List<ServiceModel> read(List<Page> pages, Diagnostics diagnostics) {
        return List.of(); // TODO(issue 2)
    }
}
