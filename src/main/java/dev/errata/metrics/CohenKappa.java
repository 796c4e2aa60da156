package dev.errata.metrics;

/**
 * Cohen's kappa of two raters' yes-or-no over the same rows: how much more they agree than two raters
 * who said yes as often as these did, at random. Its 95% interval is κ ± 1.96 · SE with the large-sample
 * standard error of Fleiss, Cohen and Everitt (1969), "Large sample standard errors of kappa and weighted
 * kappa", Psychological Bulletin 72(5), clipped to [−1, 1]: the error of κ as estimated, not under the
 * hypothesis that κ = 0.
 *
 * @param bothYes rows both said yes to
 * @param firstOnly rows the first said yes to and the second no
 * @param secondOnly rows the second said yes to and the first no
 * @param bothNo rows both said no to
 */
public record CohenKappa(long bothYes, long firstOnly, long secondOnly, long bothNo) implements ChanceCorrected {

    private static final double Z = 1.959963984540054;

    public CohenKappa {
        if (bothYes < 0 || firstOnly < 0 || secondOnly < 0 || bothNo < 0) {
            throw new IllegalArgumentException("counts of rows are not negative");
        }
    }

    /** Counts the four cells of two raters' answers, row by row. */
    public static CohenKappa of(boolean[] first, boolean[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(
                    "two raters' answers over the same rows, not " + first.length + " and " + second.length);
        }
        long[] cells = new long[4];
        for (int i = 0; i < first.length; i++) {
            cells[(first[i] ? 0 : 2) + (second[i] ? 0 : 1)]++;
        }
        return new CohenKappa(cells[0], cells[1], cells[2], cells[3]);
    }

    @Override
    public String name() {
        return "kappa";
    }

    @Override
    public double value() {
        return kappa();
    }

    @Override
    public long rows() {
        return bothYes + firstOnly + secondOnly + bothNo;
    }

    /** The share of rows both answered alike; NaN for no rows. */
    @Override
    public double agreement() {
        return (double) (bothYes + bothNo) / rows();
    }

    /** The agreement two raters with these shares of yes reach by chance. */
    private double chance() {
        double first = firstYes();
        double second = secondYes();
        return first * second + (1 - first) * (1 - second);
    }

    private double firstYes() {
        return (double) (bothYes + firstOnly) / rows();
    }

    private double secondYes() {
        return (double) (bothYes + secondOnly) / rows();
    }

    /**
     * Why kappa has no value here, or null when it has one: with no rows, or when both raters gave every
     * row the same one answer, chance agreement is already complete and kappa is 0 / 0.
     */
    @Override
    public String undefinedBecause() {
        if (rows() == 0) {
            return "no rows both reviewed";
        }
        if (chance() == 1) {
            return "both said " + (bothYes > 0 ? "yes" : "no")
                    + " to every row, so chance alone explains the agreement";
        }
        return null;
    }

    /** κ = (p_o − p_e) / (1 − p_e); NaN when {@link #undefinedBecause()} says why not. */
    public double kappa() {
        if (undefinedBecause() != null) {
            return Double.NaN;
        }
        double chance = chance();
        return (agreement() - chance) / (1 - chance);
    }

    /** The large-sample standard error of Fleiss, Cohen and Everitt (1969); NaN where kappa is. */
    public double standardError() {
        double kappa = kappa();
        if (Double.isNaN(kappa)) {
            return Double.NaN;
        }
        double n = rows();
        double chance = chance();
        double[][] p = {{bothYes / n, firstOnly / n}, {secondOnly / n, bothNo / n}};
        double[] firstShare = {firstYes(), 1 - firstYes()};
        double[] secondShare = {secondYes(), 1 - secondYes()};
        double diagonal = 0;
        double offDiagonal = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (i == j) {
                    double term = 1 - (firstShare[i] + secondShare[i]) * (1 - kappa);
                    diagonal += p[i][i] * term * term;
                } else {
                    double term = secondShare[i] + firstShare[j];
                    offDiagonal += p[i][j] * term * term;
                }
            }
        }
        double shift = kappa - chance * (1 - kappa);
        double variance = (diagonal + (1 - kappa) * (1 - kappa) * offDiagonal - shift * shift) / n;
        // rounding can take a variance of zero (perfect agreement) a hair below it
        return Math.sqrt(Math.max(0, variance)) / (1 - chance);
    }

    @Override
    public double low() {
        return Math.max(-1, kappa() - Z * standardError());
    }

    @Override
    public double high() {
        return Math.min(1, kappa() + Z * standardError());
    }
}
