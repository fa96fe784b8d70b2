package dev.doc2java.read.huawei;

import dev.doc2java.testing.ErrorFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Error files of the Huawei reader (readers and interpreter): {@code errors/huawei/<case>.<ext>}
 * beside {@code <case>.diagnostics}.
 */
class HuaweiErrorFilesTest {

    @TestFactory
    Stream<DynamicTest> errorFiles() {
        return ErrorFiles.cases("huawei", ErrorFiles.Naming.RESOURCE_PATH,
                (page, diagnostics) -> new HuaweiReader().read(List.of(page), diagnostics));
    }
}
