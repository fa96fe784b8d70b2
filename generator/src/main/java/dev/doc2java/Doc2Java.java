package dev.doc2java;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ModelValidator;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.read.DocReader;
import dev.doc2java.read.InputCollector;
import dev.doc2java.read.Page;
import dev.doc2java.read.boto3.Boto3Reader;
import dev.doc2java.read.huawei.HuaweiReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library entry point: pages in, validated models out (every model has passed
 * {@link ModelValidator}; what it found is among the diagnostics). Emitting and writing live in
 * {@code dev.doc2java.emit}.
 */
public final class Doc2Java {

    private static final List<DocReader> READERS = List.of(new Boto3Reader(), new HuaweiReader());

    private Doc2Java() {
    }

    /** The services read from these files and directories, sorted by id, with every diagnostic. */
    public static Loaded load(List<Path> inputs) {
        return load(null, inputs);
    }

    /**
     * Like {@link #load(List)}, with relative inputs found below {@code base} (when not null) but
     * shown, in diagnostics and in the model's sources, as given.
     */
    public static Loaded load(Path base, List<Path> inputs) {
        Diagnostics diagnostics = new Diagnostics();
        List<Page> pages = InputCollector.collect(base, inputs, diagnostics);
        Map<DocReader, List<Page>> byReader = new LinkedHashMap<>();
        for (Page page : pages) {
            for (DocReader reader : READERS) {
                if (reader.accepts(page)) {
                    byReader.computeIfAbsent(reader, r -> new ArrayList<>()).add(page);
                    break;
                }
            }
        }
        List<ServiceModel> services = new ArrayList<>();
        byReader.forEach((reader, group) -> {
            for (ServiceModel service : reader.read(group, diagnostics)) {
                // Reading ends in a validated model: what the readers promise is checked here, once.
                ModelValidator.validate(service).forEach(diagnostics::report);
                services.add(service);
            }
        });
        services.sort(Comparator.comparing(ServiceModel::id));
        return new Loaded(List.copyOf(services), diagnostics);
    }

    /** What {@link #load} found. */
    public record Loaded(List<ServiceModel> services, Diagnostics diagnostics) {
    }
}
