package dev.doc2java.read.table;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debug helper: flattens an HTML page and prints what the text reader makes of it. */
final class FlatDump {
    public static void main(String[] args) throws Exception {
        Page page = new Page(args[0], "", Files.readString(Path.of(args[0])));
        String flat = FlatTextRoundTripTest.flatten(TableDocuments.read(page, new Diagnostics()));
        Files.writeString(Path.of("/tmp/flat.txt"), flat);
        Diagnostics d = new Diagnostics();
        System.out.print(TableDocumentPrinter.print(new FlatTextReader().read(new Page("flat.txt", "", flat), d)));
        d.sorted().forEach(System.out::println);
    }
}
