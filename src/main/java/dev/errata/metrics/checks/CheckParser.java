package dev.errata.metrics.checks;

import dev.errata.data.Excerpt;
import dev.errata.metrics.checks.CheckToken.Type;
import java.util.List;
import java.util.Locale;

/**
 * Recursive descent over the grammar of docs/checks.md: a metric, optionally a gap over a column, a
 * comparison with a number, and a scope ({@code on …}) before or after the comparison.
 */
final class CheckParser {

    private final String text;
    private final List<CheckToken> tokens;
    private int index;

    private CheckParser(String text) {
        this.text = text;
        this.tokens = CheckLexer.tokens(text);
    }

    static Check parse(String text) {
        return new CheckParser(text).check();
    }

    private Check check() {
        if (peek().type() == Type.END) {
            throw new CheckException("empty check", 0, text.length());
        }
        CheckToken metric = peek();
        if (metric.type() != Type.WORD) {
            throw unexpected(metric, "a metric name");
        }
        index++;
        Target target = null;
        if (acceptWord("gap")) {
            expectWord("over");
            acceptWord("column");
            target = new Target(Target.Kind.GAP, columnName(), null);
        } else if (acceptWord("on")) {
            target = scope();
        }
        Comparison comparison = comparison();
        double bound = bound();
        if (target == null && acceptWord("on")) {
            target = scope();
        }
        if (peek().type() != Type.END) {
            throw unexpected(peek(), target == null ? "\"on\" or the end of the check" : "the end of the check");
        }
        target = target == null ? Target.DATA : target;
        String name = metric.text().toLowerCase(Locale.ROOT);
        if (!MetricNames.names(target.kind()).contains(name)) {
            throw new CheckException("unknown metric \"" + Excerpt.of(metric.text()) + "\" " + where(target.kind()) + "; known: "
                    + String.join(", ", MetricNames.names(target.kind())), metric.offset(), metric.length());
        }
        return new Check(text, name, target, comparison, bound);
    }

    private static String where(Target.Kind kind) {
        return switch (kind) {
            case DATA -> "for the whole data";
            case TAG -> "for a tag";
            case CLASS -> "for a class";
            case SLICE -> "for a slice";
            case GAP -> "for a gap over a column";
        };
    }

    /** After {@code on}: {@code tag "NAME"}, {@code class "NAME"} or {@code column COL = "VALUE"}. */
    private Target scope() {
        if (acceptWord("tag")) {
            acceptColon();
            return new Target(Target.Kind.TAG, quoted("the tag's name in quotes"), null);
        }
        if (acceptWord("class")) {
            acceptColon();
            CheckToken t = peek();
            if (t.type() == Type.NUMBER) {
                index++;
                return new Target(Target.Kind.CLASS, t.text(), null);
            }
            return new Target(Target.Kind.CLASS, quoted("the class in quotes"), null);
        }
        if (acceptWord("column")) {
            acceptColon();
            String column = columnName();
            CheckToken equals = peek();
            if (!(equals.type() == Type.SYMBOL && (equals.text().equals("=") || equals.text().equals("==")))) {
                throw unexpected(equals, "= and the group's value");
            }
            index++;
            return new Target(Target.Kind.SLICE, column, quoted("the group's value in quotes"));
        }
        throw unexpected(peek(), "tag, class or column");
    }

    private String columnName() {
        CheckToken t = peek();
        if (t.type() != Type.WORD && t.type() != Type.QUOTED_NAME) {
            throw unexpected(t, "a column name");
        }
        index++;
        return t.text();
    }

    private String quoted(String what) {
        CheckToken t = peek();
        if (t.type() != Type.STRING) {
            throw unexpected(t, what);
        }
        index++;
        return t.text();
    }

    private Comparison comparison() {
        CheckToken t = peek();
        Comparison c = t.type() == Type.SYMBOL ? Comparison.of(t.text()) : null;
        if (c == null) {
            throw unexpected(t, "a comparison (< <= > >=)");
        }
        index++;
        return c;
    }

    /** A number; with a trailing % it is a percentage, read as a fraction. */
    private double bound() {
        CheckToken t = peek();
        if (t.type() != Type.NUMBER) {
            throw unexpected(t, "a number");
        }
        index++;
        String literal = t.text();
        return literal.endsWith("%")
                ? Double.parseDouble(literal.substring(0, literal.length() - 1)) / 100
                : Double.parseDouble(literal);
    }

    private CheckToken peek() {
        return tokens.get(index);
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            index++;
            return true;
        }
        return false;
    }

    private void acceptColon() {
        if (peek().type() == Type.SYMBOL && peek().text().equals(":")) {
            index++;
        }
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw unexpected(peek(), "\"" + word + "\"");
        }
    }

    private static CheckException unexpected(CheckToken t, String expected) {
        return new CheckException("expected " + expected + " but found " + t.describe(), t.offset(), t.length());
    }
}
