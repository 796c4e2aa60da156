package dev.errata.metrics.checks;

/** How a check compares a metric with its bound. */
public enum Comparison {
    BELOW("<"),
    AT_MOST("<="),
    ABOVE(">"),
    AT_LEAST(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Null when the text is no comparison. */
    static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }

    /** False for an undefined (NaN) value. */
    public boolean holds(double value, double bound) {
        return switch (this) {
            case BELOW -> value < bound;
            case AT_MOST -> value <= bound;
            case ABOVE -> value > bound;
            case AT_LEAST -> value >= bound;
        };
    }
}
