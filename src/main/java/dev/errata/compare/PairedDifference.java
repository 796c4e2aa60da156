package dev.errata.compare;

import dev.errata.metrics.Proportion;

/**
 * The difference of two models' accuracies on the same rows, second minus first, with its 95% interval by
 * Newcombe's hybrid score method for paired proportions (Newcombe 1998, "Improved confidence intervals
 * for the difference between binomial proportions based on paired data", method 10): each accuracy's
 * Wilson interval, joined through the correlation of the two models' outcomes on the rows. It stays
 * inside [−1, 1] and is not degenerate at zero changes, where a Wald interval fails.
 */
public record PairedDifference(double value, double low, double high) {

    /** Whether the interval holds zero, so the data do not tell which model is more accurate. */
    public boolean holdsZero() {
        return !(low > 0 || high < 0);
    }

    /**
     * @param bothRight rows both models get right
     * @param fixed rows the first gets wrong and the second right
     * @param broken rows the first gets right and the second wrong
     * @param bothWrong rows both get wrong
     */
    public static PairedDifference of(long bothRight, long fixed, long broken, long bothWrong) {
        long n = bothRight + fixed + broken + bothWrong;
        if (n == 0) {
            return new PairedDifference(Double.NaN, Double.NaN, Double.NaN);
        }
        Proportion first = Proportion.of(bothRight + broken, n);
        Proportion second = Proportion.of(bothRight + fixed, n);
        double phi = correlation(bothRight, fixed, broken, bothWrong);
        double secondUp = second.high() - second.value();
        double secondDown = second.value() - second.low();
        double firstUp = first.high() - first.value();
        double firstDown = first.value() - first.low();
        double difference = second.value() - first.value();
        double below =
                Math.sqrt(Math.max(0, secondDown * secondDown - 2 * phi * secondDown * firstUp + firstUp * firstUp));
        double above =
                Math.sqrt(Math.max(0, secondUp * secondUp - 2 * phi * secondUp * firstDown + firstDown * firstDown));
        return new PairedDifference(difference, Math.max(-1, difference - below), Math.min(1, difference + above));
    }

    /** The phi coefficient of the 2×2 table of outcomes; 0 when a margin is empty. */
    private static double correlation(long bothRight, long fixed, long broken, long bothWrong) {
        double margins =
                (double) (bothRight + broken) * (fixed + bothWrong) * (bothRight + fixed) * (broken + bothWrong);
        if (margins == 0) {
            return 0;
        }
        return ((double) bothRight * bothWrong - (double) fixed * broken) / Math.sqrt(margins);
    }
}
