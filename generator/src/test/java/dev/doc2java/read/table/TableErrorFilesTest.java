package dev.doc2java.read.table;

import dev.doc2java.testing.ErrorFiles;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Error files of the table readers: {@code errors/tables/<case>.<ext>} beside {@code <case>.diagnostics}. */
class TableErrorFilesTest {

    @TestFactory
    Stream<DynamicTest> errorFiles() {
        return ErrorFiles.cases("tables", ErrorFiles.Naming.RESOURCE_PATH, TableDocuments::read);
    }
}
