package dev.doc2java.read.huawei;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.DocReader;
import dev.doc2java.read.Page;
import dev.doc2java.read.table.TableDocument;
import dev.doc2java.read.table.TableDocuments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Huawei Cloud table-format API pages: HTML, Markdown and flattened text. The readers in
 * {@code dev.doc2java.read.table} turn each page into a {@link TableDocument}; this class groups the
 * pages by directory into services, interprets every operation page ({@link PageScanner},
 * {@link OperationBuilder}), skips other pages with an INFO diagnostic, and assembles one model per
 * service ({@link ServiceAssembler}).
 */
public final class HuaweiReader implements DocReader {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "md", "markdown", "txt");

    @Override
    public boolean accepts(Page page) {
        return EXTENSIONS.contains(page.extension());
    }

    @Override
    public List<ServiceModel> read(List<Page> pages, Diagnostics diagnostics) {
        Map<String, List<Page>> groups = new TreeMap<>();
        for (Page page : pages) {
            groups.computeIfAbsent(page.groupHint(), k -> new ArrayList<>()).add(page);
        }
        List<ServiceModel> out = new ArrayList<>();
        for (Map.Entry<String, List<Page>> group : groups.entrySet()) {
            List<TableDocument> docs = new ArrayList<>();
            List<Page> sorted = new ArrayList<>(group.getValue());
            sorted.sort(Comparator.comparing(Page::path));
            for (Page page : sorted) {
                TableDocument doc = readPage(page, diagnostics);
                if (doc != null) {
                    docs.add(doc);
                }
            }
            ServiceModel model = interpret(group.getKey(), docs, diagnostics);
            if (model != null) {
                out.add(model);
            }
        }
        out.sort(Comparator.comparing(ServiceModel::id));
        return out;
    }

    private static TableDocument readPage(Page page, Diagnostics diagnostics) {
        try {
            return TableDocuments.read(page, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.error("huawei.page-failed", page.at(1, 1), "cannot read this page: " + e);
            return null;
        }
    }

    /**
     * The model of one service from its pages' table documents, or {@code null} when no page is an
     * operation page. {@code groupHint} is the service id when no page names one.
     */
    public static ServiceModel interpret(String groupHint, List<TableDocument> documents, Diagnostics diagnostics) {
        List<TableDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(TableDocument::path));
        List<PageLayout> layouts = new ArrayList<>();
        for (TableDocument doc : docs) {
            try {
                layouts.add(new PageScanner(doc, diagnostics).scan());
            } catch (RuntimeException e) {
                diagnostics.error("huawei.page-failed", doc.titleLocation(), "cannot interpret this page: " + e);
            }
        }
        ServiceIndex index = new ServiceIndex(layouts);
        List<OperationBuilder.Result> results = new ArrayList<>();
        Map<String, Integer> hints = new TreeMap<>();
        int n = 0;
        for (PageLayout layout : layouts) {
            n++;
            if (!layout.isOperation()) {
                diagnostics.info("huawei.page-skipped", layout.doc().titleLocation(), "not an operation page (no "
                        + "method and URI line): '" + layout.doc().title() + "'");
                continue;
            }
            try {
                Diagnostics local = new Diagnostics();
                OperationBuilder.Result r = new OperationBuilder(layout, index, "p" + n, local).build();
                diagnostics.addAll(local);
                results.add(r);
                if (!r.serviceHint().isEmpty()) {
                    hints.merge(r.serviceHint(), 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                diagnostics.error("huawei.page-failed", layout.doc().titleLocation(),
                        "cannot interpret this operation page: " + e);
            }
        }
        if (results.isEmpty()) {
            return null;
        }
        String id = serviceId(groupHint, hints);
        try {
            return ServiceAssembler.assemble(id, id.toUpperCase(Locale.ROOT), results);
        } catch (RuntimeException e) {
            diagnostics.error("huawei.service-failed", results.get(0).operation().source(),
                    "cannot assemble the model of service '" + id + "': " + e);
            return null;
        }
    }

    private static String serviceId(String groupHint, Map<String, Integer> hints) {
        String best = null;
        int count = 0;
        for (Map.Entry<String, Integer> e : hints.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        String hint = groupHint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return hint.isEmpty() ? "huawei" : hint;
    }
}
