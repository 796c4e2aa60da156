package dev.errata.tags;

import dev.errata.data.DecimalText;
import dev.errata.data.Excerpt;
import dev.errata.tags.RuleToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits rule text into tokens; see docs/rules.md for what each token may look like. */
final class RuleLexer {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "missing");

    private final String text;
    private int pos;

    private RuleLexer(String text) {
        this.text = text;
    }

    static List<RuleToken> tokens(String text) {
        return new RuleLexer(text).all();
    }

    private List<RuleToken> all() {
        List<RuleToken> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new RuleToken(Type.END, "", text.length(), 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private RuleToken next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return quoted(c, Type.STRING, "string");
        }
        if (c == '`') {
            return quoted(c, Type.NAME, "column name");
        }
        if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && startsNumberAfterSign())) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(start, pos);
            String lower = word.toLowerCase(Locale.ROOT);
            return KEYWORDS.contains(lower)
                    ? new RuleToken(Type.KEYWORD, lower, start, pos - start)
                    : new RuleToken(Type.NAME, word, start, pos - start);
        }
        for (String symbol : new String[] {"==", "!=", "<=", ">=", "<", ">", "(", ")", ","}) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new RuleToken(Type.SYMBOL, symbol, start, symbol.length());
            }
        }
        if (c == '=') {
            throw new RuleException("use == to compare", start, 1);
        }
        throw new RuleException("unexpected character '" + c + "'", start, 1);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private boolean startsNumberAfterSign() {
        int i = pos;
        if (text.charAt(i) != '.') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private RuleToken number() {
        int start = pos;
        pos++;
        while (pos < text.length() && (isNameChar(text.charAt(pos)) || isExponentSign())) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!DecimalText.isDecimal(literal)) {
            throw new RuleException("bad number \"" + Excerpt.of(literal) + "\"", start, pos - start);
        }
        return new RuleToken(Type.NUMBER, literal, start, pos - start);
    }

    /** A sign right after an exponent marker, as in 1e-5, belongs to the number. */
    private boolean isExponentSign() {
        char c = text.charAt(pos);
        char before = text.charAt(pos - 1);
        return (c == '-' || c == '+') && (before == 'e' || before == 'E');
    }

    private RuleToken quoted(char quote, Type type, String what) {
        int start = pos;
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            throw new RuleException("unclosed " + what, start, text.length() - start);
        }
        pos = end + 1;
        return new RuleToken(type, text.substring(start + 1, end), start, pos - start);
    }
}
