package dev.doc2java.read.boto3;

import java.util.ArrayList;
import java.util.List;

/**
 * The type a boto3 page writes for one value ({@code :type name: string}, {@code *(list) --*},
 * {@code bytes or seekable file-like object}, {@code (:class:`.EventStream`) --}), read once.
 *
 * @param text the words as the page writes them (for messages)
 * @param alternatives what each alternative ({@code A or B}) says, in the page's order; never empty
 */
record TypeWord(String text, List<Word> alternatives) {

    /** What one alternative says. */
    enum Word {
        DICT, LIST, STRING, INTEGER, FLOAT, BOOLEAN, DATETIME, BYTES,
        /** {@code seekable file-like object}: a request payload the caller may stream. */
        SEEKABLE_FILE,
        /** {@code :class:`.StreamingBody`}: a response payload handed over as a stream. */
        STREAMING_BODY,
        /** {@code :class:`.EventStream`}. */
        EVENT_STREAM,
        /** {@code JSON serializable}: a JSON value sent as a string (botocore's {@code jsonvalue}). */
        JSON_VALUE,
        /** {@code :ref:`document<document>`}. */
        DOCUMENT,
        /** Anything else ({@code valid DynamoDB type}, {@code condition from ...}), or no type at all. */
        OTHER
    }

    /** No type on the page. */
    static final TypeWord NONE = parse("");
    /** {@code dict}: what a request or response as a whole is. */
    static final TypeWord DICT = parse("dict");

    TypeWord {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a type word has at least one alternative");
        }
    }

    static TypeWord parse(String text) {
        String t = text == null ? "" : text.strip();
        List<Word> words = new ArrayList<>();
        for (String alternative : t.split(" or ")) {
            words.add(word(alternative.strip()));
        }
        return new TypeWord(t, words);
    }

    private static Word word(String w) {
        if (w.contains("EventStream")) {
            return Word.EVENT_STREAM;
        }
        if (w.contains("StreamingBody")) {
            return Word.STREAMING_BODY;
        }
        if (w.contains("JSON serializable")) {
            return Word.JSON_VALUE;
        }
        if (w.contains("document")) {
            return Word.DOCUMENT;
        }
        if (w.contains("seekable")) {
            return Word.SEEKABLE_FILE;
        }
        if (w.startsWith("bytes")) {
            return Word.BYTES;
        }
        if (w.startsWith("list(")) {
            return Word.LIST;
        }
        return switch (w) {
            case "dict" -> Word.DICT;
            case "list" -> Word.LIST;
            case "string", "str" -> Word.STRING;
            case "integer", "int", "long" -> Word.INTEGER;
            case "float", "double" -> Word.FLOAT;
            case "boolean", "bool" -> Word.BOOLEAN;
            case "datetime" -> Word.DATETIME;
            default -> Word.OTHER;
        };
    }

    /** What the first alternative says: the form on the wire. */
    Word first() {
        return alternatives.get(0);
    }

    boolean has(Word w) {
        return alternatives.contains(w);
    }

    /** A structure or map ({@code dict}), or an event stream. */
    boolean isDict() {
        return first() == Word.DICT || has(Word.EVENT_STREAM);
    }

    /** The kind of a scalar the first alternative names (string for anything it does not know). */
    TypeNode.Kind scalarKind() {
        return switch (first()) {
            case DOCUMENT -> TypeNode.Kind.DOCUMENT;
            case BYTES, STREAMING_BODY -> TypeNode.Kind.BLOB;
            case INTEGER -> TypeNode.Kind.INTEGER;
            case FLOAT -> TypeNode.Kind.DOUBLE;
            case BOOLEAN -> TypeNode.Kind.BOOLEAN;
            case DATETIME -> TypeNode.Kind.TIMESTAMP;
            default -> TypeNode.Kind.STRING;
        };
    }

    /** Whether some alternative agrees with the kind a syntax block shows. */
    boolean agreesWith(TypeNode.Kind kind) {
        for (Word w : alternatives) {
            boolean agrees = switch (kind) {
                case STRUCTURE -> w == Word.DICT || w == Word.EVENT_STREAM;
                case MAP -> w == Word.DICT;
                case LIST -> w == Word.LIST;
                case STRING -> w == Word.STRING || w == Word.JSON_VALUE;
                case INTEGER -> w == Word.INTEGER;
                case DOUBLE -> w == Word.FLOAT;
                case BOOLEAN -> w == Word.BOOLEAN;
                case TIMESTAMP -> w == Word.DATETIME;
                case BLOB -> w == Word.BYTES || w == Word.STREAMING_BODY;
                case DOCUMENT -> w == Word.DOCUMENT || w == Word.JSON_VALUE;
                case RECURSIVE -> true;
            };
            if (agrees) {
                return true;
            }
        }
        return false;
    }
}
