package dev.errata.compare;

import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.ReviewStrata;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.roaringbitmap.RoaringBitmap;

/**
 * The accuracy difference of two models on a hand tag, estimated for the whole data from the reviewed rows.
 * The rows the tag is known on are a stratified sample drawn against the reviewed model's errors, so a count
 * over them (as for a rule tag) would speak for the sample, tilted toward that model's errors, not for the
 * data. With Nₕ a design stratum's rows and, over its reviewed rows, tᵢ whether row i carries the tag and dᵢ
 * = 1 when the second model fixed it, −1 when it broke it, 0 otherwise, the difference is the ratio
 * R = Σ Nₕ d̄ₕ ÷ Σ Nₕ t̄ₕ, its variance by linearisation Σ Nₕ² (1 − nₕ/Nₕ) s²(dᵢ − R tᵢ)ₕ / nₕ ÷ (Σ Nₕ t̄ₕ)²,
 * its interval R ± 1.96 SE and its p-value two-sided from the normal. Unknown (NaN) when a stratum with rows
 * has no reviewed row.
 */
final class SampledDifference {

    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z = 1.959963984540054;

    private SampledDifference() {}

    /** The estimated difference and its p-value, as a level's paired outcomes with the reviewed rows' counts. */
    static PairedOutcomes of(
            ReviewStrata design, RoaringBitmap reviewed, RoaringBitmap tagged, ErrorRows first, ErrorRows second) {
        PairedOutcomes counted = PairedOutcomes.of(RoaringBitmap.and(tagged, reviewed), first, second);
        RoaringBitmap both = RoaringBitmap.and(first.evaluable(), second.evaluable());
        RoaringBitmap members = RoaringBitmap.and(tagged, both);
        double sumY = 0;
        double sumX = 0;
        int strata = design.names().size();
        double[][] t = new double[strata][];
        double[][] d = new double[strata][];
        long[] population = new long[strata];
        for (int h = 0; h < strata; h++) {
            RoaringBitmap rows = design.rows(h);
            population[h] = rows.getLongCardinality();
            RoaringBitmap sample = RoaringBitmap.and(rows, reviewed);
            int n = sample.getCardinality();
            if (n == 0) {
                if (population[h] > 0) {
                    return unknown(counted);
                }
                continue;
            }
            t[h] = new double[n];
            d[h] = new double[n];
            int i = 0;
            for (int row : sample) {
                boolean member = members.contains(row);
                t[h][i] = member ? 1 : 0;
                d[h][i] = !member
                        ? 0
                        : counted.fixedRows().contains(row)
                                ? 1
                                : counted.brokenRows().contains(row) ? -1 : 0;
                i++;
            }
            sumY += population[h] * mean(d[h]);
            sumX += population[h] * mean(t[h]);
        }
        if (sumX == 0) {
            return unknown(counted);
        }
        double ratio = sumY / sumX;
        double variance = 0;
        for (int h = 0; h < strata; h++) {
            if (t[h] == null || t[h].length < 2) {
                continue;
            }
            int n = t[h].length;
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = d[h][i] - ratio * t[h][i];
            }
            double fpc = 1 - (double) n / population[h];
            variance += (double) population[h] * population[h] * fpc * sampleVariance(z) / n;
        }
        double se = Math.sqrt(variance) / sumX;
        double p = se == 0 ? (ratio == 0 ? 1 : 0) : 2 * NORMAL.cumulativeProbability(-Math.abs(ratio) / se);
        return new PairedOutcomes(
                counted.rows(),
                counted.fixedRows(),
                counted.brokenRows(),
                p,
                new PairedDifference(ratio, Math.max(-1, ratio - Z * se), Math.min(1, ratio + Z * se)));
    }

    private static PairedOutcomes unknown(PairedOutcomes counted) {
        return new PairedOutcomes(
                counted.rows(),
                counted.fixedRows(),
                counted.brokenRows(),
                Double.NaN,
                new PairedDifference(Double.NaN, Double.NaN, Double.NaN));
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sampleVariance(double[] x) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return sum / (x.length - 1);
    }
}
