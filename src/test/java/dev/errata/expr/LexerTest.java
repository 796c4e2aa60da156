package dev.errata.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.errata.expr.Token.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The knobs of a syntax that set the rule and check languages apart, on one lexer. */
class LexerTest {

    private static final Syntax STRICT = new Syntax(
            "rule",
            Set.of("and"),
            List.of("==", "<"),
            Syntax.NumberEnd.DECIMAL,
            true,
            Map.of("=", "use == to compare"),
            TextSpanException::new);
    private static final Syntax LOOSE = new Syntax(
            "check",
            Set.of(),
            List.of("<", "="),
            Syntax.NumberEnd.DECIMAL_OR_PERCENT,
            false,
            Map.of(),
            TextSpanException::new);

    @Test
    void keywordsAreLowerCaseTokensAndOtherWordsKeepTheirCase() {
        assertThat(Lexer.tokens("Snr AND `a b`", STRICT))
                .containsExactly(
                        new Token(Type.WORD, "Snr", 0, 3),
                        new Token(Type.KEYWORD, "and", 4, 3),
                        new Token(Type.QUOTED_NAME, "a b", 8, 5),
                        new Token(Type.END, "", 13, 1));
        assertThat(Lexer.tokens("AND", LOOSE).get(0)).isEqualTo(new Token(Type.WORD, "AND", 0, 3));
    }

    @Test
    void aNumberRunningIntoAWordIsBadWhereNumbersEndWordsAndSplitWhereNot() {
        assertThatThrownBy(() -> Lexer.tokens("x < 1e-5x", STRICT))
                .isInstanceOfSatisfying(TextSpanException.class, e -> {
                    assertThat(e.problem()).isEqualTo("bad number \"1e-5x\"");
                    assertThat(e.offset()).isEqualTo(4);
                    assertThat(e.length()).isEqualTo(5);
                });
        assertThat(Lexer.tokens("1e-5x", LOOSE))
                .extracting(Token::type, Token::text)
                .containsExactly(tuple(Type.NUMBER, "1e-5"), tuple(Type.WORD, "x"), tuple(Type.END, ""));
        assertThat(Lexer.tokens("-.5 15%", LOOSE)).extracting(Token::text).containsExactly("-.5", "15%", "");
    }

    @Test
    void aCharacterOutsideTheLanguageGetsItsHintOrIsUnexpected() {
        assertThatThrownBy(() -> Lexer.tokens("a = 1", STRICT)).hasMessage("use == to compare at 2");
        assertThatThrownBy(() -> Lexer.tokens("a & 1", LOOSE)).hasMessage("unexpected character '&' at 2");
        assertThatThrownBy(() -> Lexer.tokens("a < 'b", LOOSE)).isInstanceOfSatisfying(TextSpanException.class, e -> {
            assertThat(e.problem()).isEqualTo("unclosed string");
            assertThat(e.offset()).isEqualTo(4);
            assertThat(e.length()).isEqualTo(2);
        });
    }
}
