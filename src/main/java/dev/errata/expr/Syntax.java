package dev.errata.expr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What sets one expression language apart from another at the level of its tokens; strings, backticked
 * names, bare words and the errors' positions are common to all.
 *
 * @param noun what an expression is called in messages: "rule" gives "empty rule", "end of rule"
 * @param keywords words that become {@link Token.Type#KEYWORD} tokens rather than names, lower-case
 * @param symbols the symbols, longest first where one starts another ({@code <=} before {@code <})
 * @param number a number literal, matched where a digit, a sign or a point starts one
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
        Pattern number,
        boolean numbersEndWords,
        Map<String, String> misusedSymbols,
        Errors errors) {

    /** Plain decimal notation, as in a data file: {@code 0.92}, {@code .5}, {@code -1e-3}. */
    public static final String DECIMAL = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

    /** The exception of a language, pointing at {@code length} characters from {@code offset}. */
    @FunctionalInterface
    public interface Errors {
        TextSpanException at(String problem, int offset, int length);
    }
}
