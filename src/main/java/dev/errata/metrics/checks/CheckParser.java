package dev.errata.metrics.checks;

import dev.errata.data.Excerpt;
import dev.errata.expr.ExpressionParser;
import dev.errata.expr.Syntax;
import dev.errata.expr.Token;
import dev.errata.expr.Token.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive descent over the grammar of docs/checks.md: a metric, optionally a gap over a column, a
 * comparison with a number, and a scope ({@code on …}) before or after the comparison.
 */
final class CheckParser extends ExpressionParser {

    /**
     * No keywords: the parser reads gap, over, on, tag, class and column where they stand, so a column may
     * share their names.
     */
    private static final Syntax CHECKS = new Syntax(
            "check",
            Set.of(),
            List.of("<=", ">=", "==", "<", ">", "=", ":", "[", "]", "+", "-"),
            Syntax.NumberEnd.DECIMAL_OR_PERCENT,
            false,
            Map.of(),
            CheckException::new);

    private CheckParser(String text) {
        super(text, CHECKS);
    }

    static Check parse(String text) {
        return new CheckParser(text).check();
    }

    private Check check() {
        Token metric = peek();
        if (metric.type() != Type.WORD) {
            throw unexpected(metric, "a metric name");
        }
        if (metric.text().equalsIgnoreCase("no") && peek(1).isWord("tag")) {
            return noTagRegresses();
        }
        take();
        String model = modelOf();
        Target target = null;
        if (acceptWord("gap")) {
            expectWord("over");
            acceptWord("column");
            target = new Target(Target.Kind.GAP, columnName(), null);
        } else if (acceptWord("on")) {
            target = scope();
        }
        Comparison comparison = comparison();
        String reference = null;
        double bound;
        if (peek().type() == Type.WORD && peek(1).is(Type.SYMBOL, "[")) {
            Token again = take();
            if (!again.text().equalsIgnoreCase(metric.text())) {
                throw error(
                        "a model is compared on the same metric: \"" + Excerpt.cell(metric.text()) + "[…]\"", again);
            }
            reference = modelOf();
            if (reference == null) {
                throw unexpected(peek(), "[ and a model's name");
            }
            if (model == null) {
                throw error("name the model measured too, as " + Excerpt.cell(metric.text()) + "[MODEL]", metric);
            }
            bound = offset();
        } else {
            bound = bound();
        }
        if (target == null && acceptWord("on")) {
            target = scope();
        }
        if (peek().type() != Type.END) {
            throw unexpected(peek(), target == null ? "\"on\" or the end of the check" : "the end of the check");
        }
        target = target == null ? Target.DATA : target;
        String name = metric.text().toLowerCase(Locale.ROOT);
        if (!MetricNames.names(target.kind()).contains(name)) {
            throw error(
                    "unknown metric \"" + Excerpt.cell(metric.text()) + "\" " + where(target.kind()) + "; known: "
                            + String.join(", ", MetricNames.names(target.kind())),
                    metric);
        }
        return new Check(text(), name, target, comparison, bound, model, reference);
    }

    /** {@code [MODEL]} after a metric, or null. */
    private String modelOf() {
        if (!accept(Type.SYMBOL, "[")) {
            return null;
        }
        String model = name("a model's name").text();
        if (!accept(Type.SYMBOL, "]")) {
            throw unexpected(peek(), "]");
        }
        return model;
    }

    /** After a reference, {@code + NUMBER}, {@code - NUMBER} or nothing. */
    private double offset() {
        if (peek().type() == Type.NUMBER
                && (peek().text().startsWith("-") || peek().text().startsWith("+"))) {
            return bound();
        }
        if (accept(Type.SYMBOL, "+")) {
            return bound();
        }
        if (accept(Type.SYMBOL, "-")) {
            return -bound();
        }
        return 0;
    }

    /**
     * {@code no tag regresses by more than X between A and B}: no tag's error rate under model B exceeds
     * its error rate under model A by more than X.
     */
    private Check noTagRegresses() {
        take();
        take();
        for (String word : List.of("regresses", "by", "more", "than")) {
            expectWord(word);
        }
        double bound = bound();
        expectWord("between");
        String before = name("a model's name").text();
        expectWord("and");
        String after = name("a model's name").text();
        if (peek().type() != Type.END) {
            throw unexpected(peek(), "the end of the check");
        }
        return new Check(
                text(),
                "error_rate",
                new Target(Target.Kind.EVERY_TAG, null, null),
                Comparison.of("<="),
                bound,
                after,
                before);
    }

    private static String where(Target.Kind kind) {
        return switch (kind) {
            case DATA -> "for the whole data";
            case TAG -> "for a tag";
            case CLASS -> "for a class";
            case SLICE -> "for a slice";
            case GAP -> "for a gap over a column";
            case EVERY_TAG -> "for every tag";
        };
    }

    /** After {@code on}: {@code tag "NAME"}, {@code class "NAME"} or {@code column COL = "VALUE"}. */
    private Target scope() {
        if (acceptWord("tag")) {
            acceptColon();
            return new Target(Target.Kind.TAG, string("the tag's name in quotes"), null);
        }
        if (acceptWord("class")) {
            acceptColon();
            if (peek().type() == Type.NUMBER) {
                return new Target(Target.Kind.CLASS, take().text(), null);
            }
            return new Target(Target.Kind.CLASS, string("the class in quotes"), null);
        }
        if (acceptWord("column")) {
            acceptColon();
            String column = columnName();
            if (!accept(Type.SYMBOL, "=") && !accept(Type.SYMBOL, "==")) {
                throw unexpected(peek(), "= and the group's value");
            }
            return new Target(Target.Kind.SLICE, column, string("the group's value in quotes"));
        }
        throw unexpected(peek(), "tag, class or column");
    }

    private String columnName() {
        return name("a column name").text();
    }

    private Comparison comparison() {
        Token t = peek();
        Comparison c = t.type() == Type.SYMBOL ? Comparison.of(t.text()) : null;
        if (c == null) {
            throw unexpected(t, "a comparison (< <= > >=)");
        }
        take();
        return c;
    }

    /** A number; with a trailing % it is a percentage, read as a fraction. */
    private double bound() {
        Token t = peek();
        if (t.type() != Type.NUMBER) {
            throw unexpected(t, "a number");
        }
        String literal = take().text();
        return literal.endsWith("%")
                ? Double.parseDouble(literal.substring(0, literal.length() - 1)) / 100
                : Double.parseDouble(literal);
    }

    private void acceptColon() {
        accept(Type.SYMBOL, ":");
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw unexpected(peek(), "\"" + word + "\"");
        }
    }
}
