package dev.errata.data;

/** A column of numbers; a missing cell is NaN. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;
    private final boolean integral;
    /** The rows in ascending order of value; null until first asked for, unless a table's copy kept it. */
    private volatile int[] ascending;

    public NumericColumn(String name, double[] values) {
        this(name, values, null);
    }

    /** @param ascending the rows as {@link #ascendingOrder} orders them; null to order them when asked */
    NumericColumn(String name, double[] values, int[] ascending) {
        this.name = name;
        this.values = values;
        this.integral = allIntegral(values);
        this.ascending = ascending;
    }

    private static boolean allIntegral(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v) && (v != Math.rint(v) || Math.abs(v) > 1e15)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    public double value(int row) {
        return values[row];
    }

    /** The backing array, for tight loops in metrics; callers must not modify it. */
    public double[] values() {
        return values;
    }

    /**
     * The rows in ascending order of value, missing values last and equal values in row order: sorted once,
     * by the first to ask, and kept, as every ranking of a score needs it; callers must not modify it.
     */
    public int[] ascendingOrder() {
        int[] made = ascending;
        if (made == null) {
            synchronized (this) {
                made = ascending;
                if (made == null) {
                    made = RowOrder.sortByValues(values, RowOrder.identity(values.length), true);
                    ascending = made;
                }
            }
        }
        return made;
    }

    /** The ascending order if it was made or kept; null otherwise. */
    int[] ascendingOrderIfMade() {
        return ascending;
    }

    /** True when every present value is a whole number, so it reads without a decimal point. */
    public boolean isIntegral() {
        return integral;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public String text(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return "";
        }
        return integral ? Long.toString((long) v) : Double.toString(v);
    }
}
