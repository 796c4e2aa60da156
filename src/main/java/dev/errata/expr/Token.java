package dev.errata.expr;

/** One lexical unit of an expression (a rule, a check), with where it stands in the text. */
public record Token(Type type, String text, int offset, int length) {

    public enum Type {
        /** A bare word: a column or metric name, or a word the parser reads case-insensitively. */
        WORD,
        /** One of the language's keywords, matched case-insensitively and stored lower-case. */
        KEYWORD,
        /** A column name in backticks; {@code text} is the name without them. */
        QUOTED_NAME,
        /** A quoted string; {@code text} is its content without quotes. */
        STRING,
        NUMBER,
        /** One of the language's symbols, such as {@code <=} or {@code (}. */
        SYMBOL,
        END
    }

    /** Whether this is a token of that type with exactly that text. */
    public boolean is(Type expected, String value) {
        return type == expected && text.equals(value);
    }

    /** Whether this is a bare word reading {@code word} in any case. */
    public boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this names a column: a bare word or a name in backticks. */
    public boolean isName() {
        return type == Type.WORD || type == Type.QUOTED_NAME;
    }
}
