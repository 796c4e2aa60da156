package dev.errata.tags;

import dev.errata.tags.RuleNode.ColumnRef;
import dev.errata.tags.RuleNode.Condition;
import dev.errata.tags.RuleNode.IsMissing;
import dev.errata.tags.RuleNode.Junction;
import dev.errata.tags.RuleNode.Literal;
import dev.errata.tags.RuleNode.Not;
import dev.errata.tags.RuleNode.Operator;
import dev.errata.tags.RuleToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the grammar of docs/rules.md: {@code or} binds loosest, then {@code and}, then
 * {@code not}; a comparison always has the column on the left.
 */
final class RuleParser {

    /**
     * Parsing and evaluating recurse once per level of nesting and per condition of a chain; these bounds
     * lie far beyond any rule a person writes and far below a stack overflow, which a rule from a project
     * file made to do harm would otherwise cause.
     */
    private static final int MAX_NESTING = 100;
    private static final int MAX_CONDITIONS = 1000;

    private final List<RuleToken> tokens;
    private int index;
    private int nesting;
    private int conditions;

    private RuleParser(List<RuleToken> tokens) {
        this.tokens = tokens;
    }

    static RuleNode parse(String text) {
        RuleParser parser = new RuleParser(RuleLexer.tokens(text));
        if (parser.peek().type() == Type.END) {
            throw new RuleException("empty rule", 0, text.length());
        }
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
        RuleToken start = peek();
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

    private void nest(RuleToken at) {
        if (++nesting > MAX_NESTING) {
            throw new RuleException("nested more than " + MAX_NESTING + " levels deep", at.offset(), at.length());
        }
    }

    private RuleNode condition() {
        RuleToken name = peek();
        if (name.type() != Type.NAME) {
            throw unexpected(name, "a column name");
        }
        if (++conditions > MAX_CONDITIONS) {
            throw new RuleException("more than " + MAX_CONDITIONS + " conditions in one rule", name.offset(), name.length());
        }
        index++;
        ColumnRef column = new ColumnRef(name.text(), name.offset(), name.length());
        RuleToken next = peek();
        if (next.type() == Type.SYMBOL && Operator.of(next.text()) != null) {
            index++;
            return new Condition(column, Operator.of(next.text()), List.of(literal()), false);
        }
        if (accept(Type.KEYWORD, "is")) {
            boolean negated = accept(Type.KEYWORD, "not");
            expect(Type.KEYWORD, "missing", "\"missing\"");
            return new IsMissing(column, negated);
        }
        boolean negated = accept(Type.KEYWORD, "not");
        if (accept(Type.KEYWORD, "in")) {
            return new Condition(column, Operator.EQ, literalList(), negated);
        }
        throw unexpected(peek(), negated ? "\"in\"" : "a comparison (== != < <= > >=), \"in\" or \"is missing\"");
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
        RuleToken t = peek();
        index++;
        return switch (t.type()) {
            case STRING -> new Literal(t.text(), Double.NaN, t.offset(), t.length());
            case NUMBER -> new Literal(null, Double.parseDouble(t.text()), t.offset(), t.length());
            default -> throw unexpected(t, "a value (a number or a quoted string)");
        };
    }

    private RuleToken peek() {
        return tokens.get(index);
    }

    private boolean accept(Type type, String text) {
        if (peek().is(type, text)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(Type type, String text, String what) {
        if (!accept(type, text)) {
            throw unexpected(peek(), what);
        }
    }

    private void expectEnd() {
        RuleToken t = peek();
        if (t.is(Type.SYMBOL, ")")) {
            throw new RuleException(") without an opening (", t.offset(), t.length());
        }
        if (t.type() != Type.END) {
            throw unexpected(t, "\"and\", \"or\" or the end of the rule");
        }
    }

    private static RuleException unexpected(RuleToken t, String expected) {
        return new RuleException("expected " + expected + " but found " + t.describe(), t.offset(), t.length());
    }
}
