package dev.doc2java.read.table;

import dev.doc2java.diag.Diagnostics;
import dev.doc2java.read.Page;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debug helper: prints what the readers make of the pages named on the command line ({@code -s}: summary only). */
final class DumpTool {
    public static void main(String[] args) throws Exception {
        boolean summary = args.length > 0 && args[0].equals("-s");
        for (String a : args) {
            if (a.equals("-s")) {
                continue;
            }
            Page page = new Page(a, "", Files.readString(Path.of(a)).replace("\r\n", "\n"));
            Diagnostics d = new Diagnostics();
            long t0 = System.nanoTime();
            TableDocument doc = TableDocuments.read(page, d);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (summary) {
                long tables = doc.blocks().stream().filter(b -> b instanceof TableDocument.Table).count();
                long code = doc.blocks().stream().filter(b -> b instanceof TableDocument.CodeBlock).count();
                System.out.println(a + " tables=" + tables + " code=" + code + " diags=" + d.sorted().size() + " ms=" + ms
                        + " title=" + doc.title());
            } else {
                System.out.print(TableDocumentPrinter.print(doc));
            }
            d.sorted().forEach(System.out::println);
        }
    }
}
