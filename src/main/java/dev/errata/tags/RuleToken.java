package dev.errata.tags;

import dev.errata.data.Excerpt;

/** One lexical unit of a rule, with where it stands in the text. */
record RuleToken(Type type, String text, int offset, int length) {

    enum Type {
        /** A column name, bare or in backticks; {@code text} is the name without backticks. */
        NAME,
        /** A keyword: and, or, not, in, is, missing (matched case-insensitively, stored lower-case). */
        KEYWORD,
        /** A quoted string; {@code text} is its content without quotes. */
        STRING,
        NUMBER,
        /** One of == != < <= > >= ( ) , */
        SYMBOL,
        END
    }

    boolean is(Type expected, String value) {
        return type == expected && text.equals(value);
    }

    /** How the token reads in a message. */
    String describe() {
        return type == Type.END ? "end of rule" : "\"" + Excerpt.of(text) + "\"";
    }
}
