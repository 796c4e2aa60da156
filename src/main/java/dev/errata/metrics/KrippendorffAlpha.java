package dev.errata.metrics;

import java.util.Arrays;
import java.util.Random;

/**
 * Krippendorff's alpha of three or more raters' yes-or-no (nominal), where each rater may have answered
 * only some rows: α = 1 − D_o / D_e, the disagreement observed between pairs of raters on a row against
 * the disagreement expected from how often yes and no were said at all. With the coincidences of
 * Krippendorff (2011, "Computing Krippendorff's alpha-reliability"): over the rows m_u ≥ 2 raters
 * answered, o_yn = Σ_u yes_u · no_u / (m_u − 1), n_y and n_n the answers of each kind and n their sum,
 * α = 1 − (n − 1) · o_yn / (n_y · n_n). Its 95% interval is the 2.5th to 97.5th percentile of α over
 * {@value #RESAMPLES} resamples of the rows with replacement, drawn with a fixed seed so that the same
 * answers always give the same interval.
 */
public final class KrippendorffAlpha implements ChanceCorrected {

    static final int RESAMPLES = 2000;
    private static final long SEED = 0x6B72697070L;

    /** Of each row two or more raters answered: how many said yes, how many no. */
    private final int[] yes;

    private final int[] no;
    private final double alpha;
    private final double low;
    private final double high;

    private KrippendorffAlpha(int[] yes, int[] no) {
        this.yes = yes;
        this.no = no;
        int[] all = new int[yes.length];
        Arrays.setAll(all, i -> i);
        this.alpha = alpha(all);
        double[] resampled = resampled();
        this.low = resampled.length == 0 ? Double.NaN : percentile(resampled, 0.025);
        this.high = resampled.length == 0 ? Double.NaN : percentile(resampled, 0.975);
    }

    /**
     * @param answers per row, each rater's answer: true for yes, false for no, null where the rater did not
     *     answer; rows fewer than two raters answered do not count
     */
    public static KrippendorffAlpha of(Boolean[][] answers) {
        int[] yes = new int[answers.length];
        int[] no = new int[answers.length];
        int pairable = 0;
        for (Boolean[] row : answers) {
            int y = 0;
            int n = 0;
            for (Boolean answer : row) {
                if (answer != null) {
                    y += answer ? 1 : 0;
                    n += answer ? 0 : 1;
                }
            }
            if (y + n >= 2) {
                yes[pairable] = y;
                no[pairable] = n;
                pairable++;
            }
        }
        return new KrippendorffAlpha(Arrays.copyOf(yes, pairable), Arrays.copyOf(no, pairable));
    }

    /** α over the given rows (a row may come more than once, as in a resample); NaN where it is undefined. */
    private double alpha(int[] rows) {
        double disagreeing = 0;
        long yesAnswers = 0;
        long noAnswers = 0;
        for (int row : rows) {
            int answered = yes[row] + no[row];
            disagreeing += (double) yes[row] * no[row] / (answered - 1);
            yesAnswers += yes[row];
            noAnswers += no[row];
        }
        if (yesAnswers == 0 || noAnswers == 0) {
            return Double.NaN;
        }
        long answers = yesAnswers + noAnswers;
        return 1 - (answers - 1) * disagreeing / ((double) yesAnswers * noAnswers);
    }

    /** α of each resample where it is defined, sorted. */
    private double[] resampled() {
        if (Double.isNaN(alpha)) {
            return new double[0];
        }
        Random random = new Random(SEED);
        double[] values = new double[RESAMPLES];
        int defined = 0;
        int[] rows = new int[yes.length];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(rows.length);
            }
            double value = alpha(rows);
            if (!Double.isNaN(value)) {
                values[defined++] = value;
            }
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The value at the share {@code p} of sorted values, interpolated between the two nearest. */
    private static double percentile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    @Override
    public String name() {
        return "alpha";
    }

    @Override
    public double value() {
        return alpha;
    }

    @Override
    public double low() {
        return low;
    }

    @Override
    public double high() {
        return high;
    }

    /** The share of pairs of raters on a row who answered alike. */
    @Override
    public double agreement() {
        double alike = 0;
        double pairs = 0;
        for (int row = 0; row < yes.length; row++) {
            int answered = yes[row] + no[row];
            alike += (double) yes[row] * (yes[row] - 1) + (double) no[row] * (no[row] - 1);
            pairs += (double) answered * (answered - 1);
        }
        return alike / pairs;
    }

    @Override
    public long rows() {
        return yes.length;
    }

    @Override
    public String undefinedBecause() {
        if (yes.length == 0) {
            return "no row reviewed by two or more";
        }
        if (Double.isNaN(alpha)) {
            return "all said " + (Arrays.stream(yes).sum() > 0 ? "yes" : "no")
                    + " to every row, so chance alone explains the agreement";
        }
        return null;
    }
}
