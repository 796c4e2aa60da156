package dev.errata.metrics;

/**
 * One stratum of the reviewed sample, as one tag sees it: the evaluable rows of one kind (errors or
 * correct rows, within one value of the design's slice column when it has one), how many of them were
 * reviewed, and how many of those carry the tag. Each reviewed row stands for
 * {@code population / reviewed} rows of its stratum.
 *
 * @param name what the rows are, for messages: "errors", "correct rows where geography = Spain"
 * @param errors whether the stratum holds error rows
 */
public record Stratum(String name, boolean errors, long population, long reviewed, long tagged) {

    /** The tagged share of the reviewed rows. */
    public double share() {
        return (double) tagged / reviewed;
    }

    /** Whether a quantity that needs this stratum can be estimated: it has rows, so it needs a reviewed one. */
    public boolean isCovered() {
        return population == 0 || reviewed > 0;
    }

    /**
     * The 95% Wilson interval of the stratum's tagged share. {@code finite}: the target is this stratum's
     * own share, so the interval narrows by the finite-population correction (the effective size
     * reviewed ÷ (1 − reviewed ÷ population)) and is the point itself once every row is reviewed;
     * otherwise the rows are taken as a draw from a larger population, as a plain count is.
     */
    double[] bounds(boolean finite) {
        double n = reviewed;
        if (finite) {
            n = reviewed >= population ? Double.POSITIVE_INFINITY : reviewed / (1 - (double) reviewed / population);
        }
        return Proportion.wilsonCorrected(share(), n);
    }
}
