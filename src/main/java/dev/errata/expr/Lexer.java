package dev.errata.expr;

import dev.errata.data.Excerpt;
import dev.errata.expr.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an expression into tokens: strings in double or single quotes, column names in backticks,
 * numbers, bare words (letters, digits, {@code _ - .}, not starting with a digit) and the language's
 * symbols. The list ends with an {@link Type#END} token one past the text.
 */
public final class Lexer {

    private final String text;
    private final Syntax syntax;
    private int pos;

    private Lexer(String text, Syntax syntax) {
        this.text = text;
        this.syntax = syntax;
    }

    /** @throws TextSpanException of the syntax's kind at the first character that starts no token */
    public static List<Token> tokens(String text, Syntax syntax) {
        return new Lexer(text, syntax).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Type.END, "", text.length(), 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return quoted(c, Type.STRING, "string");
        }
        if (c == '`') {
            return quoted(c, Type.QUOTED_NAME, "column name");
        }
        int numberEnd = Character.isDigit(c) || c == '-' || c == '+' || c == '.'
                ? syntax.number().end(text, pos)
                : pos;
        if (numberEnd > pos) {
            return number(numberEnd);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(start, pos);
            String lower = word.toLowerCase(Locale.ROOT);
            return syntax.keywords().contains(lower)
                    ? new Token(Type.KEYWORD, lower, start, pos - start)
                    : new Token(Type.WORD, word, start, pos - start);
        }
        for (String symbol : syntax.symbols()) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new Token(Type.SYMBOL, symbol, start, symbol.length());
            }
        }
        String hint = syntax.misusedSymbols().get(String.valueOf(c));
        throw syntax.errors().at(hint != null ? hint : "unexpected character '" + c + "'", start, 1);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private Token number(int end) {
        int start = pos;
        pos = end;
        if (syntax.numbersEndWords()) {
            while (pos < text.length() && (isWordChar(text.charAt(pos)) || isExponentSign())) {
                pos++;
            }
            if (pos > end) {
                throw syntax.errors()
                        .at("bad number \"" + Excerpt.cell(text.substring(start, pos)) + "\"", start, pos - start);
            }
        }
        return new Token(Type.NUMBER, text.substring(start, pos), start, pos - start);
    }

    /** A sign right after an exponent marker, as in 1e-5, belongs to the number. */
    private boolean isExponentSign() {
        char c = text.charAt(pos);
        char before = text.charAt(pos - 1);
        return (c == '-' || c == '+') && (before == 'e' || before == 'E');
    }

    private Token quoted(char quote, Type type, String what) {
        int start = pos;
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            throw syntax.errors().at("unclosed " + what, start, text.length() - start);
        }
        pos = end + 1;
        return new Token(type, text.substring(start + 1, end), start, pos - start);
    }
}
