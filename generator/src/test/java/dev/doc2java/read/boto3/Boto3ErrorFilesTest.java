package dev.doc2java.read.boto3;

import dev.doc2java.testing.ErrorFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Error files of the boto3 reader: {@code errors/boto3/<case>.rst} beside {@code <case>.diagnostics}. */
class Boto3ErrorFilesTest {

    @TestFactory
    Stream<DynamicTest> errorFiles() {
        return ErrorFiles.cases("boto3", ErrorFiles.Naming.FILE_NAME,
                (page, diagnostics) -> new Boto3Reader().read(List.of(page), diagnostics));
    }
}
