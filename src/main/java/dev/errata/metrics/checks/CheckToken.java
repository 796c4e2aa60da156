package dev.errata.metrics.checks;

import dev.errata.data.Excerpt;

/** One lexical unit of a check, with where it stands in the text. */
record CheckToken(Type type, String text, int offset, int length) {

    enum Type {
        /** A bare word: a metric name, a keyword or a column name. */
        WORD,
        /** A column name in backticks; {@code text} is the name without them. */
        QUOTED_NAME,
        /** A quoted string; {@code text} is its content without quotes. */
        STRING,
        NUMBER,
        /** One of {@code < <= > >= = == :}. */
        SYMBOL,
        END
    }

    boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    /** How the token reads in a message. */
    String describe() {
        return type == Type.END ? "end of check" : "\"" + Excerpt.of(text) + "\"";
    }
}
