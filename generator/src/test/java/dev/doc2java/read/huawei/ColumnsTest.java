package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void headersByMeaningInAnyOrder() {
        assertEquals(new Columns(0, 1, 2, 3), Columns.recognise(List.of("Parameter", "Mandatory", "Type", "Description")));
        assertEquals(new Columns(0, 2, 1, 3), Columns.recognise(List.of("Parameter", "Type", "Mandatory", "Description")));
        assertEquals(new Columns(0, -1, 1, 2), Columns.recognise(List.of("Parameter", "Type", "Description")));
        assertEquals(new Columns(0, 1, -1, 2), Columns.recognise(List.of("Parameter", "Mandatory", "Description")));
        assertEquals(new Columns(0, 1, 2, 3), Columns.recognise(List.of("参数", "是否必选", "参数类型", "描述")));
        assertEquals(new Columns(0, -1, 1, 2), Columns.recognise(List.of("名称", "类型", "说明")));
        assertEquals(new Columns(0, 1, -1, 2), Columns.recognise(List.of("参数", "是否必选", "描述")));
    }

    @Test
    void nonParameterTablesAreNotParameterTables() {
        assertNull(Columns.recognise(List.of("Status Code", "Description")));
        assertNull(Columns.recognise(List.of("Status Code", "Message", "Description")));
        assertNull(Columns.recognise(List.of("Security Policy", "TLS Version", "Cipher Suite")));
        assertNull(Columns.recognise(List.of("Module", "Status Code", "Type", "Error Code", "Possible Cause")));
        assertNull(Columns.recognise(List.of("Key", "Value")));
        assertNull(Columns.recognise(List.of("状态码", "描述")));
    }

    @Test
    void mandatoryFlags() {
        assertTrue(Columns.isYes("Yes"));
        assertTrue(Columns.isYes("是"));
        assertTrue(Columns.isYes("true"));
        assertFalse(Columns.isYes("No"));
        assertFalse(Columns.isYes("否"));
        assertFalse(Columns.isYes(""));
        assertFalse(Columns.isYes("Conditional"));
    }
}
