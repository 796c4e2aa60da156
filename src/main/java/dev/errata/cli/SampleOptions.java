package dev.errata.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/** How large a review sample is and its seed: the same options wherever a review sample is drawn. */
public final class SampleOptions {

    @Option(
            names = "--errors",
            paramLabel = "N",
            defaultValue = "100",
            description = "How many errors to draw (default ${DEFAULT-VALUE}).")
    int errors;

    @Option(
            names = "--correct",
            paramLabel = "M",
            defaultValue = "50",
            description = "How many correct rows to draw (default ${DEFAULT-VALUE}).")
    int correct;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of the draw (default: a random one, printed).")
    Long seed;

    public int errors() {
        return errors;
    }

    public int correct() {
        return correct;
    }

    /** The seed given, else a new random one, small enough to type back in. */
    public long drawSeed() {
        return seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1L << 40);
    }
}
