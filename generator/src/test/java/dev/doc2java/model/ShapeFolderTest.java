package dev.doc2java.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShapeFolderTest {

    private static StructureShape struct(String name, boolean union, Member... members) {
        return new StructureShape(name, List.of(members), "", union ? EnumSet.of(ShapeTrait.UNION) : Set.of(), null);
    }

    private static Member m(String name, String target, boolean required) {
        return Member.builder(name, target).required(required).build();
    }

    private static LinkedHashMap<String, Shape> shapes(Shape... all) {
        LinkedHashMap<String, Shape> map = new LinkedHashMap<>();
        for (Shape s : all) {
            map.put(s.name(), s);
        }
        return map;
    }

    @Test
    void foldsIdenticalShapesAndNamesThemByTheMostFrequentSuggestion() {
        var in = shapes(
                struct("ARequest", false, m("tag", "$1", true), m("other", "$2", false), m("third", "$3", false)),
                struct("$1", false, m("key", "String", true), m("value", "String", false)),
                struct("$2", false, m("key", "String", true), m("value", "String", false)),
                struct("$3", false, m("key", "String", false), m("value", "String", false)),
                SimpleShape.canonical(ShapeType.STRING));
        var r = ShapeFolder.fold(in, Map.of("$1", "Tag", "$2", "Tag", "$3", "Other"),
                Set.of("ARequest", "String"), Set.of());
        assertEquals(Set.of("ARequest", "String", "Tag", "Other"), r.shapes().keySet());
        assertEquals("Tag", r.names().get("$2"));
        assertEquals("Other", r.names().get("$3"), "different required flags: a different shape");
    }

    @Test
    void aListOfPlainScalarsServingSeveralMembersIsNamedAfterWhatItHolds() {
        var in = shapes(
                struct("ARequest", false, m("names", "$1", false), m("ids", "$2", false), m("tags", "$3", false)),
                new ListShape("$1", "String", "", Constraints.NONE, Set.of(), null),
                new ListShape("$2", "String", "", Constraints.NONE, Set.of(), null),
                new MapShape("$3", "String", "String", "", Constraints.NONE, Set.of(), null),
                SimpleShape.canonical(ShapeType.STRING));
        var r = ShapeFolder.fold(in, Map.of("$1", "NameList", "$2", "IdList", "$3", "TagMap"),
                Set.of("ARequest", "String"), Set.of());
        assertEquals("StringList", r.names().get("$1"), "two members, one shape: no member names it for the other");
        assertEquals("StringList", r.names().get("$2"));
        assertEquals("TagMap", r.names().get("$3"), "one user: its name");
    }

    @Test
    void exceptionsWithDifferentNamesNeverFold() {
        var in = shapes(
                struct("AResponse", false, m("a", "$1", false), m("b", "$2", false), m("c", "$3", false)),
                new StructureShape("$1", List.of(m("message", "String", false)), "", EnumSet.of(ShapeTrait.EXCEPTION), null),
                new StructureShape("$2", List.of(m("message", "String", false)), "", EnumSet.of(ShapeTrait.EXCEPTION), null),
                new StructureShape("$3", List.of(m("message", "String", false)), "", EnumSet.of(ShapeTrait.EXCEPTION), null),
                SimpleShape.canonical(ShapeType.STRING));
        var r = ShapeFolder.fold(in, Map.of("$1", "ThrottlingException", "$2", "ValidationException", "$3", "ThrottlingException"),
                Set.of("AResponse", "String"), Set.of());
        assertEquals("ThrottlingException", r.names().get("$1"));
        assertEquals("ValidationException", r.names().get("$2"));
        assertEquals("ThrottlingException", r.names().get("$3"), "same name, same members: one error");
        assertEquals(Set.of("AResponse", "String", "ThrottlingException", "ValidationException"), r.shapes().keySet());
    }

    @Test
    void vagueShapesJoinTheOneInformativeShapeThatAgrees() {
        var in = shapes(
                struct("ARequest", false, m("action", "$1", true)),
                struct("$1", true, m("x", "String", true), m("y", "String", false)),
                struct("AResponse", false, m("action", "$2", false), m("plain", "$3", false)),
                struct("$2", true, m("x", "String", false), m("y", "String", false)),
                struct("$3", false, m("x", "String", false), m("y", "String", false)),
                SimpleShape.canonical(ShapeType.STRING));
        var r = ShapeFolder.fold(in, Map.of("$1", "Action", "$2", "Action", "$3", "Plain"),
                Set.of("ARequest", "AResponse", "String"), Set.of("AResponse", "$2", "$3"), Set.of());
        assertEquals("Action", r.names().get("$2"), "response union folds into the request union");
        assertEquals("Plain", r.names().get("$3"), "a response structure that is known not to be a union stays apart");
        assertTrue(((StructureShape) r.shapes().get("Action")).member("x").orElseThrow().required());
        assertFalse(((StructureShape) r.shapes().get("Plain")).isUnion());
    }

    @Test
    void identicalCyclesFoldAndAreMarkedRecursive() {
        var in = shapes(
                struct("ARequest", false, m("a", "$1", false), m("b", "$3", false)),
                struct("$1", false, m("next", "$2", false)),
                new ListShape("$2", "$1", "", null, null, null),
                struct("$3", false, m("next", "$4", false)),
                new ListShape("$4", "$3", "", null, null, null));
        var r = ShapeFolder.fold(in, Map.of("$1", "Node", "$2", "NodeList", "$3", "Node", "$4", "NodeList"),
                Set.of("ARequest"), Set.of());
        assertEquals(Set.of("ARequest", "Node", "NodeList"), r.shapes().keySet());
        assertTrue(r.shapes().get("Node").has(ShapeTrait.RECURSIVE));
        assertTrue(r.shapes().get("NodeList").has(ShapeTrait.RECURSIVE));
        assertFalse(r.shapes().get("ARequest").has(ShapeTrait.RECURSIVE));
    }

    @Test
    void collidingNamesUseTheQualifiedSuggestionThenNumbers() {
        var in = shapes(
                struct("ARequest", false, m("status", "$1", false), m("target", "$2", false), m("more", "$4", false)),
                new SimpleShape("$1", ShapeType.STRING, "", Constraints.NONE.withEnumValues(List.of(EnumValue.of("ON"))), null, null),
                struct("$2", false, m("status", "$3", false)),
                new SimpleShape("$3", ShapeType.STRING, "", Constraints.NONE.withEnumValues(List.of(EnumValue.of("UP"))), null, null),
                new SimpleShape("$4", ShapeType.STRING, "", Constraints.NONE.withEnumValues(List.of(EnumValue.of("X"))), null, null));
        var r = ShapeFolder.fold(in, Map.of("$1", "Status", "$2", "Target", "$3", "Status", "$4", "Status"),
                Map.of("$1", "AStatus", "$3", "TargetStatus"), Set.of("ARequest"), Set.of(), Set.of());
        assertEquals("Status", r.names().get("$1"));
        assertEquals("TargetStatus", r.names().get("$3"));
        assertEquals("Status2", r.names().get("$4"));
    }
}
