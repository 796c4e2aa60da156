package dev.errata.expr;

import dev.errata.data.Excerpt;
import dev.errata.expr.Token.Type;
import java.util.List;

/**
 * The common ground of the recursive-descent parsers of rules and checks: a cursor over the tokens, and
 * errors that say what was expected and point at what was found instead.
 */
public abstract class ExpressionParser {

    private final String text;
    private final Syntax syntax;
    private final List<Token> tokens;
    private int index;

    /** @throws TextSpanException of the syntax's kind for text that is empty or holds no valid tokens */
    protected ExpressionParser(String text, Syntax syntax) {
        this.text = text;
        this.syntax = syntax;
        this.tokens = Lexer.tokens(text, syntax);
        if (peek().type() == Type.END) {
            throw syntax.errors().at("empty " + syntax.noun(), 0, text.length());
        }
    }

    protected final Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one; the end stays the end. */
    protected final Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** The current token, and moves past it. */
    protected final Token take() {
        return tokens.get(index++);
    }

    /** Moves past the current token if it is of that type with exactly that text. */
    protected final boolean accept(Type type, String value) {
        if (peek().is(type, value)) {
            index++;
            return true;
        }
        return false;
    }

    /** Moves past the current token if it is the bare word, in any case. */
    protected final boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            index++;
            return true;
        }
        return false;
    }

    /** @param what how the expected token reads in the message, e.g. {@code a closing )} */
    protected final void expect(Type type, String value, String what) {
        if (!accept(type, value)) {
            throw unexpected(peek(), what);
        }
    }

    /** The current token if it names a column (bare or in backticks), and moves past it. */
    protected final Token name(String what) {
        if (!peek().isName()) {
            throw unexpected(peek(), what);
        }
        return take();
    }

    /** The content of the current token if it is a quoted string, and moves past it. */
    protected final String string(String what) {
        if (peek().type() != Type.STRING) {
            throw unexpected(peek(), what);
        }
        return take().text();
    }

    protected final TextSpanException unexpected(Token found, String expected) {
        String described =
                found.type() == Type.END ? "end of " + syntax.noun() : "\"" + Excerpt.cell(found.text()) + "\"";
        return error("expected " + expected + " but found " + described, found);
    }

    protected final TextSpanException error(String problem, Token at) {
        return syntax.errors().at(problem, at.offset(), at.length());
    }

    protected final String text() {
        return text;
    }
}
