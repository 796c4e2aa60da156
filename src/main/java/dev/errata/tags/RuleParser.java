package dev.errata.tags;

import dev.errata.data.WordAlignment.Kind;
import dev.errata.data.WordEdit;
import dev.errata.expr.ExpressionParser;
import dev.errata.expr.Syntax;
import dev.errata.expr.Token;
import dev.errata.expr.Token.Type;
import dev.errata.tags.RuleNode.ColumnRef;
import dev.errata.tags.RuleNode.Condition;
import dev.errata.tags.RuleNode.Confused;
import dev.errata.tags.RuleNode.Contains;
import dev.errata.tags.RuleNode.IsMissing;
import dev.errata.tags.RuleNode.Junction;
import dev.errata.tags.RuleNode.Literal;
import dev.errata.tags.RuleNode.Not;
import dev.errata.tags.RuleNode.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive descent over the grammar of docs/rules.md: {@code or} binds loosest, then {@code and}, then
 * {@code not}; a comparison always has the column on the left.
 */
final class RuleParser extends ExpressionParser {

    private static final Syntax RULES = new Syntax(
            "rule",
            Set.of("and", "or", "not", "in", "is", "missing", "contains"),
            List.of("==", "!=", "<=", ">=", "<", ">", "(", ")", ","),
            Syntax.NumberEnd.DECIMAL,
            true,
            Map.of("=", "use == to compare"),
            RuleException::new);

    /**
     * Parsing and evaluating recurse once per level of nesting and per condition of a chain; these bounds
     * lie far beyond any rule a person writes and far below a stack overflow, which a rule from a project
     * file made to do harm would otherwise cause.
     */
    private static final int MAX_NESTING = 100;

    private static final int MAX_CONDITIONS = 1000;

    private int nesting;
    private int conditions;

    private RuleParser(String text) {
        super(text, RULES);
    }

    static RuleNode parse(String text) {
        RuleParser parser = new RuleParser(text);
        RuleNode rule = parser.or();
        parser.expectEnd();
        return rule;
    }

    private RuleNode or() {
        RuleNode left = and();
        while (accept(Type.KEYWORD, "or")) {
            left = new Junction(left, and(), false);
        }
        return left;
    }

    private RuleNode and() {
        RuleNode left = unary();
        while (accept(Type.KEYWORD, "and")) {
            left = new Junction(left, unary(), true);
        }
        return left;
    }

    private RuleNode unary() {
        Token start = peek();
        if (accept(Type.KEYWORD, "not")) {
            nest(start);
            RuleNode negated = new Not(unary());
            nesting--;
            return negated;
        }
        if (accept(Type.SYMBOL, "(")) {
            nest(start);
            RuleNode inner = or();
            expect(Type.SYMBOL, ")", "a closing )");
            nesting--;
            return inner;
        }
        return condition();
    }

    private void nest(Token at) {
        if (++nesting > MAX_NESTING) {
            throw error("nested more than " + MAX_NESTING + " levels deep", at);
        }
    }

    private RuleNode condition() {
        Token name = name("a column name");
        if (++conditions > MAX_CONDITIONS) {
            throw error("more than " + MAX_CONDITIONS + " conditions in one rule", name);
        }
        ColumnRef column = new ColumnRef(name.text(), name.offset(), name.length());
        Token next = peek();
        if (next.type() == Type.SYMBOL && Operator.of(next.text()) != null) {
            take();
            return new Condition(column, Operator.of(next.text()), List.of(literal()), false);
        }
        if (accept(Type.KEYWORD, "is")) {
            boolean negated = accept(Type.KEYWORD, "not");
            expect(Type.KEYWORD, "missing", "\"missing\"");
            return new IsMissing(column, negated);
        }
        if (accept(Type.KEYWORD, "contains")) {
            return new Contains(column, word());
        }
        if (acceptWord("against")) {
            return confused(column);
        }
        boolean negated = accept(Type.KEYWORD, "not");
        if (accept(Type.KEYWORD, "in")) {
            return new Condition(column, Operator.EQ, literalList(), negated);
        }
        throw unexpected(
                peek(),
                negated
                        ? "\"in\""
                        : "a comparison (== != < <= > >=), \"in\", \"contains\", \"is missing\" or \"against\"");
    }

    /**
     * The rest of {@code recognised against reference mishears "a" as "b" | drops "a" | adds "b"}. The words
     * "against", "mishears", "as", "drops" and "adds" are read only here, so they stay free as column names.
     */
    private RuleNode confused(ColumnRef recognised) {
        Token name = name("the reference transcript's column after \"against\"");
        ColumnRef reference = new ColumnRef(name.text(), name.offset(), name.length());
        if (acceptWord("mishears")) {
            Literal said = word();
            if (!acceptWord("as")) {
                throw unexpected(peek(), "\"as\" and the word recognised instead");
            }
            Literal heard = word();
            return new Confused(
                    recognised,
                    reference,
                    new WordEdit(Kind.SUBSTITUTION, said.text(), heard.text()),
                    List.of(said, heard));
        }
        if (acceptWord("drops")) {
            Literal said = word();
            return new Confused(recognised, reference, new WordEdit(Kind.DELETION, said.text(), ""), List.of(said));
        }
        if (acceptWord("adds")) {
            Literal heard = word();
            return new Confused(recognised, reference, new WordEdit(Kind.INSERTION, "", heard.text()), List.of(heard));
        }
        throw unexpected(peek(), "\"mishears\", \"drops\" or \"adds\"");
    }

    private Literal word() {
        Token word = take();
        if (word.type() != Type.STRING) {
            throw unexpected(word, "a quoted word");
        }
        return new Literal(word.text(), Double.NaN, word.offset(), word.length());
    }

    private List<Literal> literalList() {
        expect(Type.SYMBOL, "(", "an opening ( before the list of values");
        List<Literal> values = new ArrayList<>();
        do {
            values.add(literal());
        } while (accept(Type.SYMBOL, ","));
        expect(Type.SYMBOL, ")", "a closing ) or a comma");
        return values;
    }

    private Literal literal() {
        Token t = take();
        return switch (t.type()) {
            case STRING -> new Literal(t.text(), Double.NaN, t.offset(), t.length());
            case NUMBER -> new Literal(null, Double.parseDouble(t.text()), t.offset(), t.length());
            default -> throw unexpected(t, "a value (a number or a quoted string)");
        };
    }

    private void expectEnd() {
        Token t = peek();
        if (t.is(Type.SYMBOL, ")")) {
            throw error(") without an opening (", t);
        }
        if (t.type() != Type.END) {
            throw unexpected(t, "\"and\", \"or\" or the end of the rule");
        }
    }
}
