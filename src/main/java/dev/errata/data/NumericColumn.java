package dev.errata.data;

/** A column of numbers; a missing cell is NaN. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;
    private final boolean integral;

    public NumericColumn(String name, double[] values) {
        this.name = name;
        this.values = values;
        this.integral = allIntegral(values);
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
