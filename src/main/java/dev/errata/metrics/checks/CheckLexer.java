package dev.errata.metrics.checks;

import dev.errata.data.DecimalText;
import dev.errata.metrics.checks.CheckToken.Type;
import java.util.ArrayList;
import java.util.List;

/** Splits check text into tokens; docs/checks.md says what each may look like. */
final class CheckLexer {

    private static final String[] SYMBOLS = {"<=", ">=", "==", "<", ">", "=", ":"};

    private final String text;
    private int pos;

    private CheckLexer(String text) {
        this.text = text;
    }

    static List<CheckToken> tokens(String text) {
        return new CheckLexer(text).all();
    }

    private List<CheckToken> all() {
        List<CheckToken> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new CheckToken(Type.END, "", text.length(), 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private CheckToken next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return quoted(c, Type.STRING, "string");
        }
        if (c == '`') {
            return quoted(c, Type.QUOTED_NAME, "column name");
        }
        int numberEnd = DecimalText.end(text, pos);
        if (numberEnd > pos) {
            pos = numberEnd < text.length() && text.charAt(numberEnd) == '%' ? numberEnd + 1 : numberEnd;
            return new CheckToken(Type.NUMBER, text.substring(start, pos), start, pos - start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            return new CheckToken(Type.WORD, text.substring(start, pos), start, pos - start);
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new CheckToken(Type.SYMBOL, symbol, start, symbol.length());
            }
        }
        throw new CheckException("unexpected character '" + c + "'", start, 1);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private CheckToken quoted(char quote, Type type, String what) {
        int start = pos;
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            throw new CheckException("unclosed " + what, start, text.length() - start);
        }
        pos = end + 1;
        return new CheckToken(type, text.substring(start + 1, end), start, pos - start);
    }
}
