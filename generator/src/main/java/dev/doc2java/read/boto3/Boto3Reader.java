package dev.doc2java.read.boto3;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.DocReader;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS boto3 reference pages (reStructuredText), per-method and per-service layouts. Each page is
 * parsed into an {@link RstBlock} tree ({@link RstParser}), repaired where boto3 printed text too far
 * left ({@link DedentRepair}), interpreted into operation drafts
 * ({@link Boto3Interpreter}); the drafts of one service become one model
 * ({@link Boto3ModelBuilder}).
 */
public final class Boto3Reader implements DocReader {

    @Override
    public boolean accepts(Page page) {
        return page.extension().equals("rst");
    }

    @Override
    public List<ServiceModel> read(List<Page> pages, Diagnostics diagnostics) {
        Map<String, Service> services = new TreeMap<>();
        for (Page page : pages) {
            Boto3Interpreter.PageResult result;
            try {
                result = Boto3Interpreter.interpret(page, RstParser.parse(page.text()), diagnostics);
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.error("boto3.internal", page.at(1), "could not read this page (" + e + "); please report it");
                continue;
            }
            if (result.clientName() == null && result.otherPythonDocs()) {
                diagnostics.info("boto3.not-client", page.at(1),
                        "documents no client methods (a paginator, waiter or resource page); skipped");
                continue;
            }
            if (result.clientName() == null) {
                diagnostics.warning("boto3.no-client", page.at(1),
                        "no '.. py:class:: <Name>.Client' or '.. py:method:: <Name>.Client.<method>' on this page; page skipped");
                continue;
            }
            String id = result.serviceId() != null ? result.serviceId() : fallbackId(page, result);
            Service s = services.computeIfAbsent(id, k -> new Service(result.clientName()));
            if (s.documentation.isEmpty()) {
                s.documentation = result.documentation();
            }
            java.util.Set<String> known = new java.util.HashSet<>();
            s.drafts.forEach(d -> known.add(d.pythonName));
            for (OperationDraft d : result.operations()) {
                if (!known.add(d.pythonName)) {
                    diagnostics.warning("boto3.duplicate-operation", d.source, "method '" + d.pythonName
                            + "' is documented more than once for service '" + id + "'; this one is ignored");
                    continue;
                }
                s.drafts.add(d);
            }
        }
        List<ServiceModel> out = new ArrayList<>();
        services.forEach((id, s) -> {
            try {
                out.add(Boto3ModelBuilder.build(id, s.title, s.documentation, s.drafts, diagnostics));
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.error("boto3.internal", s.drafts.isEmpty() ? dev.doc2java.diag.SourceLocation.UNKNOWN
                        : s.drafts.get(0).source, "could not build the model of '" + id + "' (" + e + "); please report it");
            }
        });
        return out;
    }

    /** Without a link or client call naming the service: a per-service page's file name, else its directory. */
    private static String fallbackId(Page page, Boto3Interpreter.PageResult result) {
        String name = page.fileName();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return result.perService() || page.groupHint().isEmpty() ? stem : page.groupHint();
    }

    private static final class Service {
        final String title;
        String documentation = "";
        final List<OperationDraft> drafts = new ArrayList<>();

        Service(String title) {
            this.title = title;
        }
    }
}
