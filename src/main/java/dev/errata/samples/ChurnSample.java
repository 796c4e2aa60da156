package dev.errata.samples;

import static dev.errata.samples.RandomDraws.gaussian;
import static dev.errata.samples.RandomDraws.pick;
import static dev.errata.samples.RandomDraws.sigmoid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A bank's churn model on its evaluation set: customers with demographics and account facts, whether they
 * left, and a classifier's score. Two findings are planted for the analyst: the model misses most
 * leavers among inactive customers in Germany aged 45 to 60 (their churn has a cause it never saw), and
 * it selects women for retention offers less often than men at the same true churn. Two later versions of
 * the model follow: v2 learned the pocket's cause but under-scores customers with three or more products,
 * and v3 keeps the pocket fixed, scores those customers as v1 did and treats women and men alike.
 */
public final class ChurnSample {

    public static final List<String> COLUMNS = List.of(
            "id",
            "age",
            "age_group",
            "geography",
            "gender",
            "tenure",
            "balance",
            "products",
            "has_card",
            "is_active",
            "salary",
            "label",
            "prediction",
            "score",
            "prediction_v2",
            "score_v2",
            "prediction_v3",
            "score_v3");
    private static final String[] GEOGRAPHY = {"France", "Germany", "Spain"};
    /** The seed of the later versions' noise, one stream per customer, apart from the rows' own. */
    private static final long LATER_VERSIONS = 0x5EED_0002_0003L;

    private final int rows;
    private final long seed;

    public ChurnSample(int rows, long seed) {
        this.rows = rows;
        this.seed = seed;
    }

    /** Writes the CSV; the same rows and seed always give the same bytes. */
    public void write(Path file) throws IOException {
        SampleCsv.write(file, COLUMNS, rows, seed, ChurnSample::customer);
    }

    /** Whether a customer falls in the planted pocket the model gets wrong. */
    public static boolean inPocket(String geography, int age, boolean active) {
        return geography.equals("Germany") && age >= 45 && age <= 60 && !active;
    }

    private static List<Object> customer(int id, SplittableRandom random) {
        int age = (int) Math.round(Math.min(88, Math.max(18, 39 + 11 * gaussian(random))));
        String geography = GEOGRAPHY[pick(random, 0.5, 0.25)];
        boolean female = random.nextDouble() < 0.46;
        int tenure = random.nextInt(11);
        double balance =
                random.nextDouble() < 0.35 ? 0 : Math.round(Math.max(1000, 95_000 + 40_000 * gaussian(random)));
        int products = 1 + pick(random, 0.5, 0.45);
        boolean card = random.nextDouble() < 0.7;
        boolean active = random.nextDouble() < 0.52;
        double salary = Math.round(10_000 + 190_000 * random.nextDouble());

        double seen = -1.5
                + 0.11 * (age - 39)
                + (geography.equals("Germany") ? 1.0 : 0)
                + (active ? -1.6 : 0)
                + (products == 3 ? 3.0 : products == 2 ? -1.8 : 0)
                + (balance > 0 ? 0.4 : 0)
                - 0.04 * tenure;
        double hidden = inPocket(geography, age, active) ? 3.0 : 0;
        boolean exited = random.nextDouble() < sigmoid(seen + hidden + 0.3 * gaussian(random));
        double modelLogit = seen + (female ? -0.55 : 0) + 0.45 * gaussian(random);
        double score = sigmoid(modelLogit);
        // the later versions draw from a stream of their own, so v1's rows stay as they were
        SplittableRandom later = new SplittableRandom(LATER_VERSIONS + id);
        double pocketLearned = 0.9 * hidden;
        double v2 = sigmoid(
                seen + pocketLearned + (products >= 3 ? -1.4 : 0) + (female ? -0.55 : 0) + 0.45 * gaussian(later));
        double v3 = sigmoid(seen + pocketLearned + 0.45 * gaussian(later));
        return List.of(
                id,
                age,
                ageGroup(age),
                geography,
                female ? "Female" : "Male",
                tenure,
                (long) balance,
                products,
                card ? 1 : 0,
                active ? 1 : 0,
                (long) salary,
                exited ? "exit" : "stay",
                score >= 0.5 ? "exit" : "stay",
                String.format(Locale.ROOT, "%.4f", score),
                v2 >= 0.5 ? "exit" : "stay",
                String.format(Locale.ROOT, "%.4f", v2),
                v3 >= 0.5 ? "exit" : "stay",
                String.format(Locale.ROOT, "%.4f", v3));
    }

    private static String ageGroup(int age) {
        if (age < 25) {
            return "<25";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = 25 + (age - 25) / 10 * 10;
        return low + "-" + (low + 9);
    }
}
