package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.model.ShapeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeParserTest {

    @ParameterizedTest
    @CsvSource({
        "String, STRING", "string, STRING", "Integer, INTEGER", "int, INTEGER", "Long, LONG", "Number, DOUBLE",
        "Float, FLOAT", "Double, DOUBLE", "Boolean, BOOLEAN", "Bool, BOOLEAN", "Date, TIMESTAMP",
        "Timestamp, TIMESTAMP", "字符串, STRING", "整数, INTEGER", "布尔, BOOLEAN", "int64, LONG"})
    void scalars(String cell, ShapeType expected) {
        TypeRef t = TypeParser.parse(cell);
        assertEquals(TypeRef.Kind.SCALAR, t.kind());
        assertEquals(expected, t.scalar());
        assertFalse(t.guessed(), cell);
    }

    @Test
    void arraysInAllSpellings() {
        assertEquals(ShapeType.STRING, TypeParser.parse("Array of strings").element().scalar());
        assertEquals(ShapeType.INTEGER, TypeParser.parse("Array of integers").element().scalar());
        TypeRef objects = TypeParser.parse("Array of  PortRange  objects");
        assertEquals(TypeRef.Kind.ARRAY, objects.kind());
        assertEquals("PortRange", objects.element().objectName());
        TypeRef nested = TypeParser.parse("Array<Array< AvailabilityZone >>");
        assertEquals(TypeRef.Kind.ARRAY, nested.kind());
        assertEquals(TypeRef.Kind.ARRAY, nested.element().kind());
        assertEquals("AvailabilityZone", nested.element().element().objectName());
        assertNull(TypeParser.parse("List").element());
        assertNull(TypeParser.parse("Array").element());
        assertEquals(ShapeType.STRING, TypeParser.parse("String[]").element().scalar());
        assertNull(TypeParser.parse("Array of objects").element().objectName());
        assertEquals(TypeRef.Kind.OBJECT, TypeParser.parse("Array of objects").element().kind());
    }

    @Test
    void objectsAndMaps() {
        assertEquals("CreateListenerOption", TypeParser.parse("CreateListenerOption object").objectName());
        assertNull(TypeParser.parse("Object").objectName());
        assertEquals(TypeRef.Kind.OBJECT, TypeParser.parse("Object").kind());
        TypeRef map = TypeParser.parse("Map<String,String>");
        assertEquals(TypeRef.Kind.MAP, map.kind());
        assertEquals(ShapeType.STRING, map.element().scalar());
        assertEquals(TypeRef.Kind.MAP, TypeParser.parse("Map").kind());
    }

    @Test
    void oddOnesAreGuesses() {
        TypeRef both = TypeParser.parse("Integer/Boolean");
        assertTrue(both.guessed());
        assertEquals(ShapeType.INTEGER, both.scalar());
        // a capitalised unknown word may be a model name; the interpreter decides once it knows the tables
        assertEquals("Sting", TypeParser.parse("Sting").objectName());
        assertEquals(ShapeType.STRING, TypeParser.nearest("sting"));
        assertEquals(ShapeType.BOOLEAN, TypeParser.nearest("booleen"));
        assertNull(TypeParser.nearest("availabilityzone"));
        TypeRef junk = TypeParser.parse("some words here");
        assertTrue(junk.guessed());
        assertEquals(ShapeType.STRING, junk.scalar());
        assertTrue(TypeParser.parse("strng").guessed());
    }
}
