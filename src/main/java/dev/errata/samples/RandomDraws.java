package dev.errata.samples;

import java.util.SplittableRandom;

/**
 * The draws the sample generators share. The Gaussian is Box–Muller on two uniforms rather than the JDK's
 * {@code nextGaussian}, whose algorithm a later JDK may change: the samples must stay byte for byte the same.
 */
final class RandomDraws {

    private RandomDraws() {}

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** An index drawn with the given probabilities; the last index takes whatever they leave. */
    static int pick(SplittableRandom random, double... probabilities) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length;
    }

    /** One of the values, drawn uniformly. */
    static String oneOf(SplittableRandom random, String... values) {
        return values[random.nextInt(values.length)];
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double clamp(double value, double min, double max) {
        return Math.min(max, Math.max(min, value));
    }
}
