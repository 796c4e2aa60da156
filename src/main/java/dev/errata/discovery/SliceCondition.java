package dev.errata.discovery;

import dev.errata.metrics.SliceRule;

/**
 * One condition of a suggested slice: a column compared with a value in the rule language's terms.
 *
 * @param op {@code ==}, {@code <}, {@code <=}, {@code >=} or {@code contains} (a word of the text)
 * @param text the value of a text column; null for a numeric one
 * @param number the value of a numeric column; NaN for a text one
 */
public record SliceCondition(String column, String op, String text, double number) {

    static SliceCondition text(String column, String op, String value) {
        return new SliceCondition(column, op, value, Double.NaN);
    }

    static SliceCondition number(String column, String op, double value) {
        return new SliceCondition(column, op, null, value);
    }

    public boolean isText() {
        return text != null;
    }

    /** The condition in the rule language (docs/rules.md), selecting exactly the rows it holds for. */
    public String rule() {
        return isText() ? SliceRule.compare(column, op, text) : SliceRule.compare(column, op, number);
    }
}
