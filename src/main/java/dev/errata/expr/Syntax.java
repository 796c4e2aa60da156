package dev.errata.expr;

import dev.errata.data.DecimalText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What sets one expression language apart from another at the level of its tokens; strings, backticked
 * names, bare words and the errors' positions are common to all.
 *
 * @param noun what an expression is called in messages: "rule" gives "empty rule", "end of rule"
 * @param keywords words that become {@link Token.Type#KEYWORD} tokens rather than names, lower-case
 * @param symbols the symbols, longest first where one starts another ({@code <=} before {@code <})
 * @param number where a number literal that starts at an offset ends (the offset itself when none does),
 *     asked where a digit, a sign or a point stands; in one pass, since a literal may be very long
 * @param numbersEndWords whether a number must end where a word could not go on (so {@code 1e} or
 *     {@code 3x} is a bad number), rather than end where its pattern does
 * @param misusedSymbols for a character that is no symbol of the language, the hint to give instead of
 *     "unexpected character", such as {@code =} for "use == to compare"
 * @param errors makes the language's own exception, so callers can tell a bad rule from a bad check
 */
public record Syntax(
        String noun,
        Set<String> keywords,
        List<String> symbols,
        NumberEnd number,
        boolean numbersEndWords,
        Map<String, String> misusedSymbols,
        Errors errors) {

    /** Finds the end of a number literal. */
    @FunctionalInterface
    public interface NumberEnd {

        /** Plain decimal notation, as in a data file: {@code 0.92}, {@code .5}, {@code -1e-3}. */
        NumberEnd DECIMAL = DecimalText::end;

        /** Plain decimal notation with a {@code %} straight after it to make a percentage. */
        NumberEnd DECIMAL_OR_PERCENT = (text, from) -> {
            int end = DecimalText.end(text, from);
            return end > from && end < text.length() && text.charAt(end) == '%' ? end + 1 : end;
        };

        int end(CharSequence text, int from);
    }

    /** The exception of a language, pointing at {@code length} characters from {@code offset}. */
    @FunctionalInterface
    public interface Errors {
        TextSpanException at(String problem, int offset, int length);
    }
}
